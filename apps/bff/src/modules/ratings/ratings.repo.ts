import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { dossier, dossierEvent, dossierRating } from "../../db/schema/index.ts";

export type RatingRow = typeof dossierRating.$inferSelect;
export type RatingValues = Pick<RatingRow, "dossierId" | "citizenId" | "level" | "criteria" | "comment">;

/** The dossier's status if it is this citizen's; undefined for anyone else's, as for a missing one. */
export async function ownDossierStatus(db: Db, citizenId: string, dossierId: string) {
  const [row] = await db
    .select({ status: dossier.status })
    .from(dossier)
    .where(and(eq(dossier.id, dossierId), eq(dossier.citizenId, citizenId)));
  return row?.status;
}

export async function findRating(db: Db, dossierId: string): Promise<RatingRow | undefined> {
  const [row] = await db.select().from(dossierRating).where(eq(dossierRating.dossierId, dossierId));
  return row;
}

/**
 * Gives or replaces the rating in one statement. A replacement happens only while the first rating
 * is newer than `openSince` and only if something changed, so a retried PUT leaves no second
 * trace; no row back means "closed" or "unchanged", which the caller tells apart.
 */
export async function upsertRating(tx: Db, values: RatingValues, now: Date, openSince: Date): Promise<RatingRow | undefined> {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  const [row] = await tx
    .insert(dossierRating)
    .values({ ...values, firstRatedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: dossierRating.dossierId,
      set: {
        level: sql`${excluded("level")}`,
        criteria: sql`${excluded("criteria")}`,
        comment: sql`${excluded("comment")}`,
        updatedAt: now,
        version: sql`${dossierRating.version} + 1`,
      },
      setWhere: sql`${dossierRating.firstRatedAt} > ${openSince.toISOString()}::timestamptz and (
        ${dossierRating.level} is distinct from ${excluded("level")}
        or ${dossierRating.criteria} is distinct from ${excluded("criteria")}
        or ${dossierRating.comment} is distinct from ${excluded("comment")})`,
    })
    .returning();
  return row;
}

/** The audit entry, in the rating's own transaction: the dossier's status does not change. */
export async function recordRatingEvent(tx: Db, row: RatingRow): Promise<void> {
  await tx.insert(dossierEvent).values({
    dossierId: row.dossierId,
    at: row.updatedAt,
    actorType: "citizen",
    actorId: row.citizenId,
    action: "rate",
    fromStatus: "DELIVERED",
    toStatus: "DELIVERED",
    note: null,
    data: { level: row.level, criteria: row.criteria, comment: row.comment, revision: row.version },
  });
}
