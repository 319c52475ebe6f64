import { problem } from "../../http/openapi-spec.ts";
import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { StatsQuery, StatsResponse } from "@motcua/contracts";
import { createRouter } from "../../http/openapi-app.ts";
import type { StatsService } from "./stats.service.ts";


export interface StatsRoutesDeps {
  stats: StatsService;
  /** An officer session with the manager or admin role; the composition root decides how. */
  requireManager: MiddlewareHandler;
}

export function statsRoutes({ stats, requireManager }: StatsRoutesDeps) {
  const report = createRoute({
    method: "get",
    path: "/desk/stats",
    tags: ["Thống kê"],
    summary: "Thống kê giải quyết hồ sơ theo cơ quan hoặc thủ tục",
    description:
      "Hồ sơ tiếp nhận trong kỳ (theo ngày giờ Việt Nam): số đã giải quyết trước hạn, đúng hạn, quá hạn (so với hạn ban đầu; " +
      "xin lỗi gia hạn vẫn tính quá hạn), đang giải quyết, đang quá hạn, tỷ lệ đúng hạn và số ngày làm việc trung bình " +
      "(không tính thời gian chờ bổ sung hoặc nộp phí).",
    middleware: requireManager,
    security: [{ bearerAuth: [] }],
    request: { query: StatsQuery },
    responses: {
      200: { description: "Một dòng cho mỗi cơ quan hoặc thủ tục có hồ sơ trong kỳ", content: { "application/json": { schema: StatsResponse } } },
      400: problem("Tham số không hợp lệ"),
      401: problem("Chưa đăng nhập"),
      403: problem("Không có quyền xem thống kê"),
    },
  });

  return createRouter().openapi(report, async (c) => c.json(await stats.report(c.req.valid("query")), 200, { "Cache-Control": "private, no-store" }));
}
