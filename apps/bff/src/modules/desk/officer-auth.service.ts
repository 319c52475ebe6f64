import type { OfficerRole } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { IssuedSession, SessionService } from "../identity/session.service.ts";
import { findOfficerById, findOfficerByUsername, recordFailure, recordSuccess, type OfficerRow } from "./officers.repo.ts";
import { dummyVerify, verifyPassword } from "./password.ts";

export interface Officer {
  id: string;
  username: string;
  fullName: string;
  agencyCode: string;
  roles: OfficerRole[];
}

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

/** One message for every refusal, so it never tells a guesser which usernames exist. */
const REFUSED = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.";

function refused(lockedUntil: Date | null, now: Date) {
  const headers: Record<string, string> = { "WWW-Authenticate": 'Bearer realm="motcua"' };
  if (lockedUntil) headers["Retry-After"] = String(Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000));
  return new AppError("UNAUTHENTICATED", REFUSED, { headers });
}

const toOfficer = ({ id, username, fullName, agencyCode, roles }: OfficerRow): Officer => ({ id, username, fullName, agencyCode, roles });

export const normalizeUsername = (username: string) => username.normalize("NFC").trim().toLowerCase();

export function createOfficerAuthService(deps: { db: Db; sessions: SessionService; now?: () => Date }) {
  const { db, sessions } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    /** Issues an officer session; a lock stays until it expires, even for the right password. */
    async signIn(username: string, password: string): Promise<IssuedSession & { officer: Officer }> {
      const row = await findOfficerByUsername(db, normalizeUsername(username));
      const at = now();
      if (!row || !row.active) {
        await dummyVerify(password);
        throw refused(null, at);
      }
      if (row.lockedUntil && row.lockedUntil > at) {
        await dummyVerify(password);
        throw refused(row.lockedUntil, at);
      }
      if (!(await verifyPassword(password, row.passwordHash))) {
        const lockedUntil = await recordFailure(db, row.id, MAX_FAILED_SIGN_INS, new Date(at.getTime() + LOCK_MINUTES * 60_000));
        throw refused(lockedUntil, at);
      }
      await recordSuccess(db, row.id);
      return { ...(await sessions.issue("officer", row.id)), officer: toOfficer(row) };
    },

    /** The officer behind a session, re-read on every request so deactivation takes effect at once. */
    async current(id: string): Promise<Officer | undefined> {
      const row = await findOfficerById(db, id);
      return row?.active ? toOfficer(row) : undefined;
    },

    signOut: (token: string) => sessions.revoke(token),
  };
}

export type OfficerAuthService = ReturnType<typeof createOfficerAuthService>;
