import { createRoute, z } from "@hono/zod-openapi";
import { Agency, ProcedureDetail, ProcedureList, ProcedureListQuery, Sector } from "@motcua/contracts";
import { createRouter, soleHandler, validParams, validQuery } from "../../http/openapi-app.ts";
import { preparedJson, type PreparedBody } from "../../http/prepared-json.ts";
import { LruCache } from "../../lib/lru-cache.ts";
import type { CatalogService } from "./catalog.service.ts";
import { problem, json } from "../../http/openapi-spec.ts";


const listAgencies = createRoute({
  method: "get",
  path: "/agencies",
  tags: ["Danh mục"],
  summary: "Cơ quan tiếp nhận và giải quyết thủ tục",
  responses: { 200: json(z.object({ items: z.array(Agency) }), "Danh sách cơ quan") },
});

const listSectors = createRoute({
  method: "get",
  path: "/sectors",
  tags: ["Danh mục"],
  summary: "Lĩnh vực thủ tục hành chính",
  responses: { 200: json(z.object({ items: z.array(Sector) }), "Danh sách lĩnh vực") },
});

const ProcedureCodeParam = z.object({ code: z.string().min(1).max(60) });

const getProcedure = createRoute({
  method: "get",
  path: "/procedures/{code}",
  tags: ["Danh mục"],
  summary: "Chi tiết một thủ tục (mã quốc gia hoặc mã địa phương)",
  request: { params: ProcedureCodeParam },
  responses: {
    200: json(ProcedureDetail, "Toàn bộ thông tin thủ tục; hỗ trợ ETag / If-None-Match"),
    304: { description: "Không thay đổi" },
    404: problem("Không có thủ tục với mã này"),
  },
});

const listProcedures = createRoute({
  method: "get",
  path: "/procedures",
  tags: ["Danh mục"],
  summary: "Tìm kiếm thủ tục hành chính",
  description:
    "Tìm không phân biệt dấu và hoa thường, chịu một lỗi gõ mỗi từ, hiểu các viết tắt (CCCD, GPXD, LLTP…). Có `q` thì xếp theo mức liên quan, không có thì theo tên.",
  request: { query: ProcedureListQuery },
  responses: {
    200: json(ProcedureList, "Một trang kết quả"),
    400: problem("Tham số hoặc bộ lọc không hợp lệ"),
  },
});

/** The query string exactly as sent, `?` included; empty when there is none. */
function rawSearch(url: string): string {
  const start = url.indexOf("?");
  return start === -1 ? "" : url.slice(start);
}

export function catalogRoutes(catalog: CatalogService) {
  // Answers by the raw query string of the current catalog revision. A query string that passed
  // validation once always will, so a repeat skips parsing and validating it: most searches are the
  // same few dozen queries.
  const answered = new LruCache<string, PreparedBody>(1000);
  const cacheKey = (url: string) => `${catalog.snapshot().revision}${rawSearch(url)}`;
  const router = createRouter();
  return router
    .openapi(listAgencies, (c) => preparedJson<{ items: Agency[] }>(c, catalog.agencies()))
    .openapi(listSectors, (c) => preparedJson<{ items: Sector[] }>(c, catalog.sectors()))
    .openapi(soleHandler(router, listProcedures), (c) => {
      const key = cacheKey(c.req.url);
      let body = answered.get(key);
      if (!body) {
        body = catalog.listProcedures(validQuery(c, ProcedureListQuery));
        answered.set(key, body);
      }
      return preparedJson<ProcedureList>(c, body);
    })
    // A code the catalog holds is one the schema accepts, so it is answered before validation; any
    // other code is validated for its 400, then looked up for its 404.
    .openapi(soleHandler(router, getProcedure), (c) => {
      const entry = catalog.snapshot().byCode.get(c.req.param("code"));
      if (entry) return preparedJson<ProcedureDetail>(c, entry.detail);
      return preparedJson<ProcedureDetail>(c, catalog.getProcedure(validParams(c, ProcedureCodeParam).code));
    });
}
