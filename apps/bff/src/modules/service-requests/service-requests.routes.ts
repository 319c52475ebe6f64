import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  AcceptServiceQuoteRequest,
  CancelServiceRequest,
  CompleteServiceRequest,
  CONSULTING_WINDOW_WORKING_DAYS,
  DeskServiceRequestDetail,
  DeskServiceRequestList,
  DeskServiceRequestQuery,
  QuoteServiceRequest,
  RejectServiceRequest,
  ScheduleServiceRequest,
  ServiceRequestCodeParam,
  ServiceRequestCreated,
  ServiceRequestDetail,
  ServiceRequestList,
  StartServiceRequest,
  SubmitConsultingRequest,
  SubmitTranslationRequest,
  TRANSLATION_MAX_DOCUMENTS,
  TRANSLATION_MAX_RESULT_FILES,
} from "@motcua/contracts";
import { requireCitizenWrite, requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { json, problem } from "../../http/openapi-spec.ts";
import { requireOfficerWrite, type DeskEnv } from "../desk/desk-http.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import { sendAttachment } from "../uploads/send-attachment.ts";
import type { ServiceRequestsService } from "./service-requests.service.ts";

const tags = ["Tư vấn, dịch thuật"];
const bearer = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
const IdempotencyHeader = z.object({ "idempotency-key": z.string().max(255).optional() });
const FileParam = ServiceRequestCodeParam.extend({ uploadId: z.uuid() });
const unauthenticated = problem("Chưa đăng nhập");
const notYours = problem("Không có, hoặc không phải của bạn");
const forbidden = problem("Cán bộ không thuộc Trung tâm Phục vụ hành chính công");
const notFound = problem("Không có yêu cầu với mã này");
const binary = { "application/octet-stream": { schema: { type: "string" as const, format: "binary" } } };

export interface ServiceRequestsRoutesDeps {
  serviceRequests: ServiceRequestsService;
  sessions: SessionService;
  /** Any signed-in officer; the service checks they work at the center that provides these services. */
  requireOfficer: MiddlewareHandler<DeskEnv>;
}

export function serviceRequestsRoutes({ serviceRequests, sessions, requireOfficer }: ServiceRequestsRoutesDeps) {
  const citizen = requireSession(sessions, "citizen");
  const citizenWrite = requireCitizenWrite(sessions, 16 * 1024);
  const officerWrite = requireOfficerWrite(requireOfficer, 16 * 1024);

  const submit = <K extends "consulting" | "translation", T extends z.ZodType>(kind: K, summary: string, description: string, schema: T) =>
    createRoute({
      method: "post",
      path: `/service-requests/${kind}` as const,
      tags,
      summary,
      description: `${description} \`Idempotency-Key\` không bắt buộc: gửi lại cùng khóa và cùng nội dung nhận lại đúng phản hồi cũ.`,
      middleware: citizenWrite,
      security: bearer,
      request: { headers: IdempotencyHeader, ...body(schema) },
      responses: {
        201: json(ServiceRequestCreated, "Đã gửi; mã theo dõi trong `code`"),
        400: problem("JSON hỏng hoặc Idempotency-Key sai dạng"),
        401: unauthenticated,
        409: problem("Một tệp vừa được gửi kèm ở nơi khác"),
        413: problem("Nội dung quá lớn"),
        415: problem("Không phải JSON"),
        422: problem("Dữ liệu chưa hợp lệ; `errors` chỉ ra từng trường"),
      },
    });

  const consulting = submit(
    "consulting",
    "Đăng ký tư vấn doanh nghiệp: lĩnh vực, câu hỏi, thời gian mong muốn, người liên hệ",
    `Ngày mong muốn là một ngày làm việc trong ${CONSULTING_WINDOW_WORKING_DAYS} ngày làm việc tới, từ ngày mai.`,
    SubmitConsultingRequest,
  );
  const translation = submit(
    "translation",
    "Yêu cầu dịch thuật giấy tờ (từ hoặc sang tiếng Việt), có thể kèm công chứng bản dịch",
    `Giấy tờ tải lên trước qua POST /uploads (PDF hoặc ảnh, tối đa ${TRANSLATION_MAX_DOCUMENTS} tệp). Trung tâm báo giá theo số trang; người gửi đồng ý rồi Trung tâm mới thực hiện.`,
    SubmitTranslationRequest,
  );

  const listOwn = createRoute({
    method: "get",
    path: "/me/service-requests",
    tags,
    summary: "Yêu cầu tư vấn, dịch thuật của tôi",
    middleware: citizen,
    security: bearer,
    responses: { 200: json(ServiceRequestList, "Mới nhất trước"), 401: unauthenticated },
  });

  const detailOwn = createRoute({
    method: "get",
    path: "/me/service-requests/{code}",
    tags,
    summary: "Một yêu cầu của tôi: trạng thái, báo giá, lịch hẹn, kết quả",
    description: "Tệp giấy tờ và tệp kết quả tải về qua GET /uploads/{id}.",
    middleware: citizen,
    security: bearer,
    request: { params: ServiceRequestCodeParam },
    responses: { 200: json(ServiceRequestDetail, "Yêu cầu"), 401: unauthenticated, 404: notYours },
  });

  const citizenStep = <A extends string, T extends z.ZodType>(action: A, summary: string, schema: T, conflict: string) =>
    createRoute({
      method: "post",
      path: `/me/service-requests/{code}/${action}` as const,
      tags,
      summary,
      middleware: citizenWrite,
      security: bearer,
      request: { params: ServiceRequestCodeParam, ...body(schema) },
      responses: {
        200: json(ServiceRequestDetail, "Yêu cầu sau thao tác"),
        401: unauthenticated,
        404: notYours,
        409: problem(conflict),
        415: problem("Không phải JSON"),
        422: problem("Dữ liệu chưa hợp lệ"),
      },
    });

  const accept = citizenStep("accept", "Đồng ý báo giá dịch thuật (gửi kèm tổng tiền đã xem)", AcceptServiceQuoteRequest, "Chưa có báo giá, hoặc báo giá vừa thay đổi");
  const cancel = citizenStep("cancel", "Hủy yêu cầu (trước khi Trung tâm bắt đầu thực hiện)", CancelServiceRequest, "Yêu cầu đang được thực hiện hoặc đã xong");

  const deskList = createRoute({
    method: "get",
    path: "/desk/service-requests",
    tags,
    summary: "Yêu cầu tư vấn, dịch thuật: đang mở trước (cũ nhất trước), sau đó mới nhất trước",
    middleware: requireOfficer,
    security: bearer,
    request: { query: DeskServiceRequestQuery },
    responses: { 200: json(DeskServiceRequestList, "Một trang yêu cầu"), 400: problem("Tham số không hợp lệ"), 401: unauthenticated, 403: forbidden },
  });

  const deskDetail = createRoute({
    method: "get",
    path: "/desk/service-requests/{code}",
    tags,
    summary: "Chi tiết yêu cầu, người gửi và lịch sử xử lý",
    middleware: requireOfficer,
    security: bearer,
    request: { params: ServiceRequestCodeParam },
    responses: { 200: json(DeskServiceRequestDetail, "Yêu cầu"), 401: unauthenticated, 403: forbidden, 404: notFound },
  });

  const officerStep = <A extends string, T extends z.ZodType>(action: A, summary: string, schema: T, conflict: string) =>
    createRoute({
      method: "post",
      path: `/desk/service-requests/{code}/${action}` as const,
      tags,
      summary,
      middleware: officerWrite,
      security: bearer,
      request: { params: ServiceRequestCodeParam, ...body(schema) },
      responses: {
        200: json(DeskServiceRequestDetail, "Yêu cầu sau thao tác"),
        401: unauthenticated,
        403: forbidden,
        404: notFound,
        409: problem(conflict),
        415: problem("Không phải JSON"),
        422: problem("Dữ liệu chưa hợp lệ"),
      },
    });

  const quote = officerStep("quote", "Báo giá dịch thuật: số trang (sửa theo thực tế) × đơn giá + phí công chứng; người gửi được thông báo", QuoteServiceRequest, "Không phải yêu cầu dịch thuật chờ báo giá");
  const schedule = officerStep("schedule", "Hẹn lịch tư vấn (ngày làm việc, giờ, địa điểm); gửi lại để dời lịch; người gửi được thông báo", ScheduleServiceRequest, "Không phải yêu cầu tư vấn đang chờ");
  const start = officerStep("start", "Bắt đầu dịch (sau khi người gửi đồng ý báo giá)", StartServiceRequest, "Người gửi chưa đồng ý báo giá");
  const complete = officerStep(
    "complete",
    "Hoàn thành: nội dung tư vấn, hoặc trả bản dịch (đã tải lên tệp kết quả); người gửi được thông báo",
    CompleteServiceRequest,
    "Chưa có tệp kết quả, hoặc yêu cầu không ở trạng thái đang thực hiện",
  );
  const reject = officerStep("reject", "Không thực hiện, nêu lý do; người gửi được thông báo", RejectServiceRequest, "Yêu cầu đã xong hoặc đã hủy");

  const addResult = createRoute({
    method: "post",
    path: "/desk/service-requests/{code}/result-files",
    tags,
    summary: "Tải lên một tệp bản dịch (PDF, JPEG, PNG, HEIC) khi đang thực hiện",
    description: `Gửi \`multipart/form-data\` với đúng một tệp trong trường \`file\`, như POST /uploads. Tối đa ${TRANSLATION_MAX_RESULT_FILES} tệp; người gửi thấy tệp khi yêu cầu hoàn thành.`,
    middleware: requireOfficer,
    security: bearer,
    request: {
      params: ServiceRequestCodeParam,
      body: {
        required: true,
        content: { "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } } },
      },
    },
    responses: {
      201: json(DeskServiceRequestDetail, "Đã thêm tệp"),
      400: problem("Dữ liệu multipart hỏng"),
      401: unauthenticated,
      403: forbidden,
      404: notFound,
      409: problem("Yêu cầu không ở trạng thái đang thực hiện, hoặc đã đủ số tệp"),
      413: problem("Tệp vượt quá dung lượng cho phép"),
      415: problem("Không phải multipart/form-data, hoặc loại tệp không được chấp nhận"),
      422: problem("Thiếu tệp, hoặc tệp rỗng"),
    },
  });

  const removeResult = createRoute({
    method: "delete",
    path: "/desk/service-requests/{code}/result-files/{uploadId}",
    tags,
    summary: "Gỡ một tệp bản dịch khi đang thực hiện",
    middleware: requireOfficer,
    security: bearer,
    request: { params: FileParam },
    responses: { 200: json(DeskServiceRequestDetail, "Đã gỡ tệp"), 401: unauthenticated, 403: forbidden, 404: problem("Không có yêu cầu hoặc tệp này"), 409: problem("Yêu cầu không ở trạng thái đang thực hiện") },
  });

  const file = createRoute({
    method: "get",
    path: "/desk/service-requests/{code}/files/{uploadId}",
    tags,
    summary: "Tải về giấy tờ người gửi đính kèm, hoặc tệp kết quả",
    middleware: requireOfficer,
    security: bearer,
    request: { params: FileParam },
    responses: { 200: { description: "Nội dung tệp, luôn dạng đính kèm", content: binary }, 401: unauthenticated, 403: forbidden, 404: problem("Không có tệp này trong yêu cầu") },
  });

  const createdHeaders = (value: ServiceRequestCreated) => ({ ...noStore, Location: `/api/v1/me/service-requests/${value.code}` });
  const keyOf = (header: string | undefined) => (header === undefined ? undefined : requireIdempotencyKey(header));

  return createRouter()
    .openapi(consulting, async (c) => {
      const result = await serviceRequests.submitConsulting(c.get("subjectId"), keyOf(c.req.valid("header")["idempotency-key"]), c.req.valid("json"));
      const value = result.body as ServiceRequestCreated;
      return c.json(value, 201, createdHeaders(value));
    })
    .openapi(translation, async (c) => {
      const result = await serviceRequests.submitTranslation(c.get("subjectId"), keyOf(c.req.valid("header")["idempotency-key"]), c.req.valid("json"));
      const value = result.body as ServiceRequestCreated;
      return c.json(value, 201, createdHeaders(value));
    })
    .openapi(listOwn, async (c) => c.json({ items: await serviceRequests.listOwn(c.get("subjectId")) }, 200, noStore))
    .openapi(detailOwn, async (c) => c.json(await serviceRequests.detailOwn(c.get("subjectId"), c.req.valid("param").code), 200, noStore))
    .openapi(accept, async (c) => c.json(await serviceRequests.accept(c.get("subjectId"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(cancel, async (c) => c.json(await serviceRequests.cancel(c.get("subjectId"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(deskList, async (c) => c.json(await serviceRequests.list(c.get("officer"), c.req.valid("query")), 200, noStore))
    .openapi(deskDetail, async (c) => c.json(await serviceRequests.detail(c.get("officer"), c.req.valid("param").code), 200, noStore))
    .openapi(quote, async (c) => c.json(await serviceRequests.quote(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(schedule, async (c) => c.json(await serviceRequests.schedule(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(start, async (c) => c.json(await serviceRequests.start(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(complete, async (c) => c.json(await serviceRequests.complete(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(reject, async (c) => c.json(await serviceRequests.reject(c.get("officer"), c.req.valid("param").code, c.req.valid("json")), 200, noStore))
    .openapi(addResult, async (c) => c.json(await serviceRequests.addResult(c.get("officer"), c.req.valid("param").code, c.req.raw), 201, noStore))
    .openapi(removeResult, async (c) => {
      const { code, uploadId } = c.req.valid("param");
      return c.json(await serviceRequests.removeResult(c.get("officer"), code, uploadId), 200, noStore);
    })
    .openapi(file, async (c) => {
      const { code, uploadId } = c.req.valid("param");
      const { upload, body: content } = await serviceRequests.openFile(c.get("officer"), code, uploadId);
      return sendAttachment(c, upload, content);
    });
}
