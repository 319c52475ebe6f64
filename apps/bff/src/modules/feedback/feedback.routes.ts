import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  AnswerFeedbackRequest,
  AssignFeedbackRequest,
  DeskFeedbackDetail,
  DeskFeedbackList,
  DeskFeedbackQuery,
  DismissFeedbackRequest,
  FEEDBACK_DUE_WORKING_DAYS,
  FeedbackCodeParam,
  FeedbackCreated,
  FeedbackDetail,
  FeedbackList,
  FeedbackStats,
  FeedbackStatsQuery,
  PublishedFeedback,
  PublishedFeedbackList,
  PublishedFeedbackQuery,
  PublishFeedbackRequest,
  SubmitFeedbackRequest,
  TriageFeedbackRequest,
} from "@motcua/contracts";
import { requireCitizenWrite, requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { json, problem } from "../../http/openapi-spec.ts";
import { requireOfficerRole, requireOfficerWrite, type DeskEnv } from "../desk/desk-http.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import { sendAttachment } from "../uploads/send-attachment.ts";
import type { FeedbackService } from "./feedback.service.ts";

const tags = ["Phản ánh, kiến nghị"];
const bearer = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const IdempotencyHeader = z.object({ "idempotency-key": z.string().max(255).optional() });
const unauthenticated = problem("Chưa đăng nhập");
const forbidden = problem("Không phải lãnh đạo, quản lý; hoặc phản ánh do cơ quan khác xử lý");
const notFound = problem("Không có phản ánh với mã này");

export interface FeedbackRoutesDeps {
  feedback: FeedbackService;
  sessions: SessionService;
  /** Any signed-in officer; the feedback desk additionally needs the manager or admin role. */
  requireOfficer: MiddlewareHandler<DeskEnv>;
}

export function feedbackRoutes({ feedback, sessions, requireOfficer }: FeedbackRoutesDeps) {
  const citizen = requireSession(sessions, "citizen");
  const citizenWrite = requireCitizenWrite(sessions, 16 * 1024);
  const manager = requireOfficerRole(requireOfficer, ["manager", "admin"]);
  const managerWrite = requireOfficerWrite(manager, 32 * 1024);

  const submit = createRoute({
    method: "post",
    path: "/feedback",
    tags,
    summary: "Gửi phản ánh, kiến nghị về thủ tục, thái độ cán bộ, cơ sở vật chất hoặc đề xuất cải cách",
    description:
      `Ảnh tải lên trước qua POST /uploads (tối đa 5 ảnh). Chỉ kiến nghị, đề xuất chung được gửi ẩn danh. Hạn trả lời: ${FEEDBACK_DUE_WORKING_DAYS} ngày làm việc kể từ ngày tiếp nhận. ` +
      "`Idempotency-Key` không bắt buộc: gửi lại cùng khóa và cùng nội dung nhận lại đúng phản hồi cũ.",
    middleware: citizenWrite,
    security: bearer,
    request: { headers: IdempotencyHeader, ...body(SubmitFeedbackRequest) },
    responses: {
      201: json(FeedbackCreated, "Đã tiếp nhận; mã theo dõi trong `code`"),
      400: problem("JSON hỏng hoặc Idempotency-Key sai dạng"),
      401: unauthenticated,
      409: problem("Một ảnh vừa được gửi kèm ở nơi khác"),
      413: problem("Nội dung quá lớn"),
      415: problem("Không phải JSON"),
      422: problem("Dữ liệu chưa hợp lệ; `errors` chỉ ra từng trường"),
    },
  });

  const listOwn = createRoute({
    method: "get",
    path: "/me/feedback",
    tags,
    summary: "Phản ánh, kiến nghị của tôi",
    middleware: citizen,
    security: bearer,
    responses: { 200: json(FeedbackList, "Mới nhất trước"), 401: unauthenticated },
  });

  const detailOwn = createRoute({
    method: "get",
    path: "/me/feedback/{code}",
    tags,
    summary: "Một phản ánh của tôi và câu trả lời",
    middleware: citizen,
    security: bearer,
    request: { params: FeedbackCodeParam },
    responses: { 200: json(FeedbackDetail, "Phản ánh"), 401: unauthenticated, 404: problem("Không có, hoặc không phải của bạn") },
  });

  const published = createRoute({
    method: "get",
    path: "/feedback/published",
    tags,
    summary: "Các câu hỏi, phản ánh đã được trả lời và công khai",
    description: "Không cần đăng nhập. Chỉ gồm phản ánh người gửi đồng ý công khai; nội dung đã được bỏ thông tin cá nhân.",
    request: { query: PublishedFeedbackQuery },
    responses: { 200: json(PublishedFeedbackList, "Mới công khai trước"), 400: problem("Tham số không hợp lệ") },
  });

  const publishedOne = createRoute({
    method: "get",
    path: "/feedback/published/{code}",
    tags,
    summary: "Một phản ánh đã công khai",
    request: { params: FeedbackCodeParam },
    responses: { 200: json(PublishedFeedback, "Câu hỏi và trả lời"), 404: problem("Không có, hoặc chưa công khai") },
  });

  const deskList = createRoute({
    method: "get",
    path: "/desk/feedback",
    tags,
    summary: "Phản ánh do cơ quan xử lý: chưa xong trước (hạn gần nhất trước), sau đó mới nhất trước",
    middleware: manager,
    security: bearer,
    request: { query: DeskFeedbackQuery },
    responses: { 200: json(DeskFeedbackList, "Một trang phản ánh"), 400: problem("Tham số không hợp lệ"), 401: unauthenticated, 403: forbidden },
  });

  const deskDetail = createRoute({
    method: "get",
    path: "/desk/feedback/{code}",
    tags,
    summary: "Chi tiết phản ánh, người gửi (trừ khi ẩn danh) và lịch sử xử lý",
    middleware: manager,
    security: bearer,
    request: { params: FeedbackCodeParam },
    responses: { 200: json(DeskFeedbackDetail, "Phản ánh"), 401: unauthenticated, 403: forbidden, 404: notFound },
  });

  const step = <A extends string, T extends z.ZodType>(action: A, summary: string, schema: T, conflict: string) =>
    createRoute({
      method: "post",
      path: `/desk/feedback/{code}/${action}` as const,
      tags,
      summary,
      middleware: managerWrite,
      security: bearer,
      request: { params: FeedbackCodeParam, ...body(schema) },
      responses: {
        200: json(DeskFeedbackDetail, "Phản ánh sau thao tác"),
        401: unauthenticated,
        403: forbidden,
        404: notFound,
        409: problem(conflict),
        415: problem("Không phải JSON"),
        422: problem("Dữ liệu chưa hợp lệ"),
      },
    });

  const triage = step("triage", "Tiếp nhận xử lý (có thể sửa loại phản ánh)", TriageFeedbackRequest, "Phản ánh không ở trạng thái mới tiếp nhận");
  const assign = step("assign", "Chuyển phản ánh cho cơ quan khác xử lý (hạn trả lời giữ nguyên)", AssignFeedbackRequest, "Phản ánh đã xử lý xong");
  const answer = step("answer", "Trả lời phản ánh; người gửi được thông báo", AnswerFeedbackRequest, "Phản ánh đã xử lý xong");
  const dismiss = step("dismiss", "Không xử lý (trùng lặp, không thuộc phạm vi…), nêu lý do; người gửi được thông báo", DismissFeedbackRequest, "Phản ánh đã xử lý xong");
  const publish = step(
    "publish",
    "Công khai câu hỏi và trả lời (đã bỏ thông tin cá nhân); gửi lại để sửa nội dung công khai",
    PublishFeedbackRequest,
    "Chưa trả lời, hoặc người gửi không đồng ý công khai",
  );
  const unpublish = step("unpublish", "Thôi công khai", z.strictObject({}), "Phản ánh chưa được công khai");

  const photo = createRoute({
    method: "get",
    path: "/desk/feedback/{code}/photos/{uploadId}",
    tags,
    summary: "Tải về ảnh gửi kèm phản ánh",
    middleware: manager,
    security: bearer,
    request: { params: FeedbackCodeParam.extend({ uploadId: z.uuid() }) },
    responses: {
      200: { description: "Nội dung ảnh, luôn dạng đính kèm", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
      401: unauthenticated,
      403: forbidden,
      404: problem("Không có ảnh này trong phản ánh"),
    },
  });

  const stats = createRoute({
    method: "get",
    path: "/desk/stats/feedback",
    tags: ["Thống kê"],
    summary: "Tỷ lệ phản ánh, kiến nghị được trả lời đúng hạn của cơ quan",
    description: "Phản ánh tiếp nhận trong kỳ (ngày Việt Nam, tính cả hai đầu): trả lời đúng hạn, quá hạn, không xử lý, đang xử lý và đang quá hạn.",
    middleware: manager,
    security: bearer,
    request: { query: FeedbackStatsQuery },
    responses: { 200: json(FeedbackStats, "Số liệu của kỳ"), 400: problem("Tham số không hợp lệ"), 401: unauthenticated, 403: forbidden },
  });

  return createRouter()
    .openapi(submit, async (c) => {
      const header = c.req.valid("header")["idempotency-key"];
      const result = await feedback.submit(c.get("subjectId"), header === undefined ? undefined : requireIdempotencyKey(header), c.req.valid("json"));
      const created = result.body as FeedbackCreated;
      return c.json(created, 201, { ...noStore, Location: `/api/v1/me/feedback/${created.code}` });
    })
    .openapi(listOwn, async (c) => c.json({ items: await feedback.listOwn(c.get("subjectId")) }, 200, noStore))
    .openapi(detailOwn, async (c) => c.json(await feedback.detailOwn(c.get("subjectId"), c.req.valid("param").code), 200, noStore))
    .openapi(published, async (c) => c.json(await feedback.published(c.req.valid("query")), 200, { "Cache-Control": "public, max-age=60" }))
    .openapi(publishedOne, async (c) => c.json(await feedback.publishedOne(c.req.valid("param").code), 200, { "Cache-Control": "public, max-age=60" }))
    .openapi(stats, async (c) => c.json(await feedback.stats(c.get("officer"), c.req.valid("query")), 200, noStore))
    .openapi(deskList, async (c) => c.json(await feedback.list(c.get("officer"), c.req.valid("query")), 200, noStore))
    .openapi(deskDetail, async (c) => c.json(await feedback.detail(c.get("officer"), c.req.valid("param").code), 200, noStore))
    .openapi(triage, async (c) => c.json(await feedback.triage(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(assign, async (c) => c.json(await feedback.assign(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(answer, async (c) => c.json(await feedback.answer(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(dismiss, async (c) => c.json(await feedback.dismiss(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(publish, async (c) => c.json(await feedback.publish(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(unpublish, async (c) => c.json(await feedback.unpublish(c.get("officer"), c.req.valid("param").code), 200, noStore))
    .openapi(photo, async (c) => {
      const { code, uploadId } = c.req.valid("param");
      const { upload, body: content } = await feedback.openPhoto(c.get("officer"), code, uploadId);
      return sendAttachment(c, upload, content);
    });
}
