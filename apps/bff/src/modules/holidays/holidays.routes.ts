import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { HolidayDateParam, HolidayEntryInput, HolidayList, HolidaysQuery } from "@motcua/contracts";
import { createRouter } from "../../http/openapi-app.ts";
import { requireOfficerRole, requireOfficerWrite, type DeskEnv } from "../desk/desk-http.ts";
import type { HolidayCalendar } from "./holidays.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";

const tags = ["Lịch nghỉ"];
const security = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };
const unauthenticated = problem("Chưa đăng nhập");
const forbidden = problem("Chỉ lãnh đạo, quản lý được sửa lịch nghỉ");
const yearList = json(HolidayList, "Lịch nghỉ của năm có ngày vừa sửa");

export interface HolidaysRoutesDeps {
  holidays: HolidayCalendar;
  /** Any signed-in officer; writes additionally need the manager or admin role. */
  requireOfficer: MiddlewareHandler<DeskEnv>;
}

/** The holiday calendar appointment dates are counted with, and managers' changes to it. */
export function holidaysRoutes({ holidays, requireOfficer }: HolidaysRoutesDeps) {
  const manager = requireOfficerRole(requireOfficer, ["manager", "admin"]);
  const managerWrite = requireOfficerWrite(manager, 4 * 1024);

  const list = createRoute({
    method: "get",
    path: "/desk/holidays",
    tags,
    summary: "Ngày nghỉ lễ, nghỉ bù, làm bù của một năm",
    middleware: requireOfficer,
    security,
    request: { query: HolidaysQuery },
    responses: { 200: json(HolidayList, "Các ngày khác lịch thứ Hai–thứ Sáu"), 400: problem("Năm không hợp lệ"), 401: unauthenticated },
  });

  const put = createRoute({
    method: "put",
    path: "/desk/holidays/{date}",
    tags,
    summary: "Thêm hoặc sửa một ngày trong lịch nghỉ (có ghi nhật ký)",
    description: "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; nghỉ bù, nghỉ hoán đổi phải là ngày trong tuần.",
    middleware: managerWrite,
    security,
    request: { params: HolidayDateParam, body: { required: true, content: { "application/json": { schema: HolidayEntryInput } } } },
    responses: { 200: yearList, 400: problem("Ngày không hợp lệ"), 401: unauthenticated, 403: forbidden, 422: problem("Loại ngày không hợp với thứ trong tuần") },
  });

  const remove = createRoute({
    method: "delete",
    path: "/desk/holidays/{date}",
    tags,
    summary: "Bỏ một ngày khỏi lịch nghỉ (có ghi nhật ký)",
    middleware: manager,
    security,
    request: { params: HolidayDateParam },
    responses: { 200: yearList, 400: problem("Ngày không hợp lệ"), 401: unauthenticated, 403: forbidden, 404: problem("Ngày này không có trong lịch nghỉ") },
  });

  return createRouter()
    .openapi(list, (c) => {
      const { year } = c.req.valid("query");
      return c.json(holidays.list(year), 200, noStore);
    })
    .openapi(put, async (c) => {
      const { date } = c.req.valid("param");
      return c.json(await holidays.upsert(c.get("officer").id, date, c.req.valid("json")), 200, noStore);
    })
    .openapi(remove, async (c) => c.json(await holidays.remove(c.get("officer").id, c.req.valid("param").date), 200, noStore));
}
