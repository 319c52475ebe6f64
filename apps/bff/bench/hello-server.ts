/** The baseline for HTTP benchmarks: bare Hono on @hono/node-server. Prints `PORT <n>` once listening. */
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono().get("/hello", (c) => c.json({ hello: "world" }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  process.stdout.write(`PORT ${info.port}\n`);
});
