import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";
import type { AppEnv } from "./context.ts";
import { hasMalformedPercentEncoding } from "./url-encoding.ts";
import { problemResponse } from "./problem.ts";

const INCOMING_ID = /^[\w\-=]{1,128}$/;

const SECURITY_HEADERS: ReadonlyArray<[string, string]> = [
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
  ["Cross-Origin-Resource-Policy", "same-site"],
];

const CORS_ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, X-Request-Id";
const CORS_EXPOSE_HEADERS = "ETag, Retry-After, X-Request-Id, Location, Content-Disposition";

export interface RequestContextOptions {
  logger: Logger;
  corsOrigins: readonly string[];
}

const carriesBody = (contentLength: string | undefined, transferEncoding: string | undefined) =>
  transferEncoding !== undefined || (contentLength !== undefined && contentLength !== "0");

/**
 * Request id, security headers, CORS and the access log in one middleware. Every header is set with
 * `c.header()` before `next()`: touching the response headers afterwards (as hono's stock cors and
 * secure-headers do) pushes @hono/node-server off its fast path and costs ~10x throughput.
 */
export function requestContext({ logger, corsOrigins }: RequestContextOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(corsOrigins);
  return async function requestContextMiddleware(c, next) {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", requestId);
    c.set("logger", logger);
    c.header("X-Request-Id", requestId);
    for (const [name, value] of SECURITY_HEADERS) c.header(name, value);

    const origin = c.req.header("origin");
    if (origin && allowed.has(origin)) {
      c.header("Access-Control-Allow-Origin", origin);
      c.header("Vary", "Origin");
      c.header("Access-Control-Expose-Headers", CORS_EXPOSE_HEADERS);
      if (c.req.method === "OPTIONS") {
        c.header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        c.header("Access-Control-Allow-Headers", CORS_ALLOW_HEADERS);
        c.header("Access-Control-Max-Age", "600");
        return c.body(null, 204);
      }
    }

    if (hasMalformedPercentEncoding(c.req.url)) {
      return problemResponse(c, "MALFORMED_URL", "Địa chỉ chứa mã hóa phần trăm (%) không hợp lệ.");
    }

    // No route reads a GET body, so an endless one would only be drained until the request timeout:
    // refuse it and close the connection instead.
    if ((c.req.method === "GET" || c.req.method === "HEAD") && carriesBody(c.req.header("content-length"), c.req.header("transfer-encoding"))) {
      return problemResponse(c, "PAYLOAD_TOO_LARGE", "Yêu cầu GET không được có nội dung.", { headers: { Connection: "close" } });
    }

    await next();

    if (logger.isLevelEnabled("info")) {
      logger.info({
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        // Who acted: an IDOR probe or a refused officer is then traceable to a session's owner.
        ...(c.get("subjectId") ? { subjectId: c.get("subjectId") } : {}),
      });
    }
  };
}
