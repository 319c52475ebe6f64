import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { OfficerProfile, OfficerSessionGrant, OfficerSignInRequest } from "@motcua/contracts";
import { requireSession } from "../../http/auth.ts";
import { jsonBody } from "../../http/json-body.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { SessionService } from "../identity/session.service.ts";
import type { DeskEnv } from "./desk-http.ts";
import type { DeskService } from "./desk.service.ts";
import { LOCK_MINUTES, MAX_FAILED_SIGN_INS, type OfficerAuthService } from "./officer-auth.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

const tags = ["Cán bộ một cửa"];
const noStore = { "Cache-Control": "private, no-store" };

export interface DeskAuthRoutesDeps {
  desk: DeskService;
  officerAuth: OfficerAuthService;
  sessions: SessionService;
  officer: MiddlewareHandler<DeskEnv>;
}

export function deskAuthRoutes({ desk, officerAuth, sessions, officer }: DeskAuthRoutesDeps) {
  const signIn = createRoute({
    method: "post",
    path: "/desk/sessions",
    tags,
    summary: "Cán bộ đăng nhập",
    description: `Sai mật khẩu ${MAX_FAILED_SIGN_INS} lần liên tiếp thì tài khoản bị tạm khóa ${LOCK_MINUTES} phút; khi đó phản hồi 401 kèm \`Retry-After\`.`,
    middleware: jsonBody(4 * 1024),
    request: { body: { required: true, content: { "application/json": { schema: OfficerSignInRequest } } } },
    responses: {
      200: json(OfficerSessionGrant, "Đăng nhập thành công"),
      401: problem("Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang tạm khóa"),
      422: problem("Thiếu tên đăng nhập hoặc mật khẩu"),
    },
  });

  const signOut = createRoute({
    method: "post",
    path: "/desk/sessions/logout",
    tags,
    summary: "Cán bộ đăng xuất",
    middleware: requireSession(sessions, "officer"),
    security: [{ bearerAuth: [] }],
    responses: { 204: { description: "Đã thu hồi phiên" }, 401: problem("Chưa đăng nhập") },
  });

  const me = createRoute({
    method: "get",
    path: "/desk/me",
    tags,
    summary: "Thông tin cán bộ đang đăng nhập",
    middleware: officer,
    security: [{ bearerAuth: [] }],
    responses: { 200: json(OfficerProfile, "Cán bộ"), 401: problem("Chưa đăng nhập") },
  });

  return createRouter()
    .openapi(signIn, async (c) => {
      const { username, password } = c.req.valid("json");
      const session = await officerAuth.signIn(username, password);
      const grant = { token: session.token, expiresAt: session.expiresAt.toISOString(), officer: desk.profile(session.officer) };
      return c.json(grant, 200, noStore);
    })
    .openapi(signOut, async (c) => {
      await officerAuth.signOut(c.get("token"));
      return c.body(null, 204);
    })
    .openapi(me, async (c) => c.json(desk.profile(c.get("officer")), 200, noStore));
}
