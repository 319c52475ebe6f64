/**
 * The uploads route alone in its own process, so a test can measure what an upload costs in RSS
 * without the test runner's own memory in the way. Prints `{ port, token }` as its first line.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { openDatabase } from "../../db/client.ts";
import { migrateDatabase } from "../../db/migrate.ts";
import { citizen } from "../../db/schema/index.ts";
import { createFsStorage } from "../../integrations/storage/fs-storage.ts";
import { createLogger } from "../../logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createSessionService } from "../identity/session.service.ts";
import { createUploadsService } from "./uploads.service.ts";
import { uploadsRoutes } from "./uploads.routes.ts";

const MB = 1024 * 1024;
const dir = await mkdtemp(join(tmpdir(), "motcua-upload-memory-"));
const database = await openDatabase({ kind: "pglite" });
await migrateDatabase(database);
const [row] = await database.db.insert(citizen).values({ zaloId: "memory-fixture" }).returning();
const sessions = createSessionService({ db: database.db, ttlMinutes: 60 });
const { token } = await sessions.issue("citizen", row!.id);
const storage = await createFsStorage(join(dir, "uploads"));
const uploads = createUploadsService({
  db: database.db,
  storage,
  limits: { maxBytes: 60 * MB, dailyFiles: 10, dailyBytes: 1024 * MB, ttlHours: 24 },
});
const app = mountForTest(uploadsRoutes({ uploads, sessions }), createLogger("warn", process.stderr));

// RSS sampled every few milliseconds: `maxRSS` alone would report PGlite's start-up peak.
const gc = (globalThis as { gc?: () => void }).gc;
let baseline = 0;
let peak = 0;
let maxRssBefore = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 2).unref();
app.get("/__rss/mark", (c) => {
  gc?.();
  baseline = process.memoryUsage.rss();
  peak = baseline;
  maxRssBefore = process.resourceUsage().maxRSS * 1024;
  return c.json({ baseline });
});
app.get("/__rss", (c) => {
  peak = Math.max(peak, process.memoryUsage.rss());
  return c.json({ baseline, peak, maxRssBefore, maxRssAfter: process.resourceUsage().maxRSS * 1024 });
});

const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, token })}\n`);
});
const stop = () =>
  server.close(async () => {
    await database.close();
    await rm(dir, { recursive: true, force: true });
    process.exit(0);
  });
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
