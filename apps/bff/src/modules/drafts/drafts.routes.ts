import { createRoute, z } from "@hono/zod-openapi";
import { DRAFT_MAX_BYTES, Draft, DraftCreateRequest, DraftList, DraftUpdateRequest } from "@motcua/contracts";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../../http/app-error.ts";
import { requireSession, type AuthEnv } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { SessionService } from "../identity/session.service.ts";
import { draftEtag, type DraftsService } from "./drafts.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

// The exact rule is on the re-serialised `data`; this cap only stops a huge body before it is
// parsed, with room for whitespace and \u escapes that re-serialise smaller.
const RAW_BODY_LIMIT = 4 * DRAFT_MAX_BYTES;

/**
 * `"v3"`, a list, or `*` → the versions a save may overwrite; undefined means no precondition.
 * Weak tags count too: a proxy that compresses may weaken the ETag, and the version is exact anyway.
 */
export function ifMatchVersions(header: string | undefined): number[] | undefined {
  if (header === undefined || header.trim() === "*") return undefined;
  return header.split(",").flatMap((tag) => {
    const match = /^\s*(?:W\/)?"v(\d{1,9})"\s*$/.exec(tag);
    return match ? [Number(match[1])] : [];
  });
}

const common = { tags: ["Bản nháp"], security: [{ bearerAuth: [] }] };
const idParam = z.object({ id: z.uuid() });
const ifMatch = z.object({ "if-match": z.string().max(200).optional() });

export function draftsRoutes(deps: { drafts: DraftsService; sessions: SessionService }) {
  const { drafts } = deps;
  const auth = requireSession(deps.sessions, "citizen");
  const limitBody: MiddlewareHandler<AuthEnv> = bodyLimit({
    maxSize: RAW_BODY_LIMIT,
    // The rest of the body is never read, so the connection cannot carry another request.
    onError: () => {
      throw new AppError("PAYLOAD_TOO_LARGE", `Bản nháp tối đa ${DRAFT_MAX_BYTES / 1024} KB.`, { headers: { Connection: "close" } });
    },
  });
  const unauthorized = problem("Chưa đăng nhập hoặc phiên đã hết hạn");
  const notFound = problem("Không có bản nháp này (hoặc không phải của bạn)");

  const create = createRoute({
    ...common,
    method: "post",
    path: "/me/drafts",
    summary: "Lưu bản nháp mới",
    middleware: [auth, limitBody] as const,
    request: { body: { required: true, content: { "application/json": { schema: DraftCreateRequest } } } },
    responses: {
      201: json(Draft, "Đã lưu; kèm ETag và Location"),
      401: unauthorized,
      413: problem(`Dữ liệu quá ${DRAFT_MAX_BYTES / 1024} KB`),
      422: problem("Dữ liệu không hợp lệ, lồng quá sâu, hoặc đã đủ số bản nháp (QUOTA_EXCEEDED)"),
    },
  });
  const list = createRoute({
    ...common,
    method: "get",
    path: "/me/drafts",
    summary: "Các bản nháp của tôi, mới sửa nhất trước",
    middleware: [auth] as const,
    responses: { 200: json(DraftList, "Danh sách bản nháp"), 401: unauthorized },
  });
  const get = createRoute({
    ...common,
    method: "get",
    path: "/me/drafts/{id}",
    summary: "Một bản nháp",
    middleware: [auth] as const,
    request: { params: idParam },
    responses: { 200: json(Draft, "Bản nháp; kèm ETag"), 400: problem("Mã không hợp lệ"), 401: unauthorized, 404: notFound },
  });
  const update = createRoute({
    ...common,
    method: "put",
    path: "/me/drafts/{id}",
    summary: "Lưu đè bản nháp",
    description: 'Gửi `If-Match: "v<version>"` để không ghi đè một lần lưu mới hơn; không gửi thì lần lưu sau cùng thắng.',
    middleware: [auth, limitBody] as const,
    request: {
      params: idParam,
      headers: ifMatch,
      body: { required: true, content: { "application/json": { schema: DraftUpdateRequest } } },
    },
    responses: {
      200: json(Draft, "Đã lưu; phiên bản tăng 1, hạn xóa lùi lại; kèm ETag"),
      401: unauthorized,
      404: notFound,
      412: problem("If-Match không khớp phiên bản hiện tại (ETag hiện tại trong header)"),
      413: problem(`Dữ liệu quá ${DRAFT_MAX_BYTES / 1024} KB`),
      422: problem("Dữ liệu không hợp lệ hoặc lồng quá sâu"),
    },
  });
  const remove = createRoute({
    ...common,
    method: "delete",
    path: "/me/drafts/{id}",
    summary: "Xóa bản nháp",
    middleware: [auth] as const,
    request: { params: idParam },
    responses: { 204: { description: "Đã xóa" }, 401: unauthorized, 404: notFound },
  });

  return createRouter()
    .openapi(create, async (c) => {
      const draft = await drafts.create(c.get("subjectId"), c.req.valid("json"));
      c.header("ETag", draftEtag(draft.version));
      c.header("Location", `${c.req.path}/${draft.id}`);
      c.header("Cache-Control", "no-store");
      return c.json(draft, 201);
    })
    .openapi(list, async (c) => {
      c.header("Cache-Control", "no-store");
      return c.json({ items: await drafts.list(c.get("subjectId")) }, 200);
    })
    .openapi(get, async (c) => {
      const draft = await drafts.get(c.get("subjectId"), c.req.valid("param").id);
      c.header("ETag", draftEtag(draft.version));
      c.header("Cache-Control", "no-store");
      return c.json(draft, 200);
    })
    .openapi(update, async (c) => {
      const versions = ifMatchVersions(c.req.valid("header")["if-match"]);
      const draft = await drafts.update(c.get("subjectId"), c.req.valid("param").id, c.req.valid("json").data, versions);
      c.header("ETag", draftEtag(draft.version));
      c.header("Cache-Control", "no-store");
      return c.json(draft, 200);
    })
    .openapi(remove, async (c) => {
      await drafts.remove(c.get("subjectId"), c.req.valid("param").id);
      return c.body(null, 204);
    });
}
