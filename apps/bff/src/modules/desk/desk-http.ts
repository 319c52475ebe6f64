import type { Context, MiddlewareHandler } from "hono";
import type { RouteConfig } from "@hono/zod-openapi";
import { z } from "zod";
import { DeskActionCommand, deskActionBodies, deskActions, issuesToFieldErrors, type DeskAction, type OfficerRole } from "@motcua/contracts";
import { AppError } from "../../http/app-error.ts";
import { bearerToken, unauthenticated, type AuthEnv } from "../../http/auth.ts";
import { jsonBody } from "../../http/json-body.ts";
import { recordSubject } from "../../http/context.ts";
import type { SessionService } from "../identity/session.service.ts";
import type { Officer, OfficerAuthService } from "./officer-auth.service.ts";

type DocumentedSchema = Extract<NonNullable<NonNullable<RouteConfig["request"]>["body"]>["content"][string], { schema?: unknown }>["schema"];

export type DeskEnv = { Variables: AuthEnv["Variables"] & { officer: Officer } };

/** A live officer session whose account is still active; a deactivated officer is signed out at once. */
export function requireOfficer(sessions: SessionService, officerAuth: OfficerAuthService): MiddlewareHandler<DeskEnv> {
  return async function requireOfficerMiddleware(c, next) {
    const token = bearerToken(c.req.header("authorization"));
    if (!token) throw unauthenticated("Cần đăng nhập để tiếp tục.");
    const subjectId = await sessions.resolve("officer", token);
    const officer = subjectId ? await officerAuth.current(subjectId) : undefined;
    if (!subjectId || !officer) throw unauthenticated("Phiên đăng nhập không hợp lệ hoặc đã hết hạn.");
    c.set("subjectId", subjectId);
    c.set("token", token);
    c.set("officer", officer);
    recordSubject(c, subjectId);
    await next();
  };
}

/** An authenticated officer holding one of `roles`; anyone else signed in gets 403. */
export function requireOfficerRole(officer: MiddlewareHandler<DeskEnv>, roles: readonly OfficerRole[]): MiddlewareHandler<DeskEnv> {
  return (c, next) =>
    officer(c, async () => {
      if (!c.get("officer").roles.some((role) => roles.includes(role))) {
        throw new AppError("FORBIDDEN", "Chức năng này dành cho lãnh đạo, quản lý.");
      }
      await next();
    });
}

/** Officer session, then the JSON content-type and size checks; one middleware so handlers keep its env types. */
export function requireOfficerWrite(officer: MiddlewareHandler<DeskEnv>, maxBytes: number): MiddlewareHandler<DeskEnv> {
  const write = jsonBody<DeskEnv>(maxBytes);
  return (c, next) =>
    officer(c, async () => {
      await write(c, next);
    });
}

/**
 * The version the officer last saw, from `If-Match: "v<n>"`. Missing is 428 (RFC 6585); a tag that
 * is not one of ours can never match the current one, so it is 412 like a stale one.
 */
export function expectedVersion(header: string | undefined): number {
  if (!header?.trim()) throw new AppError("PRECONDITION_REQUIRED", 'Cần gửi tiêu đề If-Match với ETag của hồ sơ, ví dụ "v3".');
  const match = /^\s*"v(\d{1,9})"\s*$/.exec(header);
  if (!match) throw new AppError("PRECONDITION_FAILED", "If-Match không khớp phiên bản hiện tại của hồ sơ; hãy tải lại rồi thử lại.");
  return Number(match[1]);
}

/** The body parsed against the schema of the action named in the path, with the same errors as route validation. */
export async function readCommand(c: Context, action: DeskAction): Promise<DeskActionCommand> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new AppError("MALFORMED_JSON");
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    throw new AppError("VALIDATION_FAILED", "Nội dung phải là một đối tượng JSON.");
  }
  const parsed = DeskActionCommand.safeParse({ ...raw, action });
  if (parsed.success) return parsed.data;
  const errors = issuesToFieldErrors(parsed.error.issues);
  const onlyUnknown = errors.length > 0 && errors.every((e) => e.code === "UNKNOWN_FIELD");
  throw new AppError(onlyUnknown ? "UNKNOWN_FIELD" : "VALIDATION_FAILED", "Dữ liệu gửi lên chưa hợp lệ, xem chi tiết từng trường.", { errors });
}

/** For the OpenAPI document only: the body depends on the path's action, which zod cannot express per route. */
export const actionBodyDoc = {
  anyOf: deskActions.map((action) => {
    const { $schema: _, ...schema } = z.toJSONSchema(deskActionBodies[action], { io: "input", unrepresentable: "any" });
    return { title: action, ...schema };
  }),
} as DocumentedSchema;
