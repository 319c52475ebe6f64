import { createRoute, z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import {
  AgencyScheduleView,
  APPOINTMENT_WINDOW_WORKING_DAYS,
  AppointmentCodeParam,
  AppointmentList,
  AppointmentSchedule,
  AppointmentTicket,
  Availability,
  AvailabilityQuery,
  BookAppointmentRequest,
  DeskAppointment,
  DeskAppointmentDay,
  DeskAppointmentsQuery,
  MAX_UPCOMING_APPOINTMENTS,
} from "@motcua/contracts";
import { requireCitizenWrite, requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { json, problem } from "../../http/openapi-spec.ts";
import { requireOfficerRole, requireOfficerWrite, type DeskEnv } from "../desk/desk-http.ts";
import type { SessionService } from "../identity/session.service.ts";
import { requireIdempotencyKey } from "../idempotency/idempotency.ts";
import type { AppointmentsService } from "./appointments.service.ts";

const tags = ["Đặt lịch hẹn"];
const bearer = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };
const IdParam = z.object({ id: z.uuid() });
const IdempotencyHeader = z.object({ "idempotency-key": z.string().max(255).optional() });
const unauthenticated = problem("Chưa đăng nhập");
const notYours = problem("Không có, hoặc không phải của bạn");

export interface AppointmentsRoutesDeps {
  appointments: AppointmentsService;
  sessions: SessionService;
  /** Any signed-in officer: every counter checks people in; schedules need the manager or admin role. */
  requireOfficer: MiddlewareHandler<DeskEnv>;
}

export function appointmentsRoutes({ appointments, sessions, requireOfficer }: AppointmentsRoutesDeps) {
  const citizen = requireSession(sessions, "citizen");
  const citizenWrite = requireCitizenWrite(sessions, 8 * 1024);
  const officerWrite = requireOfficerWrite(requireOfficer, 4 * 1024);
  const managerWrite = requireOfficerWrite(requireOfficerRole(requireOfficer, ["manager", "admin"]), 8 * 1024);

  const availability = createRoute({
    method: "get",
    path: "/appointments/availability",
    tags,
    summary: "Ngày làm việc và khung giờ còn chỗ của một cơ quan",
    description: `Không cần đăng nhập. ${APPOINTMENT_WINDOW_WORKING_DAYS} ngày làm việc tới (không tính thứ Bảy, Chủ nhật, ngày nghỉ lễ; có tính ngày làm bù). Chọn cơ quan, hoặc thủ tục để biết cơ quan.`,
    request: { query: AvailabilityQuery },
    responses: { 200: json(Availability, "Khung giờ và số chỗ còn lại"), 400: problem("Thiếu cơ quan hoặc thủ tục"), 422: problem("Không có cơ quan hoặc thủ tục này") },
  });

  const book = createRoute({
    method: "post",
    path: "/me/appointments",
    tags,
    summary: "Đặt lịch hẹn làm việc tại quầy",
    description: `Mỗi người một chỗ trong một khung giờ, tối đa ${MAX_UPCOMING_APPOINTMENTS} lịch sắp tới. \`Idempotency-Key\` không bắt buộc.`,
    middleware: citizenWrite,
    security: bearer,
    request: { headers: IdempotencyHeader, body: { required: true, content: { "application/json": { schema: BookAppointmentRequest } } } },
    responses: {
      201: json(AppointmentTicket, "Phiếu hẹn, có mã QR"),
      400: problem("JSON hỏng hoặc Idempotency-Key sai dạng"),
      401: unauthenticated,
      409: problem("Khung giờ đã hết chỗ, hoặc bạn đã đặt khung giờ này"),
      415: problem("Không phải JSON"),
      422: problem("Ngày, giờ, cơ quan không hợp lệ, hoặc đã giữ quá số lịch hẹn cho phép"),
    },
  });

  const listOwn = createRoute({
    method: "get",
    path: "/me/appointments",
    tags,
    summary: "Lịch hẹn của tôi",
    middleware: citizen,
    security: bearer,
    responses: { 200: json(AppointmentList, "Ngày xa nhất trước"), 401: unauthenticated },
  });

  const ticket = createRoute({
    method: "get",
    path: "/me/appointments/{id}",
    tags,
    summary: "Phiếu hẹn và mã QR",
    middleware: citizen,
    security: bearer,
    request: { params: IdParam },
    responses: { 200: json(AppointmentTicket, "Phiếu hẹn"), 401: unauthenticated, 404: notYours },
  });

  const cancel = createRoute({
    method: "post",
    path: "/me/appointments/{id}/cancel",
    tags,
    summary: "Hủy lịch hẹn (trước giờ hẹn); chỗ được trả lại",
    middleware: citizen,
    security: bearer,
    request: { params: IdParam },
    responses: { 200: json(AppointmentTicket, "Đã hủy"), 401: unauthenticated, 404: notYours, 409: problem("Đã hủy trước đó, đã đến quầy, hoặc đã đến giờ hẹn") },
  });

  const day = createRoute({
    method: "get",
    path: "/desk/appointments",
    tags,
    summary: "Lịch hẹn trong ngày của cơ quan (mặc định hôm nay)",
    middleware: requireOfficer,
    security: bearer,
    request: { query: DeskAppointmentsQuery },
    responses: { 200: json(DeskAppointmentDay, "Theo giờ hẹn"), 400: problem("Ngày không hợp lệ"), 401: unauthenticated },
  });

  const checkIn = createRoute({
    method: "post",
    path: "/desk/appointments/{code}/check-in",
    tags,
    summary: "Ghi nhận người dân đến quầy theo mã lịch hẹn (quét mã QR hoặc gõ mã)",
    middleware: officerWrite,
    security: bearer,
    request: { params: AppointmentCodeParam, body: { required: true, content: { "application/json": { schema: z.strictObject({}) } } } },
    responses: {
      200: json(DeskAppointment, "Đã ghi nhận"),
      401: unauthenticated,
      403: problem("Lịch hẹn tại cơ quan khác"),
      404: problem("Không có lịch hẹn với mã này"),
      409: problem("Đã hủy, đã ghi nhận trước đó, hoặc không phải ngày hẹn"),
      415: problem("Không phải JSON"),
    },
  });

  const schedule = createRoute({
    method: "get",
    path: "/desk/appointments/schedule",
    tags,
    summary: "Khung giờ nhận lịch hẹn của cơ quan",
    middleware: requireOfficer,
    security: bearer,
    responses: { 200: json(AgencyScheduleView, "Lịch riêng, hoặc lịch mặc định"), 401: unauthenticated },
  });

  const saveSchedule = createRoute({
    method: "put",
    path: "/desk/appointments/schedule",
    tags,
    summary: "Đặt khung giờ và số chỗ mỗi khung của cơ quan (có ghi nhật ký)",
    description: "Khung đã có người đặt từ hôm nay trở đi nhận số chỗ mới, nhưng không ít hơn số đã đặt.",
    middleware: managerWrite,
    security: bearer,
    request: { body: { required: true, content: { "application/json": { schema: AppointmentSchedule } } } },
    responses: {
      200: json(AgencyScheduleView, "Đã lưu"),
      401: unauthenticated,
      403: problem("Chỉ lãnh đạo, quản lý được sửa"),
      415: problem("Không phải JSON"),
      422: problem("Khung giờ không hợp lệ"),
    },
  });

  return createRouter()
    .openapi(availability, async (c) => c.json(await appointments.availability(c.req.valid("query")), 200, { "Cache-Control": "no-cache" }))
    .openapi(book, async (c) => {
      const header = c.req.valid("header")["idempotency-key"];
      const result = await appointments.book(c.get("subjectId"), header === undefined ? undefined : requireIdempotencyKey(header), c.req.valid("json"));
      const created = result.body as AppointmentTicket;
      return c.json(created, 201, { ...noStore, Location: `/api/v1/me/appointments/${created.id}` });
    })
    .openapi(listOwn, async (c) => c.json({ items: await appointments.listOwn(c.get("subjectId")) }, 200, noStore))
    .openapi(ticket, async (c) => c.json(await appointments.ticket(c.get("subjectId"), c.req.valid("param").id), 200, noStore))
    .openapi(cancel, async (c) => c.json(await appointments.cancel(c.get("subjectId"), c.req.valid("param").id), 200, noStore))
    .openapi(schedule, async (c) => c.json(await appointments.schedule(c.get("officer").agencyCode), 200, noStore))
    .openapi(saveSchedule, async (c) => c.json(await appointments.saveSchedule(c.get("officer"), c.req.valid("json")), 200, noStore))
    .openapi(day, async (c) => c.json(await appointments.day(c.get("officer"), c.req.valid("query").date), 200, noStore))
    .openapi(checkIn, async (c) => c.json(await appointments.checkIn(c.get("officer"), c.req.valid("param").code), 200, noStore));
}
