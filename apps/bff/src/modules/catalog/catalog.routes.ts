import { createRoute, z } from "@hono/zod-openapi";
import { Agency, ProcedureDetail, ProcedureList, ProcedureListQuery, Sector } from "@motcua/contracts";
import { createRouter } from "../../http/openapi-app.ts";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../http/context.ts";
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

const getProcedureRoute = (middleware: MiddlewareHandler<AppEnv>) =>
  createRoute({
    middleware,
    method: "get",
    path: "/procedures/{code}",
    tags: ["Danh mục"],
    summary: "Chi tiết một thủ tục (mã quốc gia hoặc mã địa phương)",
    request: { params: z.object({ code: z.string().min(1).max(60) }) },
    responses: {
      200: json(ProcedureDetail, "Toàn bộ thông tin thủ tục; hỗ trợ ETag / If-None-Match"),
      304: { description: "Không thay đổi" },
      404: problem("Không có thủ tục với mã này"),
    },
  });

const listProceduresRoute = (middleware: MiddlewareHandler<AppEnv>) =>
  createRoute({
    middleware,
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
  const repeatSearch: MiddlewareHandler<AppEnv> = async (c, next) => {
    const hit = answered.get(cacheKey(c.req.url));
    if (hit) return preparedJson<ProcedureList>(c, hit) as unknown as Response;
    await next();
  };
  const listProcedures = listProceduresRoute(repeatSearch);
  // A code the catalog holds is one the route's schema accepts, so it is answered before the
  // validator runs; any other code goes on to validation and its 400 or 404.
  const knownCode: MiddlewareHandler<AppEnv> = async (c, next) => {
    const entry = catalog.snapshot().byCode.get(c.req.param("code") ?? "");
    if (entry) return preparedJson<ProcedureDetail>(c, entry.detail) as unknown as Response;
    await next();
  };
  const getProcedure = getProcedureRoute(knownCode);

  return createRouter()
    .openapi(listAgencies, (c) => preparedJson<{ items: Agency[] }>(c, catalog.agencies()))
    .openapi(listSectors, (c) => preparedJson<{ items: Sector[] }>(c, catalog.sectors()))
    .openapi(listProcedures, (c) => {
      const body = catalog.listProcedures(c.req.valid("query"));
      answered.set(cacheKey(c.req.url), body);
      return preparedJson<ProcedureList>(c, body);
    })
    .openapi(getProcedure, (c) => preparedJson<ProcedureDetail>(c, catalog.getProcedure(c.req.valid("param").code)));
}
