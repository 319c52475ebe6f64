import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { findLiveSession, insertSession, revokeSessionByHash, type SubjectType } from "./session.repo.ts";

export type { SubjectType };

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export interface SessionService {
  issue(subjectType: SubjectType, subjectId: string): Promise<IssuedSession>;
  /** The subject id for a live token, or undefined. */
  resolve(subjectType: SubjectType, token: string): Promise<string | undefined>;
  revoke(token: string): Promise<void>;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** 256-bit opaque bearer tokens; revocable because every use is checked against the table. */
export function createSessionService(deps: { db: Db; ttlMinutes: number; now?: () => Date }): SessionService {
  const now = deps.now ?? (() => new Date());
  return {
    async issue(subjectType, subjectId) {
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now().getTime() + deps.ttlMinutes * 60_000);
      await insertSession(deps.db, { tokenHash: hashToken(token), subjectType, subjectId, expiresAt });
      return { token, expiresAt };
    },
    async resolve(subjectType, token) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      return (await findLiveSession(deps.db, hashToken(token), subjectType, now()))?.subjectId;
    },
    async revoke(token) {
      await revokeSessionByHash(deps.db, hashToken(token), now());
    },
  };
}
