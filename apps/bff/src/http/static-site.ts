import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import type { AppEnv } from "./context.ts";

export interface StaticSiteOptions {
  /** URL prefix without a trailing slash, e.g. `/console`. */
  basePath: string;
  /** A Vite build output: index.html plus hashed files under assets/. */
  dir: string;
  /** Content-Security-Policy for the HTML shell. */
  csp: string;
}

/**
 * Serves a built single-page app under `basePath`: hashed assets cached for a year, the HTML shell
 * never cached, and any other path under the prefix answered with the shell so deep links work.
 * Does nothing when the app has not been built (API-only runs and tests).
 */
export function mountStaticSite(app: Hono<AppEnv>, { basePath, dir, csp }: StaticSiteOptions): boolean {
  if (!existsSync(join(dir, "index.html"))) return false;
  const strip = (path: string) => path.slice(basePath.length) || "/";
  app.get(basePath, (c) => c.redirect(`${basePath}/`, 301));
  app.use(`${basePath}/assets/*`, async (c, next) => {
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    await next();
  });
  const isShell = (path: string) => !/\.[a-z0-9]+$/i.test(path);
  app.get(
    `${basePath}/*`,
    async (c, next) => {
      if (isShell(c.req.path)) {
        c.header("Cache-Control", "no-cache");
        c.header("Content-Security-Policy", csp);
      }
      await next();
    },
    serveStatic({ root: dir, rewriteRequestPath: strip }),
    async (c, next) => (isShell(c.req.path) ? serveStatic({ root: dir, path: "index.html" })(c, next) : next()),
  );
  return true;
}
