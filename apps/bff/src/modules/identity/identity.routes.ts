import { createRoute, z } from "@hono/zod-openapi";
import {
  CitizenProfile,
  DevSignInRequest,
  NotificationPreference,
  PhoneLinkRequest,
  SessionGrant,
  ZaloSignInRequest } from "@motcua/contracts";
import { requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { IdentityService } from "./identity.service.ts";
import type { SessionService } from "./session.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

const jsonBody = <T extends z.ZodType>(schema: T, required = true) => ({
  body: { required, content: { "application/json": { schema } } },
});

const tags = ["Định danh"];
const bearer = [{ bearerAuth: [] }];
const unauthenticated = problem("Thiếu phiên đăng nhập, phiên hết hạn hoặc đã đăng xuất");
const bodyRejected = problem("Nội dung không hợp lệ hoặc có trường không được phép");

export function identityRoutes({ identity, sessions }: { identity: IdentityService; sessions: SessionService }) {
  const citizenSession = requireSession(sessions, "citizen");

  const signInZalo = createRoute({
    method: "post",
    path: "/auth/zalo",
    tags,
    summary: "Đăng nhập bằng mã truy cập Zalo",
    description: "Máy chủ xác minh mã với Zalo (kèm appsecret_proof) rồi cấp phiên riêng. Mã giả `ACCESS_TOKEN` bị từ chối.",
    request: jsonBody(ZaloSignInRequest),
    responses: {
      200: json(SessionGrant, "Phiên đăng nhập mới"),
      401: problem("Zalo không xác nhận mã truy cập"),
      404: problem("Máy chủ chưa cấu hình đăng nhập Zalo"),
      422: bodyRejected,
      503: problem("Zalo không phản hồi; thử lại sau Retry-After giây"),
    },
  });

  const signInDev = createRoute({
    method: "post",
    path: "/auth/dev",
    tags,
    summary: "Đăng nhập thử nghiệm (chỉ khi chưa cấu hình Zalo)",
    request: jsonBody(DevSignInRequest, false),
    responses: {
      200: json(SessionGrant, "Phiên đăng nhập mới"),
      404: problem("Không có trên máy chủ này"),
      422: bodyRejected,
    },
  });

  const linkPhone = createRoute({
    method: "post",
    path: "/auth/phone",
    tags,
    summary: "Liên kết số điện thoại Zalo (sau khi công dân đồng ý chia sẻ)",
    description:
      "Mã truy cập phải thuộc về công dân của phiên. Zalo từ chối mã (hết hạn, đã dùng) trả về 422 chỉ rõ trường, không phải 401: phiên vẫn còn hiệu lực.",
    middleware: citizenSession,
    security: bearer,
    request: jsonBody(PhoneLinkRequest),
    responses: {
      200: json(CitizenProfile, "Hồ sơ với số điện thoại đã liên kết"),
      401: unauthenticated,
      403: problem("Mã truy cập Zalo thuộc người dùng khác"),
      422: bodyRejected,
      503: problem("Zalo không phản hồi; thử lại sau Retry-After giây"),
    },
  });

  const logout = createRoute({
    method: "post",
    path: "/auth/logout",
    tags,
    summary: "Đăng xuất (thu hồi phiên hiện tại)",
    middleware: citizenSession,
    security: bearer,
    responses: { 204: { description: "Đã thu hồi phiên" }, 401: unauthenticated },
  });

  const me = createRoute({
    method: "get",
    path: "/me",
    tags,
    summary: "Hồ sơ của công dân đang đăng nhập",
    middleware: citizenSession,
    security: bearer,
    responses: { 200: json(CitizenProfile, "Hồ sơ"), 401: unauthenticated },
  });

  const notifications = createRoute({
    method: "put",
    path: "/me/notifications",
    tags,
    summary: "Đồng ý hoặc từ chối nhận thông báo về hồ sơ",
    middleware: citizenSession,
    security: bearer,
    request: jsonBody(NotificationPreference),
    responses: { 200: json(CitizenProfile, "Hồ sơ đã cập nhật"), 401: unauthenticated, 422: bodyRejected },
  });

  const router = createRouter();
  router.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  return router
    .openapi(signInZalo, async (c) => c.json(await identity.signInWithZalo(c.req.valid("json").accessToken), 200))
    .openapi(signInDev, async (c) => c.json(await identity.signInDev(c.req.valid("json").name), 200))
    .openapi(linkPhone, async (c) => {
      const { accessToken, phoneToken } = c.req.valid("json");
      return c.json(await identity.linkPhone(c.get("subjectId"), accessToken, phoneToken), 200);
    })
    .openapi(logout, async (c) => {
      await identity.signOut(c.get("token"));
      return c.body(null, 204);
    })
    .openapi(me, async (c) => c.json(await identity.profile(c.get("subjectId")), 200))
    .openapi(notifications, async (c) => c.json(await identity.setNotificationOptIn(c.get("subjectId"), c.req.valid("json").optIn), 200));
}
