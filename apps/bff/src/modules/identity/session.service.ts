import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/client.ts";
import { LruCache } from "../../lib/lru-cache.ts";
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

/**
 * How long this instance trusts a session it has just checked. A phone filing a dossier sends a burst
 * of requests; rechecking the table for each doubled their database round trips. Signing out on this
 * instance forgets at once; a revocation elsewhere reaches this instance within this time.
 */
export const SESSION_RECHECK_MS = 5_000;
const REMEMBERED_SESSIONS = 10_000;

interface Remembered {
  subjectType: SubjectType;
  subjectId: string;
  /** The earlier of the session's own expiry and the recheck time. */
  until: number;
}

/** 256-bit opaque bearer tokens; revocable because their use is checked against the table. */
export function createSessionService(deps: { db: Db; ttlMinutes: number; now?: () => Date; recheckMs?: number }): SessionService {
  const now = deps.now ?? (() => new Date());
  const recheckMs = deps.recheckMs ?? SESSION_RECHECK_MS;
  const remembered = new LruCache<string, Remembered>(REMEMBERED_SESSIONS);
  return {
    async issue(subjectType, subjectId) {
      const token = randomBytes(32).toString("base64url");
      const expiresAt = new Date(now().getTime() + deps.ttlMinutes * 60_000);
      await insertSession(deps.db, { tokenHash: hashToken(token), subjectType, subjectId, expiresAt });
      return { token, expiresAt };
    },
    async resolve(subjectType, token) {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const tokenHash = hashToken(token);
      const at = now().getTime();
      const known = remembered.get(tokenHash);
      if (known && known.subjectType === subjectType && known.until > at) return known.subjectId;
      const live = await findLiveSession(deps.db, tokenHash, subjectType, new Date(at));
      if (!live) return undefined;
      remembered.set(tokenHash, { subjectType, subjectId: live.subjectId, until: Math.min(live.expiresAt.getTime(), at + recheckMs) });
      return live.subjectId;
    },
    async revoke(token) {
      const tokenHash = hashToken(token);
      remembered.delete(tokenHash);
      await revokeSessionByHash(deps.db, tokenHash, now());
    },
  };
}
