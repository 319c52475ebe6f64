/**
 * The baselines for HTTP benchmarks: bare Hono on @hono/node-server. `/hello` is hello-world;
 * `/copy` (when COPY_BODY_FILE is set) sends a recorded response's exact bytes and headers with no
 * middleware, the most any route sending that response could reach. Prints `PORT <n>` once listening.
 */
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono().get("/hello", (c) => c.json({ hello: "world" }));
const copyFile = process.env.COPY_BODY_FILE;
if (copyFile) {
  const body = readFileSync(copyFile) as Uint8Array<ArrayBuffer>;
  const headers = JSON.parse(process.env.COPY_HEADERS ?? "{}") as Record<string, string>;
  // A fresh request id each time, as the real route sends.
  app.get("/copy", () => new Response(body, { status: 200, headers: { ...headers, "x-request-id": crypto.randomUUID() } }));
}
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  process.stdout.write(`PORT ${info.port}\n`);
});
