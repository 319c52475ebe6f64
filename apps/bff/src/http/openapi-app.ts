import { OpenAPIHono, type Hook } from "@hono/zod-openapi";
import type { FieldError } from "@motcua/contracts";
import type { AppEnv } from "./context.ts";
import { AppError } from "./app-error.ts";

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
  keys?: string[];
}

export function fieldErrors(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return (issue.keys ?? []).map((key) => ({ field: base ? `${base}.${key}` : key, code: "UNKNOWN_FIELD", message: "Trường không được phép" }));
    }
    return [{ field: base, code: issue.code.toUpperCase(), message: issue.message }];
  });
}

/**
 * One validation hook for every route: query and path problems are the caller's URL (400),
 * body problems are content (422), and unknown body fields get their own code.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const errors = fieldErrors(result.error.issues as unknown as Issue[]);
  if (result.target === "query" || result.target === "param" || result.target === "header") {
    throw new AppError("BAD_REQUEST", "Tham số không hợp lệ.", { errors });
  }
  const onlyUnknown = errors.length > 0 && errors.every((e) => e.code === "UNKNOWN_FIELD");
  throw new AppError(onlyUnknown ? "UNKNOWN_FIELD" : "VALIDATION_FAILED", undefined, { errors });
};

export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
