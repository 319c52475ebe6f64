import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openDatabase, pgliteDataDir } from "./db/client.ts";
import { grantAppRole, roleOf } from "./db/app-role.ts";
import { migrateDatabase } from "./db/migrate.ts";
import { seedCatalogIfEmpty } from "./db/seed/seed.ts";
import { seedDemoOfficers } from "./modules/desk/demo-officers.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { scheduleAuditCheck, scheduleMaintenance } from "./jobs.ts";
import { createServices } from "./services.ts";

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase(
    config.DATABASE_URL
      ? { kind: "postgres", url: config.DATABASE_URL }
      : { kind: "pglite", dataDir: pgliteDataDir(config.DATA_DIR) },
    logger,
  );
  if (config.DATABASE_URL && config.DATABASE_MIGRATION_URL) {
    const owner = await openDatabase({ kind: "postgres", url: config.DATABASE_MIGRATION_URL, poolSize: 1 }, logger);
    try {
      await migrateDatabase(owner);
      await grantAppRole(owner.db, roleOf(config.DATABASE_URL));
    } finally {
      await owner.close();
    }
  } else {
    await migrateDatabase(database);
  }
  if (config.SEED_CATALOG) {
    await seedCatalogIfEmpty(database.db, logger);
    if (config.NODE_ENV !== "production") await seedDemoOfficers(database.db, { nodeEnv: config.NODE_ENV, logger });
  }
  const services = await createServices(config, database, logger);
  const app = createApp(services);
  const stopMaintenance = scheduleMaintenance(services);
  const stopAuditCheck = scheduleAuditCheck(services);
  services.notifications?.start();
  services.holidays.start();

  // Timeouts must be given at creation: set afterwards, Node checks them too late to stop slow-loris.
  const server = serve({
    fetch: app.fetch,
    hostname: config.HOST,
    port: config.PORT,
    serverOptions: {
      requestTimeout: config.REQUEST_TIMEOUT_MS,
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: 1_000,
    },
  });
  server.once("listening", () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.PORT;
    logger.info({ port, database: database.kind }, "motcua BFF listening");
    process.stdout.write(
      [
        "",
        `  motcua is running (database: ${database.kind === "pglite" ? `PGlite in ${config.DATA_DIR}` : "PostgreSQL"})`,
        `  Citizen app:     http://localhost:${port}/ (open in a browser on this machine; use localhost, not 127.0.0.1)`,
        `  API:             http://localhost:${port}/api/v1/procedures?q=khai%20sinh`,
        `  API reference:   http://localhost:${port}/api/docs`,
        `  Officer console: http://localhost:${port}/console/ (demo officers: see README)`,
        "",
        "",
      ].join("\n"),
    );
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    services.catalog.stop();
    services.holidays.stop();
    stopMaintenance();
    stopAuditCheck();
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close(async () => {
      await services.notifications?.stop();
      await services.redisLimiter?.close();
      await database.close().catch((err: unknown) => logger.error({ err }, "closing the database failed"));
      clearTimeout(force);
      process.exit(0);
    });
    if ("closeIdleConnections" in server) server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`motcua failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
