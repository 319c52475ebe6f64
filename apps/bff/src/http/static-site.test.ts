import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "./context.ts";
import { mountStaticSite } from "./static-site.ts";

function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "motcua-site-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Bàn làm việc</title>");
  writeFileSync(join(dir, "assets", "app.3f2a.js"), `console.log(${JSON.stringify("motcua ".repeat(400))})`);
  return dir;
}

describe("static site", () => {
  const app = new Hono<AppEnv>();
  const mounted = mountStaticSite(app, { basePath: "/console", dir: builtSite(), csp: "default-src 'self'" });

  it("serves the shell without caching, for the root and for deep links", async () => {
    expect(mounted).toBe(true);
    for (const path of ["/console/", "/console/ho-so/123"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("Bàn làm việc");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-security-policy")).toBe("default-src 'self'");
    }
    expect((await app.request("/console")).headers.get("location")).toBe("/console/");
  });

  it("serves hashed assets for a year and never the shell for a missing file", async () => {
    const asset = await app.request("/console/assets/app.3f2a.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    const gzipped = await app.request("/console/assets/app.3f2a.js", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect((await app.request("/console/assets/missing.js")).status).toBe(404);
    expect((await app.request("/console/../package.json")).status).toBe(404);
  });

  it("anchors a relative-URL build at its prefix on deep links, dotted route segments included, and re-reads a rebuilt shell", async () => {
    const dir = builtSite();
    const miniApp = new Hono<AppEnv>();
    mountStaticSite(miniApp, { basePath: "/zapps/x", dir, csp: "default-src 'self'", anchorRelativeUrls: true });
    const deep = await miniApp.request("/zapps/x/procedures/2.000488");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<base href="/zapps/x/" />');

    writeFileSync(join(dir, "index.html"), "<!doctype html><head><title>Bản mới</title></head>");
    expect(await (await miniApp.request("/zapps/x/dossiers")).text()).toContain("Bản mới");
  });

  it("mounts nothing when the app was not built", () => {
    expect(mountStaticSite(new Hono<AppEnv>(), { basePath: "/x", dir: join(tmpdir(), "nope-nothing"), csp: "" })).toBe(false);
  });
});
