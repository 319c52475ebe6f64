import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { dossier, dossierEvent, idempotencyKey, outbox } from "../../db/schema/index.ts";

export interface SubmissionRows {
  dossier: typeof dossier.$inferInsert;
  event: typeof dossierEvent.$inferInsert;
  notice: typeof outbox.$inferInsert;
  /** The claimed key together with the response it will replay. */
  idempotency: typeof idempotencyKey.$inferInsert;
}

/**
 * Writes a filing in ONE statement: the dossier, its first event, its notice and the claimed
 * idempotency key with the response to replay. One statement is atomic by itself, and a filing is
 * then a single round trip to the database instead of seven. A second request with the same key
 * waits on the key's unique index and fails with a unique violation, nothing of it written.
 */
export async function insertSubmission(db: Db, rows: SubmissionRows): Promise<void> {
  await db.execute(sql`
    with d as (${db.insert(dossier).values(rows.dossier).getSQL()}),
         e as (${db.insert(dossierEvent).values(rows.event).getSQL()}),
         o as (${db.insert(outbox).values(rows.notice).getSQL()}),
         k as (${db.insert(idempotencyKey).values(rows.idempotency).getSQL()})
    select 1`);
}

/** True when `err` is the unique violation of an already claimed idempotency key. */
export function isClaimedKeyViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505" && typeof constraint === "string" && constraint.startsWith("idempotency_key")) return true;
  }
  return false;
}
