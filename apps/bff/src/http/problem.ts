import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode, FieldError, Problem } from "@motcua/contracts";
import { statusOfCode, titleOfCode } from "./app-error.ts";
import { scopeOf } from "./context.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=UTF-8";

interface ProblemExtra {
  errors?: FieldError[];
  headers?: Record<string, string>;
}

function problemBody(requestId: string, code: ErrorCode, detail: string | undefined, errors: FieldError[] | undefined): Problem {
  return {
    type: `https://motcua.vn/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title: titleOfCode[code],
    status: statusOfCode[code],
    code,
    requestId,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

/** Answers that must not be cached: failures of the server and of authorisation. */
const uncacheable = (status: number) => status >= 500 || status === 401 || status === 403;

/** Renders a problem through `c` so headers set earlier survive. */
export function problemResponse(c: Context, code: ErrorCode, detail?: string, extra: ProblemExtra = {}): Response {
  const status = statusOfCode[code];
  for (const [name, value] of Object.entries(extra.headers ?? {})) c.header(name, value);
  if (uncacheable(status)) c.header("Cache-Control", "no-store");
  c.header("Content-Type", PROBLEM_CONTENT_TYPE);
  return c.body(JSON.stringify(problemBody(scopeOf(c)?.id ?? "", code, detail, extra.errors)), status as ContentfulStatusCode);
}

/** A problem answered before any route has a context (the request-context layer's refusals). */
export function problemFor(requestId: string, code: ErrorCode, detail?: string, extra: ProblemExtra = {}): Response {
  const status = statusOfCode[code];
  const headers: Record<string, string> = { ...extra.headers, "Content-Type": PROBLEM_CONTENT_TYPE };
  if (uncacheable(status)) headers["Cache-Control"] = "no-store";
  return new Response(JSON.stringify(problemBody(requestId, code, detail, extra.errors)), { status, headers });
}
