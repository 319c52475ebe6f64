import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { session } from "../../db/schema/index.ts";

export type SubjectType = "citizen" | "officer";

export async function insertSession(db: Db, row: { tokenHash: string; subjectType: SubjectType; subjectId: string; expiresAt: Date }) {
  await db.insert(session).values(row);
}

export async function findLiveSession(db: Db, tokenHash: string, subjectType: SubjectType, now: Date) {
  const [row] = await db
    .select({ subjectId: session.subjectId, expiresAt: session.expiresAt })
    .from(session)
    .where(and(eq(session.tokenHash, tokenHash), eq(session.subjectType, subjectType), isNull(session.revokedAt), gt(session.expiresAt, now)));
  return row;
}

export async function revokeSessionByHash(db: Db, tokenHash: string, now: Date) {
  await db.update(session).set({ revokedAt: now }).where(eq(session.tokenHash, tokenHash));
}
