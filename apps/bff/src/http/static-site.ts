import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";
import { compress } from "hono/compress";
import type { AppEnv } from "./context.ts";

const STATIC_FILE = /\.(?:html|js|mjs|css|map|json|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|txt|webmanifest)$/i;

export interface StaticSiteOptions {
  /** URL prefix without a trailing slash, e.g. `/console`. */
  basePath: string;
  /** A Vite build output: index.html plus hashed files under assets/. */
  dir: string;
  /** Content-Security-Policy for the HTML shell. */
  csp: string;
  /**
   * Builds with relative asset URLs (zmp-vite-plugin's `base: "./"`) break on deep links such as
   * `/zapps/x/procedures/1.0`; a `<base href>` in the served shell anchors them at the prefix.
   */
  anchorRelativeUrls?: boolean;
}

/**
 * Serves a built single-page app under `basePath`: hashed assets cached for a year, the HTML shell
 * never cached, and any other path under the prefix answered with the shell so deep links work.
 * Does nothing when the app has not been built (API-only runs and tests).
 */
export function mountStaticSite(app: Hono<AppEnv>, { basePath, dir, csp, anchorRelativeUrls = false }: StaticSiteOptions): boolean {
  const shellPath = join(dir, "index.html");
  if (!existsSync(shellPath)) return false;
  // Read per request (a few hundred bytes) so a rebuild while the server runs is served at once.
  const anchoredShell = async () => {
    const html = await readFile(shellPath, "utf8");
    const base = `<base href="${basePath}/" />`;
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${base}`) : html.replace(/^(<!doctype[^>]*>)?/i, `$1${base}`);
  };
  const strip = (path: string) => path.slice(basePath.length) || "/";
  app.get(basePath, (c) => c.redirect(`${basePath}/`, 301));
  app.use(`${basePath}/assets/*`, async (c, next) => {
    c.header("Cache-Control", "public, max-age=31536000, immutable");
    await next();
  });
  // On 3G the entry chunk's 365 kB raw is 115 kB gzipped: seconds saved before the first screen.
  app.use(`${basePath}/assets/*`, compress());
  // Only a built file's extension makes a path a file: app routes may hold dots (`/procedures/2.000488`).
  const isShell = (path: string) => !STATIC_FILE.test(path);
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
    async (c, next) => {
      if (!isShell(c.req.path)) return next();
      return anchorRelativeUrls ? c.html(await anchoredShell()) : serveStatic({ root: dir, path: "index.html" })(c, next);
    },
  );
  return true;
}
