import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import type { AppEnv } from "../http/context.ts";
import { createErrorHandler } from "../http/error-handler.ts";
import { notFoundOrMethodNotAllowed } from "../http/method-not-allowed.ts";
import { validationHook } from "../http/openapi-app.ts";
import { withRequestContext } from "../http/request-context.ts";
import type { Logger } from "../logger.ts";

/**
 * One module's router under /api/v1 behind the app's real middleware and error handling, for
 * module tests that do not need the whole app.
 */
export function mountForTest(router: Hono<any, any, any>, logger: Logger) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler());
  app.notFound(notFoundOrMethodNotAllowed(app));
  app.route("/api/v1", router);
  app.fetch = withRequestContext(app.fetch, { logger, corsOrigins: [] });
  return app;
}
