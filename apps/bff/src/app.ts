import { fileURLToPath } from "node:url";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { apiDocs } from "./http/api-docs.ts";
import type { AppEnv } from "./http/context.ts";
import { createErrorHandler } from "./http/error-handler.ts";
import { notFoundOrMethodNotAllowed } from "./http/method-not-allowed.ts";
import { validationHook } from "./http/openapi-app.ts";
import { problemResponse } from "./http/problem.ts";
import { withRequestContext } from "./http/request-context.ts";
import { mountStaticSite } from "./http/static-site.ts";
import { metricsRoutes } from "./http/metrics.ts";
import { adminUnitsRoutes } from "./modules/admin-units/admin-units.routes.ts";
import { catalogRoutes } from "./modules/catalog/catalog.routes.ts";
import { dossiersRoutes } from "./modules/dossiers/dossiers.routes.ts";
import { draftsRoutes } from "./modules/drafts/drafts.routes.ts";
import { identityRoutes } from "./modules/identity/identity.routes.ts";
import { uploadsRoutes } from "./modules/uploads/uploads.routes.ts";
import { requireOfficer, requireOfficerRole, type DeskEnv } from "./modules/desk/desk-http.ts";
import { findAgencyDossier } from "./modules/desk/desk.repo.ts";
import { deskRoutes } from "./modules/desk/desk.routes.ts";
import { documentsRoutes } from "./modules/documents/documents.routes.ts";
import { statsRoutes } from "./modules/stats/stats.routes.ts";
import { satisfactionRoutes } from "./modules/stats/satisfaction.routes.ts";
import { holidaysRoutes } from "./modules/holidays/holidays.routes.ts";
import { ratingsRoutes } from "./modules/ratings/ratings.routes.ts";
import { feedbackRoutes } from "./modules/feedback/feedback.routes.ts";
import { appointmentsRoutes } from "./modules/appointments/appointments.routes.ts";
import { serviceRequestsRoutes } from "./modules/service-requests/service-requests.routes.ts";
import { rateLimit } from "./http/rate-limit.ts";
import { clientAddressOf, clientAddressResolver } from "./http/client-address.ts";
import type { Services } from "./services.ts";

const READY_TIMEOUT_MS = 1000;

/** The officer console's build output (`apps/console`, built by the start command). */
const CONSOLE_DIST = fileURLToPath(new URL("../../console/dist", import.meta.url));
/** The citizens' mini app build (`apps/mini-app`), served under Zalo's own path shape for local use. */
const MINI_APP_DIST = fileURLToPath(new URL("../../mini-app/www", import.meta.url));
/** zmp-ui's router requires `/zapps/<APP_ID>`; this is the id a browser outside Zalo uses. */
export const LOCAL_MINI_APP_PATH = "/zapps/motcua";
const MINI_APP_CSP =
  "default-src 'self'; img-src 'self' blob: data:; font-src 'self' https://h5.zadn.vn; style-src 'self' 'unsafe-inline'; connect-src 'self' blob:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
const CONSOLE_CSP =
  "default-src 'self'; img-src 'self' blob: data:; frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms).unref()),
  ]);
}

