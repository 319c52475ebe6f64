import { and, count, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { citizen, draft } from "../../db/schema/index.ts";
import type { SealedDraftData } from "./sealed-draft.ts";

export type DraftRow = typeof draft.$inferSelect;

// Every read treats a draft past its expiry as gone, whether or not the sweeper has run yet.
const live = (citizenId: string, now: Date) => and(eq(draft.citizenId, citizenId), gt(draft.expiresAt, now));

/**
 * Inserts unless the citizen already has `limit` live drafts. The citizen row is locked first so
 * two concurrent creates cannot both see 19 and both insert.
 */
export async function insertDraftWithinQuota(
  db: Db,
  row: { id: string; citizenId: string; procedureCode: string; data: SealedDraftData; now: Date; expiresAt: Date },
  limit: number,
): Promise<DraftRow | undefined> {
  return db.transaction(async (tx) => {
    await tx.select({ id: citizen.id }).from(citizen).where(eq(citizen.id, row.citizenId)).for("update");
    const [held] = await tx.select({ n: count() }).from(draft).where(live(row.citizenId, row.now));
    if ((held?.n ?? 0) >= limit) return undefined;
    const [inserted] = await tx
      .insert(draft)
      .values({
        id: row.id,
        citizenId: row.citizenId,
        procedureCode: row.procedureCode,
        data: row.data,
        createdAt: row.now,
        updatedAt: row.now,
        expiresAt: row.expiresAt,
      })
      .returning();
    return inserted;
  });
}

/** Most recently edited first: the one the citizen was just working on. */
export function listDrafts(db: Db, citizenId: string, now: Date): Promise<DraftRow[]> {
  return db.select().from(draft).where(live(citizenId, now)).orderBy(desc(draft.updatedAt), desc(draft.id));
}

export async function findDraft(db: Db, citizenId: string, id: string, now: Date): Promise<DraftRow | undefined> {
  const [row] = await db.select().from(draft).where(and(eq(draft.id, id), live(citizenId, now)));
  return row;
}

/** Without `versions` the last write wins; with them only a draft still at one of them is updated. */
export async function updateDraftData(
  db: Db,
  change: { citizenId: string; id: string; data: SealedDraftData; now: Date; expiresAt: Date; versions?: readonly number[] },
): Promise<DraftRow | undefined> {
  const { citizenId, id, data, now, expiresAt, versions } = change;
  const [row] = await db
    .update(draft)
    .set({ data, version: sql`${draft.version} + 1`, updatedAt: now, expiresAt })
    .where(and(eq(draft.id, id), live(citizenId, now), versions ? inArray(draft.version, [...versions]) : undefined))
    .returning();
  return row;
}

export async function deleteDraft(db: Db, citizenId: string, id: string, now: Date): Promise<boolean> {
  const deleted = await db.delete(draft).where(and(eq(draft.id, id), live(citizenId, now))).returning({ id: draft.id });
  return deleted.length > 0;
}
