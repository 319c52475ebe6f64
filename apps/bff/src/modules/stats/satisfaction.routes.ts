import { createRoute } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { FeedbackHandlingQuery, FeedbackHandlingResponse, SatisfactionResponse, StatsQuery } from "@motcua/contracts";
import { createRouter } from "../../http/openapi-app.ts";
import { json, problem } from "../../http/openapi-spec.ts";
import type { SatisfactionService } from "./satisfaction.service.ts";

export interface SatisfactionRoutesDeps {
  satisfaction: SatisfactionService;
  /** An officer session with the manager or admin role, as for the other statistics. */
  requireManager: MiddlewareHandler;
}

const tags = ["Thống kê"];
const security = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };
const refusals = {
  400: problem("Tham số không hợp lệ (ngày YYYY-MM-DD, từ ngày ≤ đến ngày, tối đa một năm)"),
  401: problem("Chưa đăng nhập"),
  403: problem("Không có quyền xem thống kê"),
};

export function satisfactionRoutes({ satisfaction, requireManager }: SatisfactionRoutesDeps) {
  const ratings = createRoute({
    method: "get",
    path: "/desk/stats/satisfaction",
    tags,
    summary: "Mức độ hài lòng của người dân theo cơ quan hoặc thủ tục",
    description:
      "Hồ sơ đã trả kết quả trong kỳ (theo ngày giờ Việt Nam, tính cả hai đầu) và đánh giá của người dân về từng hồ sơ " +
      "(mỗi hồ sơ một đánh giá, đã sửa trong 7 ngày thì tính theo lần sửa cuối). " +
      "`satisfactionRate` = (Rất hài lòng + Hài lòng) / số đánh giá. " +
      "`indexRate` theo Quyết định 766/QĐ-TTg, tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC = (hồ sơ đã trả − hồ sơ bị đánh giá Không hài lòng) / hồ sơ đã trả; " +
      "hồ sơ bị phản ánh chưa bị trừ vì phản ánh không gắn với hồ sơ. " +
      "`averageCriteriaScore`: điểm 9 tiêu chí trên thang 18 (mỗi tiêu chí: Rất hài lòng 2, Hài lòng 1, Không hài lòng 0 — cách quy đổi của hệ thống), " +
      "quy từ các tiêu chí người dân đã trả lời ra 9 tiêu chí, trung bình trên các đánh giá có trả lời tiêu chí. " +
      "Chỉ có tỷ lệ, không quy ra điểm của chỉ số: nguồn hiện có không công bố cách quy đổi tỷ lệ ra phần điểm trong 18 điểm.",
    middleware: requireManager,
    security,
    request: { query: StatsQuery },
    responses: { 200: json(SatisfactionResponse, "Một dòng cho mỗi cơ quan hoặc thủ tục có hồ sơ trả kết quả trong kỳ, và dòng tổng"), ...refusals },
  });

  const feedback = createRoute({
    method: "get",
    path: "/desk/stats/feedback-handling",
    tags,
    summary: "Xử lý phản ánh, kiến nghị đúng hạn theo cơ quan",
    description:
      "Phản ánh, kiến nghị tiếp nhận trong kỳ (theo ngày giờ Việt Nam, tính cả hai đầu), theo cơ quan đang xử lý. " +
      "Đúng hạn: trả lời không muộn hơn hạn xử lý định khi tiếp nhận. `onTimeRate` = trả lời đúng hạn / đã trả lời. " +
      "`indexOnTimeRate` theo Quyết định 766/QĐ-TTg, tỷ lệ PAKN xử lý đúng hạn = trả lời đúng hạn / (đã trả lời + đang quá hạn): " +
      "phản ánh không xử lý (trùng lặp, không thuộc thẩm quyền) không tính; phản ánh chưa đến hạn chưa tính cho đến khi có kết quả. " +
      "Tỷ lệ hài lòng trong xử lý PAKN của chỉ số không có ở đây: hệ thống chưa thu ý kiến của người dân về câu trả lời.",
    middleware: requireManager,
    security,
    request: { query: FeedbackHandlingQuery },
    responses: { 200: json(FeedbackHandlingResponse, "Một dòng cho mỗi cơ quan có phản ánh tiếp nhận trong kỳ, và dòng tổng"), ...refusals },
  });

  return createRouter()
    .openapi(ratings, async (c) => c.json(await satisfaction.satisfaction(c.req.valid("query")), 200, noStore))
    .openapi(feedback, async (c) => c.json(await satisfaction.feedbackHandling(c.req.valid("query")), 200, noStore));
}
