import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import { seedCatalogIfEmpty } from "../db/seed/seed.ts";
import { createServices, type Services } from "../services.ts";
import { catalogTables, testDatabase, truncate, type DbKind } from "./db.ts";
import { startTestServer, type TestServer } from "./http-server.ts";
import { memoryLogger } from "./logger.ts";

export const TEST_ORIGIN = "https://h5.zdn.vn";

export const appTables = ["rate_limit_counter", "id_reveal", "daily_sequence", "officer", "dossier_event", "outbox", "idempotency_key", "upload", "dossier", "draft", "session", "citizen", ...catalogTables];

export interface AppHarness {
  services: Services;
  server: TestServer;
  logLines: string[];
  /** Development sign-in through the real route; returns the bearer token. */
  signIn(name?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The whole app, built by the same composition root as production, on a real socket over a
 * freshly seeded database of the given kind. `env` overrides the test configuration.
 */
export async function startAppHarness(kind: DbKind, env: Record<string, string> = {}): Promise<AppHarness> {
  const database = await testDatabase(kind);
  await truncate(database.db, appTables);
  const { logger, lines } = memoryLogger();
  await seedCatalogIfEmpty(database.db, logger);
  const config = loadConfig({
    NODE_ENV: "test",
    DATA_DIR: mkdtempSync(join(tmpdir(), "motcua-test-")),
    CATALOG_REFRESH_MS: "0",
    CORS_ORIGINS: TEST_ORIGIN,
    SIGN_IN_LIMIT_PER_MINUTE: "10000",
    UPLOAD_LIMIT_PER_MINUTE: "10000",
    CITIZEN_LIMIT_PER_MINUTE: "100000",
    ...env,
  });
  const services = await createServices(config, database, logger);
  const server = await startTestServer(createApp(services));
  return {
    services,
    server,
    logLines: lines,
    async signIn(name = "Nguyễn Văn An") {
      const res = await fetch(`${server.url}/api/v1/auth/dev`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name }),
      });
      if (res.status !== 200) throw new Error(`dev sign-in failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    },
    close: async () => {
      services.catalog.stop();
      await server.close();
    },
  };
}
