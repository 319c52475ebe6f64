import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { outbox } from "../../db/schema/index.ts";

export interface ClaimedMessage {
  id: string;
  topic: string;
  dossierId: string | null;
  citizenId: string | null;
  payload: Record<string, unknown>;
  /** Counting the attempt just claimed; also the fencing token that proves the lease is still ours. */
  attempts: number;
}

/** How a claimed message ends this attempt. `pending` means "again at nextAttemptAt". */
export type Settlement =
  | { status: "sent"; at: Date; delivery: Record<string, string> }
  | { status: "pending"; nextAttemptAt: Date; error: string }
  | { status: "dead" | "skipped"; error: string };

/**
 * Takes up to `limit` due messages for this worker. SKIP LOCKED lets concurrent workers take
 * disjoint rows; pushing `next_attempt_at` past a lease keeps them disjoint after commit, and
 * hands a row back if its worker dies before settling it. Counting the attempt here, not after
 * the send, means a message that kills its worker every time still reaches the dead letter.
 * The transaction ends before any network call: PGlite has one connection, and a row lock held
 * across a slow Zalo call would stall every other worker's claim.
 */
export function claimDue(db: Db, opts: { topics: readonly string[]; now: Date; limit: number; leaseMs: number }): Promise<ClaimedMessage[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), inArray(outbox.topic, [...opts.topics]), lte(outbox.nextAttemptAt, opts.now)))
      .orderBy(outbox.nextAttemptAt)
      .limit(opts.limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outbox)
      .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(opts.now.getTime() + opts.leaseMs) })
      .where(
        inArray(
          outbox.id,
          due.map((row) => row.id),
        ),
      )
      .returning({
        id: outbox.id,
        topic: outbox.topic,
        dossierId: outbox.dossierId,
        citizenId: outbox.citizenId,
        payload: outbox.payload,
        attempts: outbox.attempts,
      });
  });
}

/**
 * Records the end of an attempt, only if the lease is still ours (same attempt count, still
 * pending); false means another worker took the row over after our lease ran out, and its
 * outcome is the one that counts. A sent message keeps what was sent beside its payload.
 */
export async function settle(db: Db, message: ClaimedMessage, s: Settlement): Promise<boolean> {
  const set =
    s.status === "sent"
      ? { status: s.status, sentAt: s.at, lastError: null, payload: sql`${outbox.payload} || ${JSON.stringify({ delivery: s.delivery })}::jsonb` }
      : s.status === "pending"
        ? { nextAttemptAt: s.nextAttemptAt, lastError: s.error }
        : { status: s.status, lastError: s.error };
  const rows = await db
    .update(outbox)
    .set(set)
    .where(and(eq(outbox.id, message.id), eq(outbox.status, "pending"), eq(outbox.attempts, message.attempts)))
    .returning({ id: outbox.id });
  return rows.length === 1;
}
