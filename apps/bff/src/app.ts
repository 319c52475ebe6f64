import { OpenAPIHono } from "@hono/zod-openapi";
import type { Database } from "./db/client.ts";
import { apiDocs } from "./http/api-docs.ts";
import type { AppEnv } from "./http/context.ts";
import { createErrorHandler } from "./http/error-handler.ts";
import { notFoundOrMethodNotAllowed } from "./http/method-not-allowed.ts";
import { validationHook } from "./http/openapi-app.ts";
import { problemResponse } from "./http/problem.ts";
import { requestContext } from "./http/request-context.ts";
import type { Logger } from "./logger.ts";
import { catalogRoutes } from "./modules/catalog/catalog.routes.ts";
import type { CatalogService } from "./modules/catalog/catalog.service.ts";

export interface AppDeps {
  logger: Logger;
  database: Pick<Database, "ping">;
  catalog: CatalogService;
  corsOrigins: readonly string[];
}

const READY_TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use("*", requestContext({ logger: deps.logger, corsOrigins: deps.corsOrigins }));
  app.onError(createErrorHandler());
  app.notFound(notFoundOrMethodNotAllowed(app));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await withTimeout(deps.database.ping(), READY_TIMEOUT_MS);
      return c.json({ status: "ready" });
    } catch {
      return problemResponse(c, "SERVICE_UNAVAILABLE", "Cơ sở dữ liệu không phản hồi.", { headers: { "Retry-After": "2" } });
    }
  });

  const api = app.route("/api/v1", catalogRoutes(deps.catalog));

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "motcua API",
      version: "1.0.0",
      description: "Danh mục thủ tục hành chính, nộp và theo dõi hồ sơ trực tuyến — Trung tâm Phục vụ hành chính công.",
    },
  });
  app.route("/api", apiDocs("/api/openapi.json"));

  return api;
}

export type AppType = ReturnType<typeof createApp>;
