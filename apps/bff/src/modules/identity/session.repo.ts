import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { session } from "../../db/schema/index.ts";

export type SubjectType = "citizen" | "officer";

export async function insertSession(db: Db, row: { tokenHash: string; subjectType: SubjectType; subjectId: string; expiresAt: Date }) {
  await db.insert(session).values(row);
}

function prepareSessionLookup(db: Db) {
  return db
    .select({ subjectId: session.subjectId, expiresAt: session.expiresAt })
    .from(session)
    .where(
      and(
        eq(session.tokenHash, sql.placeholder("tokenHash")),
        eq(session.subjectType, sql.placeholder("subjectType")),
        isNull(session.revokedAt),
        gt(session.expiresAt, sql.placeholder("now")),
      ),
    )
    .prepare("session_lookup");
}

const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();

/** Runs on every authenticated request: a named prepared statement, planned once per connection. */
export async function findLiveSession(db: Db, tokenHash: string, subjectType: SubjectType, now: Date) {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ tokenHash, subjectType, now });
  return row;
}

export async function revokeSessionByHash(db: Db, tokenHash: string, now: Date) {
  await db.update(session).set({ revokedAt: now }).where(eq(session.tokenHash, tokenHash));
}
