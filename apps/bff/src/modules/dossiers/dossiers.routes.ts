import { createRoute, z } from "@hono/zod-openapi";
import {
  DossierCreated,
  DossierDetail,
  DossierList,
  SubmitDossierRequest,
  SupplementSubmission,
  TrackQuery,
  TrackResult,
  WithdrawRequest } from "@motcua/contracts";
import { requireCitizenWrite, requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { rateLimit, type RateLimiter, type RateLimitOptions } from "../../http/rate-limit.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import type { DossiersService } from "./dossiers.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const IdParam = z.object({ id: z.uuid() });
const bearer = [{ bearerAuth: [] }];
const IdempotencyHeader = z.object({ "idempotency-key": z.string().max(255).optional() });

export interface DossiersRoutesDeps {
  dossiers: DossiersService;
  sessions: SessionService;
  limiter: RateLimiter;
  trackLimit: Pick<RateLimitOptions, "limit" | "windowMs" | "key">;
}

export function dossiersRoutes({ dossiers, sessions, limiter, trackLimit }: DossiersRoutesDeps) {
  const citizen = requireSession(sessions, "citizen");
  const citizenWrite = requireCitizenWrite(sessions, 256 * 1024);

  const submit = createRoute({
    method: "post",
    path: "/dossiers",
    tags: ["Hồ sơ"],
    summary: "Nộp hồ sơ trực tuyến",
    description: "Cần tiêu đề `Idempotency-Key`: gửi lại cùng khóa và cùng nội dung nhận lại đúng phản hồi cũ (lưu 48 giờ), không tạo hồ sơ thứ hai.",
    middleware: citizenWrite,
    security: bearer,
    request: { headers: IdempotencyHeader, ...body(SubmitDossierRequest) },
    responses: {
      201: json(DossierCreated, "Đã nộp"),
      400: problem("Thiếu Idempotency-Key hoặc JSON hỏng"),
      401: problem("Chưa đăng nhập"),
      409: problem("Tệp đính kèm vừa bị dùng, hoặc yêu cầu giống hệt đang xử lý"),
      415: problem("Không phải JSON"),
      422: problem("Dữ liệu chưa hợp lệ; `errors` chỉ ra từng trường"),
    },
  });

  const list = createRoute({
    method: "get",
    path: "/me/dossiers",
    tags: ["Hồ sơ"],
    summary: "Hồ sơ của tôi",
    middleware: citizen,
    security: bearer,
    responses: { 200: json(DossierList, "Mới nhất trước"), 401: problem("Chưa đăng nhập") },
  });

  const detail = createRoute({
    method: "get",
    path: "/me/dossiers/{id}",
    tags: ["Hồ sơ"],
    summary: "Chi tiết và dòng thời gian một hồ sơ của tôi",
    middleware: citizen,
    security: bearer,
    request: { params: IdParam },
    responses: { 200: json(DossierDetail, "Hồ sơ"), 401: problem("Chưa đăng nhập"), 404: problem("Không có, hoặc không phải của bạn") },
  });

  const supplement = createRoute({
    method: "post",
    path: "/me/dossiers/{id}/supplement",
    tags: ["Hồ sơ"],
    summary: "Bổ sung giấy tờ theo yêu cầu",
    middleware: citizenWrite,
    security: bearer,
    request: { params: IdParam, headers: IdempotencyHeader, ...body(SupplementSubmission) },
    responses: {
      200: json(DossierDetail, "Đã bổ sung; thời hạn tính lại"),
      404: problem("Không có, hoặc không phải của bạn"),
      409: problem("Hồ sơ không chờ bổ sung"),
      422: problem("Giấy tờ chưa hợp lệ"),
    },
  });

  const withdraw = createRoute({
    method: "post",
    path: "/me/dossiers/{id}/withdraw",
    tags: ["Hồ sơ"],
    summary: "Rút hồ sơ",
    middleware: citizenWrite,
    security: bearer,
    request: { params: IdParam, headers: IdempotencyHeader, ...body(WithdrawRequest) },
    responses: { 200: json(DossierDetail, "Đã rút"), 404: problem("Không có, hoặc không phải của bạn"), 409: problem("Không thể rút ở trạng thái này") },
  });

  const track = createRoute({
    method: "get",
    path: "/track",
    tags: ["Tra cứu"],
    summary: "Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu",
    middleware: rateLimit({ limiter, name: "track", ...trackLimit }),
    request: { query: TrackQuery },
    responses: { 200: json(TrackResult, "Tình trạng"), 404: problem("Sai mã hoặc mã tra cứu"), 429: problem("Thử quá nhiều lần") },
  });

  const noStore = { "Cache-Control": "private, no-store" };

  return createRouter()
    .openapi(submit, async (c) => {
      const key = requireIdempotencyKey(c.req.header("idempotency-key"));
      const result = await dossiers.submit(c.get("subjectId"), key, c.req.valid("json"));
      const created = result.body as DossierCreated;
      return c.json(created, 201, { ...noStore, Location: `/api/v1/me/dossiers/${created.id}` });
    })
    .openapi(list, async (c) => c.json({ items: await dossiers.list(c.get("subjectId")) }, 200, noStore))
    .openapi(detail, async (c) => {
      const dossier = await dossiers.detail(c.get("subjectId"), c.req.valid("param").id);
      return c.json(dossier, 200, { ...noStore, ETag: `"v${dossier.version}"` });
    })
    .openapi(supplement, async (c) => {
      const result = await dossiers.supplement(c.get("subjectId"), c.req.valid("param").id, c.req.header("idempotency-key"), c.req.valid("json"));
      return c.json(result.body as DossierDetail, 200, noStore);
    })
    .openapi(withdraw, async (c) => {
      const result = await dossiers.withdraw(c.get("subjectId"), c.req.valid("param").id, c.req.header("idempotency-key"), c.req.valid("json").reason);
      return c.json(result.body as DossierDetail, 200, noStore);
    })
    .openapi(track, async (c) => {
      const { code, secret } = c.req.valid("query");
      return c.json(await dossiers.track(code, secret), 200, noStore);
    });
}
