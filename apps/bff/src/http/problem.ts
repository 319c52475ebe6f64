import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode, FieldError, Problem } from "@motcua/contracts";
import { statusOfCode, titleOfCode } from "./app-error.ts";

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=UTF-8";

/** Renders a problem through `c` so headers set earlier (request id, security) survive. */
export function problemResponse(
  c: Context,
  code: ErrorCode,
  detail?: string,
  extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const status = statusOfCode[code];
  const body: Problem = {
    type: `https://motcua.vn/problems/${code.toLowerCase().replaceAll("_", "-")}`,
    title: titleOfCode[code],
    status,
    code,
    requestId: c.get("requestId") ?? "",
    ...(detail ? { detail } : {}),
    ...(extra.errors?.length ? { errors: extra.errors } : {}),
  };
  for (const [name, value] of Object.entries(extra.headers ?? {})) c.header(name, value);
  if (status >= 500 || status === 401 || status === 403) c.header("Cache-Control", "no-store");
  c.header("Content-Type", PROBLEM_CONTENT_TYPE);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode);
}
