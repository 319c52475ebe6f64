import { OpenAPIHono, type Hook } from "@hono/zod-openapi";
import { issuesToFieldErrors } from "@motcua/contracts";
import type { AppEnv } from "./context.ts";
import { AppError } from "./app-error.ts";

/**
 * One validation hook for every route: query and path problems are the caller's URL (400),
 * body problems are content (422), and unknown body fields get their own code.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const errors = issuesToFieldErrors(result.error.issues);
  if (result.target === "query" || result.target === "param" || result.target === "header") {
    throw new AppError("BAD_REQUEST", "Tham số không hợp lệ.", { errors });
  }
  const onlyUnknown = errors.length > 0 && errors.every((e) => e.code === "UNKNOWN_FIELD");
  throw new AppError(onlyUnknown ? "UNKNOWN_FIELD" : "VALIDATION_FAILED", "Dữ liệu gửi lên chưa hợp lệ, xem chi tiết từng trường.", { errors });
};

export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
