import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { officer } from "../../db/schema/index.ts";

export type OfficerRow = typeof officer.$inferSelect;
export type NewOfficer = typeof officer.$inferInsert;

export async function insertOfficer(db: Db, values: NewOfficer): Promise<OfficerRow> {
  const [row] = await db.insert(officer).values(values).returning();
  return row!;
}

export async function findOfficerByUsername(db: Db, username: string): Promise<OfficerRow | undefined> {
  const [row] = await db.select().from(officer).where(eq(officer.username, username));
  return row;
}

export async function findOfficerById(db: Db, id: string): Promise<OfficerRow | undefined> {
  const [row] = await db.select().from(officer).where(eq(officer.id, id));
  return row;
}

export async function existingUsernames(db: Db, usernames: string[]): Promise<Set<string>> {
  const rows = await db.select({ username: officer.username }).from(officer).where(inArray(officer.username, usernames));
  return new Set(rows.map((r) => r.username));
}

/**
 * Counts a failed sign-in in one statement, so parallel guesses cannot slip past the limit; the
 * attempt that reaches `limit` locks the account and starts a fresh count for after the lock.
 * Returns the lock's end when this attempt set it.
 */
export async function recordFailure(db: Db, id: string, limit: number, lockUntil: Date): Promise<Date | null> {
  const reached = sql`${officer.failedAttempts} + 1 >= ${limit}`;
  const [row] = await db
    .update(officer)
    .set({
      failedAttempts: sql`case when ${reached} then 0 else ${officer.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${reached} then ${lockUntil.toISOString()}::timestamptz else ${officer.lockedUntil} end`,
    })
    .where(eq(officer.id, id))
    .returning({ lockedUntil: officer.lockedUntil });
  return row?.lockedUntil && row.lockedUntil.getTime() === lockUntil.getTime() ? row.lockedUntil : null;
}

export async function recordSuccess(db: Db, id: string): Promise<void> {
  await db.update(officer).set({ failedAttempts: 0, lockedUntil: null }).where(eq(officer.id, id));
}
