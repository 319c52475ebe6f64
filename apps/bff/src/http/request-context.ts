import type { IncomingMessage, ServerResponse } from "node:http";
import { getPath } from "hono/utils/url";
import type { Logger } from "../logger.ts";
import type { ClientAddressOf } from "./client-address.ts";
import type { RequestScope } from "./context.ts";
import { problemFor } from "./problem.ts";
import type { FixedWindows } from "./rate-limit.ts";
import { hasMalformedPercentEncoding } from "./url-encoding.ts";

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

export interface FloodGuard {
  windows: FixedWindows;
  limit: number;
  windowMs: number;
  key: ClientAddressOf;
}

export interface RequestContextOptions {
  logger: Logger;
  corsOrigins: readonly string[];
  /** A per-instance cap on /api requests per client address, checked before routing. */
  flood?: FloodGuard;
}

type Fetch = (request: Request, env?: object) => Response | Promise<Response>;
type NodeEnv = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

const carriesBody = (contentLength: string | null, transferEncoding: string | null) =>
  transferEncoding !== null || (contentLength !== null && contentLength !== "0");

/**
 * Adds the shared headers to a finished response without replacing what the route chose; `Vary`
 * lists are joined.
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
 * Request id, security headers, CORS, the flood guard and the access log, around the app's own
 * fetch rather than as Hono middleware. Any middleware sends every request through Hono's async
 * compose and @hono/node-server's promise path; out here, a route that answers at once (the
 * catalog's prepared bodies) stays synchronous end to end, which halves what the stack costs it.
 */
export function withRequestContext(fetch: Fetch, { logger, corsOrigins, flood }: RequestContextOptions) {
  const allowed = new Set(corsOrigins);
  return function handleWithContext(request: Request, env?: NodeEnv): Response | Promise<Response> {
    const started = performance.now();
    const incomingId = request.headers.get("x-request-id");
    const id = incomingId && INCOMING_ID.test(incomingId) ? incomingId : crypto.randomUUID();
    const headers = sharedHeaders(id);
    const scope: RequestScope = { id, logger, headers, headersIncluded: false, subjectId: undefined };

    const origin = request.headers.get("origin");
    if (origin && allowed.has(origin)) {
      headers["Access-Control-Allow-Origin"] = origin;
      headers["Vary"] = "Origin";
      headers["Access-Control-Expose-Headers"] = CORS_EXPOSE_HEADERS;
      if (request.method === "OPTIONS") {
        headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
        headers["Access-Control-Allow-Headers"] = CORS_ALLOW_HEADERS;
        headers["Access-Control-Max-Age"] = "600";
        return new Response(null, { status: 204, headers });
      }
    }

    const refusal = refuseBeforeRouting(request, env?.incoming, scope, flood);
    if (refusal) return finish(refusal, request, scope, started);
    const res = fetch(request, { incoming: env?.incoming, outgoing: env?.outgoing, scope });
    return res instanceof Promise ? res.then((answered) => finish(answered, request, scope, started)) : finish(res, request, scope, started);
  };
}

function finish(res: Response, request: Request, scope: RequestScope, started: number): Response {
  if (!scope.headersIncluded) addSharedHeaders(res, scope.headers);
  if (scope.logger.isLevelEnabled("info")) {
    scope.logger.info({
      requestId: scope.id,
      method: request.method,
      path: getPath(request),
      status: res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(scope.subjectId ? { subjectId: scope.subjectId } : {}),
    });
  }
  return res;
}

function refuseBeforeRouting(request: Request, incoming: IncomingMessage | undefined, scope: RequestScope, flood: FloodGuard | undefined): Response | undefined {
  if (hasMalformedPercentEncoding(request.url)) {
    return problemFor(scope.id, "MALFORMED_URL", "Địa chỉ chứa mã hóa phần trăm (%) không hợp lệ.");
  }
  // No route reads a GET body, so an endless one would only be drained until the request timeout:
  // refuse it and close the connection instead.
  if ((request.method === "GET" || request.method === "HEAD") && carriesBody(request.headers.get("content-length"), request.headers.get("transfer-encoding"))) {
    return problemFor(scope.id, "PAYLOAD_TOO_LARGE", "Yêu cầu GET không được có nội dung.", { headers: { Connection: "close" } });
  }
  if (flood && isApiPath(getPath(request))) {
    const decision = flood.windows.take(`api:${flood.key(request.headers, incoming)}`, flood.limit, flood.windowMs);
    if (!decision.allowed) {
      return problemFor(scope.id, "RATE_LIMITED", `Bạn đã thử quá nhiều lần; vui lòng thử lại sau ${decision.retryAfter} giây.`, {
        headers: { "Retry-After": String(decision.retryAfter) },
      });
    }
  }
  return undefined;
}

const isApiPath = (path: string) => path === "/api" || path.startsWith("/api/");
