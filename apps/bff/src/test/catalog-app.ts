import { createApp } from "../app.ts";
import type { Database } from "../db/client.ts";
import { seedCatalogIfEmpty } from "../db/seed/seed.ts";
import { createCatalogService, type CatalogService } from "../modules/catalog/catalog.service.ts";
import { catalogTables, testDatabase, truncate, type DbKind } from "./db.ts";
import { startTestServer, type TestServer } from "./http-server.ts";
import { memoryLogger } from "./logger.ts";

export interface CatalogHarness {
  database: Database;
  catalog: CatalogService;
  server: TestServer;
  logLines: string[];
  close(): Promise<void>;
}

export const TEST_ORIGIN = "https://h5.zdn.vn";

/** The real app on a real socket over a freshly seeded catalog in the given database. */
export async function startCatalogHarness(kind: DbKind): Promise<CatalogHarness> {
  const database = await testDatabase(kind);
  await truncate(database.db, catalogTables);
  const { logger, lines } = memoryLogger();
  await seedCatalogIfEmpty(database.db, logger);
  const catalog = await createCatalogService({ db: database.db, logger, refreshMs: 0 });
  const app = createApp({ logger, database, catalog, corsOrigins: [TEST_ORIGIN] });
  const server = await startTestServer(app);
  return {
    database,
    catalog,
    server,
    logLines: lines,
    close: async () => {
      catalog.stop();
      await server.close();
    },
  };
}
