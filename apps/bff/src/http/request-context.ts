import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";
import type { AppEnv } from "./context.ts";
import { hasMalformedPercentEncoding } from "./url-encoding.ts";
import { problemResponse } from "./problem.ts";

const INCOMING_ID = /^[\w\-=]{1,128}$/;

/**
 * The headers every response carries, as an object literal: V8 keeps it a fast object. Built with
 * spread syntax instead, it turns into a dictionary, and walking its keys costs microseconds a request.
 */
function sharedHeaders(requestId: string): Record<string, string> {
  return {
    "X-Request-Id": requestId,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    "Cross-Origin-Resource-Policy": "same-site",
  };
}

const CORS_ALLOW_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-Match, If-None-Match, X-Request-Id";
const CORS_EXPOSE_HEADERS = "ETag, Retry-After, X-Request-Id, Location, Content-Disposition";

export interface RequestContextOptions {
  logger: Logger;
  corsOrigins: readonly string[];
}

const carriesBody = (contentLength: string | undefined, transferEncoding: string | undefined) =>
  transferEncoding !== undefined || (contentLength !== undefined && contentLength !== "0");

/**
 * Adds the shared headers to a finished response without replacing what the route chose; `Vary`
 * lists are joined. Mutating `res.headers` keeps @hono/node-server on its cached-response path,
 * where `c.header()` after `next()` would rebuild the response as a stream and cost ~10x.
 */
function addSharedHeaders(res: Response, shared: Record<string, string>): void {
  const headers = res.headers;
  for (const name in shared) {
    const current = headers.get(name);
    if (current === null) headers.set(name, shared[name]!);
    else if (name === "Vary" && !current.includes(shared[name]!)) headers.set(name, `${shared[name]}, ${current}`);
  }
}

/**
 * Request id, security headers, CORS and the access log in one middleware. The headers are kept
 * as a plain object and added once the route has answered, so a prepared response can carry them
 * in its own plain object and never build a `Headers` at all (see prepared-json.ts).
 */
export function requestContext({ logger, corsOrigins }: RequestContextOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(corsOrigins);
  return async function requestContextMiddleware(c, next) {
    const started = performance.now();
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", requestId);
    c.set("logger", logger);
    const shared = sharedHeaders(requestId);

    const origin = c.req.header("origin");
    if (origin && allowed.has(origin)) {
      shared["Access-Control-Allow-Origin"] = origin;
      shared["Vary"] = "Origin";
      shared["Access-Control-Expose-Headers"] = CORS_EXPOSE_HEADERS;
      if (c.req.method === "OPTIONS") {
        shared["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
        shared["Access-Control-Allow-Headers"] = CORS_ALLOW_HEADERS;
        shared["Access-Control-Max-Age"] = "600";
        return new Response(null, { status: 204, headers: shared });
      }
    }
    c.set("responseHeaders", shared);

    const refusal = refuseBeforeRouting(c);
    if (refusal) {
      addSharedHeaders(refusal, shared);
      return refusal;
    }

    await next();
    if (!c.get("responseHeadersIncluded")) addSharedHeaders(c.res, shared);

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

function refuseBeforeRouting(c: Context<AppEnv>): Response | undefined {
  if (hasMalformedPercentEncoding(c.req.url)) {
    return problemResponse(c, "MALFORMED_URL", "Địa chỉ chứa mã hóa phần trăm (%) không hợp lệ.");
  }
  // No route reads a GET body, so an endless one would only be drained until the request timeout:
  // refuse it and close the connection instead.
  if ((c.req.method === "GET" || c.req.method === "HEAD") && carriesBody(c.req.header("content-length"), c.req.header("transfer-encoding"))) {
    return problemResponse(c, "PAYLOAD_TOO_LARGE", "Yêu cầu GET không được có nội dung.", { headers: { Connection: "close" } });
  }
  return undefined;
}
