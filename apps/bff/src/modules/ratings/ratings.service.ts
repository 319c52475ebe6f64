import { RATING_CHANGE_DAYS, type DossierRating, type DossierRatingState, type RateDossierRequest } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { findRating, ownDossierStatus, recordRatingEvent, upsertRating, type RatingRow } from "./ratings.repo.ts";

export interface RatingsDeps {
  db: Db;
  now?: () => Date;
}

const CHANGE_WINDOW_MS = RATING_CHANGE_DAYS * 24 * 3_600_000;

const changeableUntil = (row: RatingRow) => new Date(row.firstRatedAt.getTime() + CHANGE_WINDOW_MS);

function toRating(row: RatingRow): DossierRating {
  return {
    level: row.level,
    criteria: row.criteria,
    comment: row.comment,
    firstRatedAt: row.firstRatedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    changeableUntil: changeableUntil(row).toISOString(),
  };
}

/**
 * Satisfaction ratings of delivered dossiers (Decision 766/QĐ-TTg; domain.md §5): one per dossier,
 * by its owner, replaceable for RATING_CHANGE_DAYS after the first answer.
 */
export function createRatingsService(deps: RatingsDeps) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  function stateOf(dossierId: string, delivered: boolean, row: RatingRow | undefined, at: Date): DossierRatingState {
    const open = !row || at < changeableUntil(row);
    return { dossierId, delivered, canRate: delivered && open, rating: row ? toRating(row) : null };
  }

  async function ownStatus(tx: Db, citizenId: string, dossierId: string) {
    const status = await ownDossierStatus(tx, citizenId, dossierId);
    if (!status) throw new AppError("NOT_FOUND", "Không tìm thấy hồ sơ.");
    return status;
  }

  return {
    async get(citizenId: string, dossierId: string): Promise<DossierRatingState> {
      const status = await ownStatus(db, citizenId, dossierId);
      return stateOf(dossierId, status === "DELIVERED", await findRating(db, dossierId), now());
    },

    /** `created` is true for the first rating, false when it replaced (or repeated) an earlier one. */
    async rate(citizenId: string, dossierId: string, body: RateDossierRequest): Promise<{ created: boolean; state: DossierRatingState }> {
      const at = now();
      return db.transaction(async (tx) => {
        // DELIVERED is final, so the status read here cannot change before the rating commits.
        if ((await ownStatus(tx, citizenId, dossierId)) !== "DELIVERED") {
          throw new AppError("ILLEGAL_TRANSITION", "Chỉ đánh giá được hồ sơ đã trả kết quả.");
        }
        const values = { dossierId, citizenId, level: body.level, criteria: body.criteria ?? {}, comment: body.comment || null };
        const written = await upsertRating(tx, values, at, new Date(at.getTime() - CHANGE_WINDOW_MS));
        if (written) {
          await recordRatingEvent(tx, written);
          return { created: written.version === 1, state: stateOf(dossierId, true, written, at) };
        }
        const existing = await findRating(tx, dossierId);
        if (!existing || at >= changeableUntil(existing)) {
          throw new AppError("CONFLICT", `Đánh giá chỉ có thể thay đổi trong ${RATING_CHANGE_DAYS} ngày kể từ lần đánh giá đầu tiên.`);
        }
        return { created: false, state: stateOf(dossierId, true, existing, at) };
      });
    },
  };
}

export type RatingsService = ReturnType<typeof createRatingsService>;
