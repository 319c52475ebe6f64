import { OpenAPIHono } from "@hono/zod-openapi";
import { apiDocs } from "./http/api-docs.ts";
import type { AppEnv } from "./http/context.ts";
import { createErrorHandler } from "./http/error-handler.ts";
import { notFoundOrMethodNotAllowed } from "./http/method-not-allowed.ts";
import { validationHook } from "./http/openapi-app.ts";
import { problemResponse } from "./http/problem.ts";
import { requestContext } from "./http/request-context.ts";
import { adminUnitsRoutes } from "./modules/admin-units/admin-units.routes.ts";
import { catalogRoutes } from "./modules/catalog/catalog.routes.ts";
import { dossiersRoutes } from "./modules/dossiers/dossiers.routes.ts";
import { draftsRoutes } from "./modules/drafts/drafts.routes.ts";
import { identityRoutes } from "./modules/identity/identity.routes.ts";
import { uploadsRoutes } from "./modules/uploads/uploads.routes.ts";
import type { Services } from "./services.ts";

const READY_TIMEOUT_MS = 1000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);
}

export function createApp(s: Services) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use("*", requestContext({ logger: s.logger, corsOrigins: s.config.CORS_ORIGINS }));
  app.onError(createErrorHandler());
  app.notFound(notFoundOrMethodNotAllowed(app));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await withTimeout(s.database.ping(), READY_TIMEOUT_MS);
      return c.json({ status: "ready" });
    } catch {
      return problemResponse(c, "SERVICE_UNAVAILABLE", "Cơ sở dữ liệu không phản hồi.", { headers: { "Retry-After": "2" } });
    }
  });

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  const api = app
    .route("/api/v1", catalogRoutes(s.catalog))
    .route("/api/v1", adminUnitsRoutes(s.adminUnits))
    .route("/api/v1", identityRoutes({ identity: s.identity, sessions: s.sessions }))
    .route("/api/v1", uploadsRoutes({ uploads: s.uploads, sessions: s.sessions }))
    .route("/api/v1", draftsRoutes({ drafts: s.drafts, sessions: s.sessions }))
    .route(
      "/api/v1",
      dossiersRoutes({ dossiers: s.dossiers, sessions: s.sessions, limiter: s.limiter, trackLimit: s.trackLimit }),
    );

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
