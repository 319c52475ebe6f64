import { createRoute, z } from "@hono/zod-openapi";
import { DossierRatingState, RATING_CHANGE_DAYS, RateDossierRequest } from "@motcua/contracts";
import { requireCitizenWrite, requireSession } from "../../http/auth.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { json, problem } from "../../http/openapi-spec.ts";
import type { SessionService } from "../identity/session.service.ts";
import type { RatingsService } from "./ratings.service.ts";

const IdParam = z.object({ id: z.uuid() });
const bearer = [{ bearerAuth: [] }];
const noStore = { "Cache-Control": "private, no-store" };

export interface RatingsRoutesDeps {
  ratings: RatingsService;
  sessions: SessionService;
}

export function ratingsRoutes({ ratings, sessions }: RatingsRoutesDeps) {
  const citizen = requireSession(sessions, "citizen");
  const citizenWrite = requireCitizenWrite(sessions, 16 * 1024);

  const read = createRoute({
    method: "get",
    path: "/me/dossiers/{id}/rating",
    tags: ["Đánh giá"],
    summary: "Đánh giá mức độ hài lòng của tôi về một hồ sơ",
    description: "Cho biết hồ sơ đã trả kết quả chưa, đánh giá đã có (nếu có) và còn được đánh giá hoặc sửa không.",
    middleware: citizen,
    security: bearer,
    request: { params: IdParam },
    responses: {
      200: json(DossierRatingState, "Tình trạng đánh giá"),
      401: problem("Chưa đăng nhập"),
      404: problem("Không có, hoặc không phải của bạn"),
    },
  });

  const rate = createRoute({
    method: "put",
    path: "/me/dossiers/{id}/rating",
    tags: ["Đánh giá"],
    summary: "Đánh giá mức độ hài lòng về hồ sơ đã trả kết quả",
    description: `Ba mức (Rất hài lòng, Hài lòng, Không hài lòng), chín tiêu chí của Chỉ số hài lòng (QĐ 766/QĐ-TTg) tùy chọn, và ý kiến. Mỗi hồ sơ một đánh giá; sửa được trong ${RATING_CHANGE_DAYS} ngày kể từ lần đầu. Gửi lại đúng nội dung cũ không ghi thêm gì.`,
    middleware: citizenWrite,
    security: bearer,
    request: { params: IdParam, body: { required: true, content: { "application/json": { schema: RateDossierRequest } } } },
    responses: {
      200: json(DossierRatingState, "Đã sửa đánh giá (hoặc không có gì thay đổi)"),
      201: json(DossierRatingState, "Đã ghi nhận đánh giá"),
      401: problem("Chưa đăng nhập"),
      404: problem("Không có, hoặc không phải của bạn"),
      409: problem(
        `\`ILLEGAL_TRANSITION\`: hồ sơ chưa trả kết quả. \`CONFLICT\`: đã quá ${RATING_CHANGE_DAYS} ngày kể từ lần đánh giá đầu, không sửa được nữa`,
      ),
      413: problem("Nội dung quá lớn"),
      415: problem("Không phải JSON"),
      422: problem("Dữ liệu chưa hợp lệ; `errors` chỉ ra từng trường"),
    },
  });

  return createRouter()
    .openapi(read, async (c) => c.json(await ratings.get(c.get("subjectId"), c.req.valid("param").id), 200, noStore))
    .openapi(rate, async (c) => {
      const { created, state } = await ratings.rate(c.get("subjectId"), c.req.valid("param").id, c.req.valid("json"));
      return created ? c.json(state, 201, noStore) : c.json(state, 200, noStore);
    });
}
