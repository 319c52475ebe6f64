import { normalizeVietnamesePhone, type CitizenProfile, type SessionGrant } from "@motcua/contracts";
import { unauthenticated } from "../../http/auth.ts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { zaloTokenRejected, type ZaloGraphClient } from "../../integrations/zalo/graph-client.ts";
import type { Logger } from "../../logger.ts";
import {
  findCitizenById,
  setCitizenNotifyOptIn,
  setCitizenPhone,
  upsertCitizenByZaloId,
  type CitizenRow,
} from "./citizen.repo.ts";
import type { SessionService } from "./session.service.ts";

export interface IdentityService {
  signInWithZalo(accessToken: string): Promise<SessionGrant>;
  signInDev(name?: string): Promise<SessionGrant>;
  linkPhone(citizenId: string, accessToken: string, phoneToken: string): Promise<CitizenProfile>;
  setNotificationOptIn(citizenId: string, optIn: boolean): Promise<CitizenProfile>;
  profile(citizenId: string): Promise<CitizenProfile>;
  signOut(token: string): Promise<void>;
}

export interface IdentityDeps {
  db: Db;
  sessions: SessionService;
  /** Undefined while no Zalo app secret is configured: Zalo sign-in and phone linking are then absent. */
  zalo: ZaloGraphClient | undefined;
  devAuth: boolean;
  logger?: Logger;
  now?: () => Date;
}

/** The zmp e-government template sends this when the SDK gave it no token. */
const PLACEHOLDER_TOKEN = "ACCESS_TOKEN";

function toProfile(row: CitizenRow): CitizenProfile {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    phoneConsentAt: row.phoneConsentAt?.toISOString() ?? null,
    notifyOptIn: row.notifyOptIn,
  };
}

/** `Nguyễn Văn Đức` → `nguyen-van-duc`, so a dev tester gets the same citizen back by name. */
function devSlug(name: string | undefined): string {
  const slug = (name ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return slug || "citizen";
}

/** Zalo refusing a token while linking a phone: 422 naming the token, so the client fetches a fresh one. */
const tokenFieldError = (field: "accessToken" | "phoneToken", code = "ZALO_TOKEN_REJECTED", message = "Hãy lấy lại mã từ Zalo và thử lại.") =>
  new AppError("VALIDATION_FAILED", "Không lấy được số điện thoại từ Zalo.", { errors: [{ field, code, message }] });

const rejectedAs =
  (field: "accessToken" | "phoneToken") =>
  (err: unknown): never => {
    throw err instanceof AppError && err.code === "UNAUTHENTICATED" ? tokenFieldError(field) : err;
  };

/** A live session whose citizen was deleted: the session is as good as gone. */
const accountGone = () => unauthenticated("Tài khoản không còn tồn tại.");

export function createIdentityService(deps: IdentityDeps): IdentityService {
  const { db, sessions } = deps;
  const now = deps.now ?? (() => new Date());

  const requireZalo = () => {
    if (!deps.zalo) throw new AppError("NOT_FOUND", "Đăng nhập bằng Zalo chưa được cấu hình trên máy chủ này.");
    return deps.zalo;
  };
  const usableToken = (accessToken: string) => accessToken.trim() !== "" && accessToken !== PLACEHOLDER_TOKEN;

  async function grant(row: CitizenRow): Promise<SessionGrant> {
    const issued = await sessions.issue("citizen", row.id);
    return { token: issued.token, expiresAt: issued.expiresAt.toISOString(), citizen: toProfile(row) };
  }

  async function existing(citizenId: string): Promise<CitizenRow> {
    const row = await findCitizenById(db, citizenId);
    if (!row) throw accountGone();
    return row;
  }

  return {
    async signInWithZalo(accessToken) {
      const zalo = requireZalo();
      if (!usableToken(accessToken)) throw zaloTokenRejected();
      const me = await zalo.getMe(accessToken);
      return grant(await upsertCitizenByZaloId(db, me.id, me.name));
    },

    async signInDev(name) {
      if (!deps.devAuth) throw new AppError("NOT_FOUND");
      return grant(await upsertCitizenByZaloId(db, `dev:${devSlug(name)}`, name ?? "Công dân thử nghiệm"));
    },

    /**
     * The access token must be the session citizen's own: otherwise someone holding another user's
     * tokens could attach that user's number to their account. Zalo refusing a token is answered
     * with 422 naming the field, not 401: the session is fine and must not be dropped by the client.
     */
    async linkPhone(citizenId, accessToken, phoneToken) {
      const zalo = requireZalo();
      const row = await existing(citizenId);
      if (!usableToken(accessToken)) throw tokenFieldError("accessToken");
      const me = await zalo.getMe(accessToken).catch(rejectedAs("accessToken"));
      if (me.id !== row.zaloId) {
        deps.logger?.warn({ citizenId }, "phone link with another Zalo user's access token");
        throw new AppError("FORBIDDEN", "Mã truy cập Zalo không thuộc về tài khoản đang đăng nhập.");
      }
      const number = await zalo.getPhoneNumber(accessToken, phoneToken).catch(rejectedAs("phoneToken"));
      const phone = normalizeVietnamesePhone(number);
      if (!phone) throw tokenFieldError("phoneToken", "UNSUPPORTED_PHONE", "Số điện thoại Zalo không phải số Việt Nam hợp lệ.");
      const updated = await setCitizenPhone(db, citizenId, phone, now());
      if (!updated) throw accountGone();
      return toProfile(updated);
    },

    async setNotificationOptIn(citizenId, optIn) {
      const row = await setCitizenNotifyOptIn(db, citizenId, optIn, now());
      if (!row) throw accountGone();
      return toProfile(row);
    },

    async profile(citizenId) {
      return toProfile(await existing(citizenId));
    },

    async signOut(token) {
      await sessions.revoke(token);
    },
  };
}
