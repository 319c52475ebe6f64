import { createRoute, z } from "@hono/zod-openapi";
import { DeskAction, DeskDossierDetail, DeskDossierList, DeskDossierQuery, RevealIdRequest, RevealIdResult } from "@motcua/contracts";
import { scopeOf } from "../../http/context.ts";
import { createRouter } from "../../http/openapi-app.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import { deskAuthRoutes } from "./desk-auth.routes.ts";
import { sendAttachment } from "../uploads/send-attachment.ts";
import { actionBodyDoc, expectedVersion, readCommand, requireOfficer, requireOfficerWrite } from "./desk-http.ts";
import type { DeskService } from "./desk.service.ts";
import type { OfficerAuthService } from "./officer-auth.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

const tags = ["Cán bộ một cửa"];
const security = [{ bearerAuth: [] }];
const IdParam = z.object({ id: z.uuid() });
const unauthenticated = problem("Chưa đăng nhập");
const notFound = problem("Không có, hoặc thuộc cơ quan khác");
const noStore = { "Cache-Control": "private, no-store" };
const etag = (version: number) => `"v${version}"`;

export interface DeskRoutesDeps {
  desk: DeskService;
  officerAuth: OfficerAuthService;
  sessions: SessionService;
}

/** The officer console's API under /desk: sign-in, then the own agency's dossiers and their transitions. */
export function deskRoutes({ desk, officerAuth, sessions }: DeskRoutesDeps) {
  const officer = requireOfficer(sessions, officerAuth);
  const officerWrite = requireOfficerWrite(officer, 64 * 1024);

  const list = createRoute({
    method: "get",
    path: "/desk/dossiers",
    tags,
    summary: "Hồ sơ của cơ quan: hồ sơ mới nộp trước, sau đó theo hạn trả",
    middleware: officer,
    security,
    request: { query: DeskDossierQuery },
    responses: { 200: json(DeskDossierList, "Một trang hồ sơ"), 400: problem("Tham số không hợp lệ"), 401: unauthenticated },
  });

  const detail = createRoute({
    method: "get",
    path: "/desk/dossiers/{id}",
    tags,
    summary: "Chi tiết hồ sơ (số CCCD được che); ETag dùng cho If-Match",
    middleware: officer,
    security,
    request: { params: IdParam },
    responses: { 200: json(DeskDossierDetail, "Hồ sơ"), 401: unauthenticated, 404: notFound },
  });

  const reveal = createRoute({
    method: "post",
    path: "/desk/dossiers/{id}/reveal-id",
    tags,
    summary: "Xem đầy đủ số CCCD của người nộp, hoặc số định danh kê khai ở trường `field` (có ghi nhật ký)",
    middleware: officerWrite,
    security,
    request: { params: IdParam, body: { required: true, content: { "application/json": { schema: RevealIdRequest } } } },
    responses: {
      200: json(RevealIdResult, "Số CCCD đầy đủ"),
      401: unauthenticated,
      404: problem("Không có hồ sơ này, hoặc hồ sơ không có số định danh ở trường `field`"),
      422: problem("Thiếu lý do"),
    },
  });

  const act = createRoute({
    method: "post",
    path: "/desk/dossiers/{id}/actions/{action}",
    tags,
    summary: "Thực hiện một bước xử lý hồ sơ",
    description:
      'Cần `If-Match: "v<phiên bản>"` lấy từ ETag. `Idempotency-Key` không bắt buộc: gửi lại cùng khóa và cùng nội dung nhận lại đúng phản hồi cũ. ' +
      "Nội dung tùy theo thao tác (xem `anyOf`, mỗi mục mang tên thao tác).",
    middleware: officerWrite,
    security,
    request: {
      params: z.object({ id: z.uuid(), action: DeskAction }),
      headers: z.object({ "if-match": z.string().max(200).optional(), "idempotency-key": z.string().max(255).optional() }),
      body: { required: true, content: { "application/json": { schema: actionBodyDoc } } },
    },
    responses: {
      200: json(DeskDossierDetail, "Hồ sơ sau thao tác, kèm ETag mới"),
      400: problem("Thao tác không tồn tại, JSON hỏng hoặc Idempotency-Key sai dạng"),
      401: unauthenticated,
      403: problem("Vai trò không được thực hiện thao tác này"),
      404: notFound,
      409: problem("Không thể thực hiện ở trạng thái hiện tại"),
      412: problem("Hồ sơ đã được người khác cập nhật (If-Match cũ)"),
      422: problem("Dữ liệu chưa hợp lệ"),
      428: problem("Thiếu If-Match"),
    },
  });

  const download = createRoute({
    method: "get",
    path: "/desk/uploads/{id}",
    tags,
    summary: "Tải về tệp đính kèm của hồ sơ thuộc cơ quan",
    middleware: officer,
    security,
    request: { params: IdParam },
    responses: {
      200: { description: "Nội dung tệp, luôn dạng đính kèm", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
      401: unauthenticated,
      404: problem("Không có tệp này, hoặc tệp thuộc hồ sơ của cơ quan khác"),
    },
  });

  const dossiers = createRouter()
    .openapi(list, async (c) => c.json(await desk.list(c.get("officer"), c.req.valid("query")), 200, noStore))
    .openapi(detail, async (c) => {
      const dossier = await desk.detail(c.get("officer"), c.req.valid("param").id);
      return c.json(dossier, 200, { ...noStore, ETag: etag(dossier.version) });
    })
    .openapi(reveal, async (c) => {
      const who = c.get("officer");
      const id = c.req.valid("param").id;
      const { reason, field } = c.req.valid("json");
      const result = await desk.revealId(who, id, reason, field);
      scopeOf(c)?.logger.info({ officerId: who.id, dossierId: id, ...(field ? { field } : {}) }, "citizen ID revealed to an officer");
      return c.json(result, 200, noStore);
    })
    .openapi(act, async (c) => {
      const { id, action } = c.req.valid("param");
      const version = expectedVersion(c.req.header("if-match"));
      const command = await readCommand(c, action);
      const key = c.req.header("idempotency-key");
      const result = await desk.act(c.get("officer"), id, command, version, key === undefined ? undefined : requireIdempotencyKey(key));
      const dossier = result.body as DeskDossierDetail;
      return c.json(dossier, 200, { ...noStore, ETag: etag(dossier.version) });
    })
    .openapi(download, async (c) => {
      const { upload, body } = await desk.openUpload(c.get("officer"), c.req.valid("param").id);
      return sendAttachment(c, upload, body);
    });

  return createRouter().route("/", deskAuthRoutes({ desk, officerAuth, sessions, officer })).route("/", dossiers);
}
