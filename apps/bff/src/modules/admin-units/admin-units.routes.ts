import { createRoute, z } from "@hono/zod-openapi";
import { Problem, Province, Ward } from "@motcua/contracts";
import { AppError } from "../../http/app-error.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { preparedJson } from "../../http/prepared-json.ts";
import { prepareBody, type PreparedBody } from "../../http/prepared-json.ts";
import type { AdminUnits } from "./admin-units.ts";
import { json } from "../../http/openapi-spec.ts";

/** The list changes only with a new vendored dataset, i.e. a deploy; the ETag covers that case. */
const CACHE_CONTROL = "public, max-age=86400";
const DONG_NAI = "75";


const listProvinces = createRoute({
  method: "get",
  path: "/provinces",
  tags: ["Đơn vị hành chính"],
  summary: "34 tỉnh, thành phố (từ 1/7/2025)",
  responses: {
    200: json(z.object({ items: z.array(Province) }), "Theo thứ tự mã; hỗ trợ ETag / If-None-Match"),
    304: { description: "Không thay đổi" },
  },
});

const listWards = createRoute({
  method: "get",
  path: "/wards",
  tags: ["Đơn vị hành chính"],
  summary: "Phường, xã, đặc khu của một tỉnh, thành phố",
  request: {
    query: z.strictObject({
      province: z.string().regex(/^\d{2}$/, "Mã tỉnh/thành phố gồm 2 chữ số").default(DONG_NAI),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(Ward) }), "Xếp theo tên không dấu; hỗ trợ ETag / If-None-Match"),
    304: { description: "Không thay đổi" },
    400: { description: "Mã tỉnh không tồn tại hoặc tham số lạ", content: { "application/problem+json": { schema: Problem } } },
  },
});

export function adminUnitsRoutes(units: AdminUnits) {
  const provinces = prepareBody({ items: units.provinces() });
  const wards = new Map<string, PreparedBody>(units.provinces().map((p) => [p.code, prepareBody({ items: units.wards(p.code) })]));

  return createRouter()
    .openapi(listProvinces, (c) => preparedJson<{ items: Province[] }>(c, provinces, CACHE_CONTROL))
    .openapi(listWards, (c) => {
      const code = c.req.valid("query").province;
      const body = wards.get(code);
      if (!body) {
        throw new AppError("BAD_REQUEST", `Không có tỉnh, thành phố mã ${code}.`, {
          errors: [{ field: "province", code: "UNKNOWN_PROVINCE", message: "Mã tỉnh/thành phố không tồn tại" }],
        });
      }
      return preparedJson<{ items: Ward[] }>(c, body, CACHE_CONTROL);
    });
}
