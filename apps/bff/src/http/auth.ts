import type { MiddlewareHandler } from "hono";
import type { SessionService, SubjectType } from "../modules/identity/session.service.ts";
import { AppError } from "./app-error.ts";
import { jsonBody } from "./json-body.ts";
import { recordSubject, type AppEnv } from "./context.ts";

export type AuthEnv = { Variables: AppEnv["Variables"] & { subjectId: string; token: string } };

/** The bearer token from the Authorization header, and only from there: never a URL or a cookie. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** 401 with the challenge RFC 6750 asks for, so clients know to sign in again. */
export const unauthenticated = (detail: string) =>
  new AppError("UNAUTHENTICATED", detail, { headers: { "WWW-Authenticate": 'Bearer realm="motcua"' } });

/** Requires a live session of the given subject type; sets `subjectId` for the handlers. */
export function requireSession(sessions: SessionService, subjectType: SubjectType): MiddlewareHandler<AuthEnv> {
  return async function requireSessionMiddleware(c, next) {
    const token = bearerToken(c.req.header("authorization"));
    if (!token) throw unauthenticated("Cần đăng nhập để tiếp tục.");
    const subjectId = await sessions.resolve(subjectType, token);
    if (!subjectId) throw unauthenticated("Phiên đăng nhập không hợp lệ hoặc đã hết hạn.");
    c.set("subjectId", subjectId);
    c.set("token", token);
    recordSubject(c, subjectId);
    await next();
  };
}

/**
 * A citizen's JSON write: the session first (so an anonymous body is never read), then the body's
 * type and size. One middleware, not an array: zod-openapi carries a single middleware's env types
 * into handlers.
 */
export function requireCitizenWrite(sessions: SessionService, maxBytes: number): MiddlewareHandler<AuthEnv> {
  const citizen = requireSession(sessions, "citizen");
  const write = jsonBody<AuthEnv>(maxBytes);
  return (c, next) =>
    citizen(c, async () => {
      await write(c, next);
    });
}
