import type { Context, Hono, NotFoundHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { problemResponse } from "./problem.ts";

interface RoutePattern {
  regex: RegExp;
  methods: Set<string>;
}

function compile(routes: Hono["routes"]): RoutePattern[] {
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of routes) {
    if (method === "ALL" || path.includes("*")) continue;
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === "GET") methods.add("HEAD");
    byPath.set(path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    regex: new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z_]\w*/g, "[^/]+")}/?$`),
    methods,
  }));
}

/**
 * Hono answers an unmatched method with 404; a client deserves 405 and an `Allow` header when the
 * path exists under other methods. The route table is compiled on first use, once routes are final.
 */
export function notFoundOrMethodNotAllowed(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  let patterns: RoutePattern[] | undefined;
  return function handleNotFound(c: Context<AppEnv>) {
    patterns ??= compile(app.routes);
    const allowed = new Set<string>();
    for (const { regex, methods } of patterns) {
      if (regex.test(c.req.path)) for (const m of methods) allowed.add(m);
    }
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      return problemResponse(c, "METHOD_NOT_ALLOWED", undefined, { headers: { Allow: [...allowed].sort().join(", ") } });
    }
    return problemResponse(c, "NOT_FOUND");
  };
}
