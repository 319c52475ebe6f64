import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "./context.ts";

const swaggerDir = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=UTF-8",
  "swagger-ui-bundle.js": "text/javascript; charset=UTF-8",
};

const page = (specUrl: string) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>motcua — API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
</head>
<body>
<div id="api"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script>SwaggerUIBundle({ url: ${JSON.stringify(specUrl)}, dom_id: "#api", deepLinking: true });</script>
</body>
</html>`;

/** The OpenAPI page, rendered by swagger-ui from the installed package: no CDN, works offline. */
export function apiDocs(specUrl: string) {
  const cache = new Map<string, string>();
  return new Hono<AppEnv>()
    .get("/docs", (c) => c.html(page(specUrl)))
    .get("/docs/:asset", async (c) => {
      const asset = c.req.param("asset");
      const type = ASSETS[asset];
      if (!type) return c.notFound();
      let body = cache.get(asset);
      if (body === undefined) {
        body = await readFile(join(swaggerDir, asset), "utf8");
        cache.set(asset, body);
      }
      c.header("Content-Type", type);
      c.header("Cache-Control", "public, max-age=86400");
      return c.body(body);
    });
}
