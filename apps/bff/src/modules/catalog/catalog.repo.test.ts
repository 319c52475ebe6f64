import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Procedure } from "@motcua/contracts";
import { queryRows, type Database } from "../../db/client.ts";
import { agencies, procedures, sectors } from "../../db/seed/catalog/index.ts";
import { catalogTables, dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { memoryLogger } from "../../test/logger.ts";
import { countProcedures, loadCatalog, readCatalogRevision, upsertCatalog } from "./catalog.repo.ts";
import { createCatalogService } from "./catalog.service.ts";

const khaiSinh = procedures.find((p) => p.code === "1.001193")!;

describe.each(dbKinds)("catalog database (%s)", (kind) => {
  let database: Database;
  beforeEach(async () => {
    database = await testDatabase(kind);
    await truncate(database.db, catalogTables);
  });

  it("stores and reloads the seed catalog unchanged", async () => {
    await upsertCatalog(database.db, { agencies, sectors, procedures });
    const loaded = await loadCatalog(database.db);
    expect(loaded.procedures).toHaveLength(procedures.length);
    expect(loaded.agencies).toHaveLength(agencies.length);
    expect(loaded.procedures.find((p) => p.code === khaiSinh.code)).toEqual(khaiSinh);
    expect(await countProcedures(database.db)).toBe(procedures.length);
  });

  it("bumps the revision on every catalog write and keeps every published version", async () => {
    await upsertCatalog(database.db, { agencies, sectors, procedures });
    const before = await readCatalogRevision(database.db);
    const v2: Procedure = { ...khaiSinh, version: { ...khaiSinh.version, number: khaiSinh.version.number + 1 } };
    await upsertCatalog(database.db, { agencies: [], sectors: [], procedures: [v2] });
    expect(await readCatalogRevision(database.db)).toBeGreaterThan(before);
    const versions = await queryRows<{ version: number }>(
      database.db,
      sql`select version from procedure_version where code = ${khaiSinh.code} order by version`,
    );
    expect(versions.map((r) => Number(r.version))).toEqual([khaiSinh.version.number, khaiSinh.version.number + 1]);
  });

  it("finds names without diacritics through the indexed f_unaccent expression", async () => {
    await upsertCatalog(database.db, { agencies, sectors, procedures });
    const result = await queryRows<{ code: string }>(
      database.db,
      sql`select code from procedure where f_unaccent(lower(name)) like '%' || f_unaccent(lower(${"DANG KY KHAI SINH"})) || '%'`,
    );
    expect(result.map((r) => r.code)).toContain("1.001193");
  });

  it("refreshes the in-memory catalog when another writer changes it", async () => {
    await upsertCatalog(database.db, { agencies, sectors, procedures });
    const { logger } = memoryLogger("silent");
    const service = await createCatalogService({ db: database.db, logger, refreshMs: 0 });
    expect(await service.refresh()).toBe(false);
    const renamed: Procedure = { ...khaiSinh, name: "Đăng ký khai sinh (đã sửa)" };
    await upsertCatalog(database.db, { agencies: [], sectors: [], procedures: [renamed] });
    expect(await service.refresh()).toBe(true);
    expect(JSON.parse(service.getProcedure("1.001193").json).name).toBe("Đăng ký khai sinh (đã sửa)");
    service.stop();
  });
});
