import type { Logger } from "../../logger.ts";
import { countProcedures, upsertCatalog } from "../../modules/catalog/catalog.repo.ts";
import type { Db } from "../client.ts";
import { agencies, procedures, sectors, validateCatalog } from "./catalog/index.ts";

/** Loads the Đồng Nai catalog into an empty database; a catalog that already exists is left alone. */
export async function seedCatalogIfEmpty(db: Db, logger: Logger): Promise<boolean> {
  if ((await countProcedures(db)) > 0) return false;
  validateCatalog();
  await upsertCatalog(db, { agencies, sectors, procedures });
  logger.info({ agencies: agencies.length, procedures: procedures.length }, "seeded the Đồng Nai catalog");
  return true;
}
