import { inArray, lte } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { draft } from "../../db/schema/index.ts";

/**
 * Deletes drafts past their expiry (the retention promise of domain.md §8) and returns how many.
 * In batches, so one sweep after a long outage never holds a long lock or a huge transaction.
 */
export async function sweepExpiredDrafts(deps: { db: Db; now: Date; batchSize?: number }): Promise<number> {
  const { db, now, batchSize = 1000 } = deps;
  let swept = 0;
  for (;;) {
    const due = db.select({ id: draft.id }).from(draft).where(lte(draft.expiresAt, now)).limit(batchSize);
    const deleted = await db.delete(draft).where(inArray(draft.id, due)).returning({ id: draft.id });
    swept += deleted.length;
    if (deleted.length < batchSize) return swept;
  }
}