export function createApp(s: Services) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler());
  app.notFound(notFoundOrMethodNotAllowed(app));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.route("/", metricsRoutes());
  app.get("/readyz", async (c) => {
    try {
      await withTimeout(s.database.ping(), READY_TIMEOUT_MS);
      return c.json({ status: "ready" });
    } catch {
      return problemResponse(c, "SERVICE_UNAVAILABLE", "Cơ sở dữ liệu không phản hồi.", { headers: { "Retry-After": "2" } });
    }
  });

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer" });
  // Per-address limits on password and token sign-ins; the per-account officer lockout alone would
  // let one client try a password across every account.
  const clientAddress = clientAddressResolver(s.config.TRUSTED_PROXY_HOPS);
  const signInLimit = { limiter: s.limiter, limit: s.config.SIGN_IN_LIMIT_PER_MINUTE, windowMs: 60_000, key: clientAddress };
  app.use("/api/v1/desk/sessions", rateLimit({ ...signInLimit, name: "desk-sign-in" }));
  app.use("/api/v1/auth/*", rateLimit({ ...signInLimit, name: "sign-in" }));
  app.on("POST", "/api/v1/uploads", rateLimit({ limiter: s.limiter, name: "upload", limit: s.config.UPLOAD_LIMIT_PER_MINUTE, windowMs: 60_000, key: clientAddress }));
  const officer = requireOfficer(s.sessions, s.officerAuth);
  const api = app
    .route("/api/v1", catalogRoutes(s.catalog))
    .route("/api/v1", adminUnitsRoutes(s.adminUnits))
    .route("/api/v1", identityRoutes({ identity: s.identity, sessions: s.sessions }))
    .route("/api/v1", uploadsRoutes({ uploads: s.uploads, sessions: s.sessions }))
    .route("/api/v1", draftsRoutes({ drafts: s.drafts, sessions: s.sessions }))
    .route(
      "/api/v1",
      dossiersRoutes({ dossiers: s.dossiers, sessions: s.sessions, limiter: s.limiter, trackLimit: { ...s.trackLimit, key: clientAddress } }),
    )
    .route("/api/v1", deskRoutes({ desk: s.desk, officerAuth: s.officerAuth, sessions: s.sessions }))
    .route("/api/v1", statsRoutes({ stats: s.stats, requireManager: requireOfficerRole(officer, ["manager", "admin"]) }))
    .route("/api/v1", satisfactionRoutes({ satisfaction: s.satisfaction, requireManager: requireOfficerRole(officer, ["manager", "admin"]) }))
    .route("/api/v1", holidaysRoutes({ holidays: s.holidays, requireOfficer: officer }))
    .route("/api/v1", ratingsRoutes({ ratings: s.ratings, sessions: s.sessions }))
    .route("/api/v1", feedbackRoutes({ feedback: s.feedback, sessions: s.sessions, requireOfficer: officer }))
    .route("/api/v1", appointmentsRoutes({ appointments: s.appointments, sessions: s.sessions, requireOfficer: officer }))
    .route("/api/v1", serviceRequestsRoutes({ serviceRequests: s.serviceRequests, sessions: s.sessions, requireOfficer: officer }))
    .route(
      "/api/v1",
      documentsRoutes({
        documents: s.documents,
        requireOfficer: officer,
        officerOf: (c) => (c as Context<DeskEnv>).get("officer"),
        loadDossier: (id, who) => findAgencyDossier(s.database.db, who.agencyCode, id),
      }),
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
  mountStaticSite(app, { basePath: "/console", dir: CONSOLE_DIST, csp: CONSOLE_CSP });
  // The receipt's QR code prints `<PUBLIC_BASE_URL>/tra-cuu?code=…&secret=…`: the mini app's lookup answers it.
  app.get("/tra-cuu", (c) => {
    const query = new URL(c.req.url).search;
    return c.redirect(`${LOCAL_MINI_APP_PATH}/lookup${query}`, 302);
  });
  if (mountStaticSite(app, { basePath: LOCAL_MINI_APP_PATH, dir: MINI_APP_DIST, csp: MINI_APP_CSP, anchorRelativeUrls: true })) {
    app.get("/", (c) => c.redirect(`${LOCAL_MINI_APP_PATH}/`, 302));
  }

  // Every request, through `fetch` or `request`, enters by this door (see request-context.ts).
  api.fetch = withRequestContext(api.fetch, {
    logger: s.logger,
    corsOrigins: s.config.CORS_ORIGINS,
    flood: { windows: s.floodLimiter, limit: s.config.API_LIMIT_PER_MINUTE, windowMs: 60_000, key: clientAddressOf(s.config.TRUSTED_PROXY_HOPS) },
  });
  return api;
}

export type AppType = ReturnType<typeof createApp>;
