import type { Context, ErrorHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ErrorCode } from "@motcua/contracts";
import type { Logger } from "../logger.ts";
import { AppError } from "./app-error.ts";
import { scopeOf, type AppEnv } from "./context.ts";
import { problemResponse } from "./problem.ts";

const codeOfHttpStatus: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  409: "CONFLICT",
  412: "PRECONDITION_FAILED",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  422: "VALIDATION_FAILED",
  428: "PRECONDITION_REQUIRED",
  429: "RATE_LIMITED",
  503: "SERVICE_UNAVAILABLE",
};

const UNAVAILABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Connection-level database failures: the request may succeed on retry, so they are 503, not 500.
 * SQLSTATE classes 08 (connection), 57P (operator intervention: shutdown), 53 (resources).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_ERRNO.has(code) || /^(08|57P|53)/.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && /Connection terminated|timeout exceeded when trying to connect|PGlite is closed/i.test(message)) {
      return true;
    }
  }
  return false;
}

export function createErrorHandler(): ErrorHandler<AppEnv> {
  return function handleError(err, c: Context<AppEnv>) {
    if (err instanceof AppError) {
      return problemResponse(c, err.code, err.detail, err.options);
    }
    if (err instanceof HTTPException) {
      const code = codeOfHttpStatus[err.status] ?? (err.status >= 500 ? "INTERNAL" : "BAD_REQUEST");
      const detail = /malformed json/i.test(err.message) ? undefined : err.message || undefined;
      return problemResponse(c, /malformed json/i.test(err.message) ? "MALFORMED_JSON" : code, detail);
    }
    const logger: Logger | undefined = scopeOf(c)?.logger;
    if (isDatabaseUnavailable(err)) {
      logger?.warn({ err }, "database unavailable");
      return problemResponse(c, "SERVICE_UNAVAILABLE", undefined, { headers: { "Retry-After": "2" } });
    }
    logger?.error({ err }, "unhandled error");
    return problemResponse(c, "INTERNAL");
  };
}
