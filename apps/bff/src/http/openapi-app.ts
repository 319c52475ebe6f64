import { OpenAPIHono, type Hook, type RouteConfig } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { z } from "zod";
import { issuesToFieldErrors } from "@motcua/contracts";
import type { AppEnv } from "./context.ts";
import { AppError } from "./app-error.ts";

const badParameters = (errors: ReturnType<typeof issuesToFieldErrors>) => new AppError("BAD_REQUEST", "Tham số không hợp lệ.", { errors });

/**
 * One validation hook for every route: query and path problems are the caller's URL (400),
 * body problems are content (422), and unknown body fields get their own code.
 */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (result.success) return;
  const errors = issuesToFieldErrors(result.error.issues);
  if (result.target === "query" || result.target === "param" || result.target === "header") throw badParameters(errors);
  const onlyUnknown = errors.length > 0 && errors.every((e) => e.code === "UNKNOWN_FIELD");
  throw new AppError(onlyUnknown ? "UNKNOWN_FIELD" : "VALIDATION_FAILED", "Dữ liệu gửi lên chưa hợp lệ, xem chi tiết từng trường.", { errors });
};

/**
 * A route documented and typed as written, but answered by its handler alone: no validator or route
 * middleware runs in front of it. With nothing in front, Hono calls the handler directly and a
 * prepared answer goes out in the same tick; a chain of handlers would go through promises. The
 * handler validates its own input with `validQuery` / `validParams` and the route's schemas.
 */
export function soleHandler<R extends RouteConfig>(router: OpenAPIHono<AppEnv>, route: R): R {
  router.openAPIRegistry.registerPath(route);
  return { ...route, request: undefined, middleware: undefined, hide: true } as unknown as R;
}

/** The query string parsed as the zod-openapi validator parses it (a repeated name becomes a list), checked against `schema`. */
export function validQuery<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const raw = Object.fromEntries(Object.entries(c.req.queries()).map(([name, values]) => [name, values.length === 1 ? values[0] : values]));
  const result = schema.safeParse(raw);
  if (!result.success) throw badParameters(issuesToFieldErrors(result.error.issues));
  return result.data;
}

/** The path parameters, checked against `schema`. */
export function validParams<T extends z.ZodType>(c: Context, schema: T): z.output<T> {
  const result = schema.safeParse(c.req.param());
  if (!result.success) throw badParameters(issuesToFieldErrors(result.error.issues));
  return result.data;
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
