import type { Procedure, ProcedureListQuery } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { Logger } from "../../logger.ts";
import { queryProcedures } from "./catalog-query.ts";
import { findProcedureVersion, loadCatalog, readCatalogRevision } from "./catalog.repo.ts";
import type { PreparedBody } from "../../http/prepared-json.ts";
import { buildSnapshot, type CatalogSnapshot } from "./catalog-snapshot.ts";
import { LruCache } from "../../lib/lru-cache.ts";

export interface CatalogServiceDeps {
  db: Db;
  logger: Logger;
  /** 0 disables polling (tests call `refresh()` themselves). */
  refreshMs: number;
}

export interface CatalogNames {
  procedureName(code: string): string;
  agencyName(code: string): string;
}

export interface CatalogService {
  agencies(): PreparedBody;
  sectors(): PreparedBody;
  listProcedures(query: ProcedureListQuery): PreparedBody;
  getProcedure(code: string): PreparedBody;
  snapshot(): CatalogSnapshot;
  /** Display names for codes, falling back to the code itself. */
  names: CatalogNames;
  /**
   * The rules a dossier was filed under. Published versions never change, so they cache forever.
   * Reads through the caller's handle: inside a transaction, PGlite's one connection is taken.
   */
  procedureVersion(db: Db, code: string, version: number): Promise<Procedure>;
  /** Reloads when the database holds a newer revision; true if it did. */
  refresh(): Promise<boolean>;
  stop(): void;
}

const SEARCH_CACHE_SIZE = 1000;

/**
 * Serves the catalog from memory. The catalog is small and read-mostly: one snapshot per revision,
 * replaced atomically, so readers never see a half-loaded catalog and never wait for the database.
 */
export async function createCatalogService({ db, logger, refreshMs }: CatalogServiceDeps): Promise<CatalogService> {
  let current = buildSnapshot(await loadCatalog(db));
  let cache = new LruCache<string, PreparedBody>(SEARCH_CACHE_SIZE);

  async function refresh(): Promise<boolean> {
    const revision = await readCatalogRevision(db);
    if (revision === current.revision) return false;
    const next = buildSnapshot(await loadCatalog(db));
    current = next;
    cache = new LruCache(SEARCH_CACHE_SIZE);
    logger.info({ revision: next.revision, procedures: next.entries.length }, "catalog reloaded");
    return true;
  }

  let timer: NodeJS.Timeout | undefined;
  if (refreshMs > 0) {
    timer = setInterval(() => {
      refresh().catch((err: unknown) => logger.warn({ err }, "catalog refresh failed; serving the previous revision"));
    }, refreshMs);
    timer.unref();
  }

  const versions = new Map<string, Procedure>();

  return {
    names: {
      procedureName: (code) => current.byCode.get(code)?.procedure.name ?? code,
      agencyName: (code) => current.agencies.get(code)?.name ?? code,
    },
    async procedureVersion(handle, code, version) {
      const key = `${code}@${version}`;
      let procedure = versions.get(key);
      if (!procedure) {
        procedure = await findProcedureVersion(handle, code, version);
        if (!procedure) throw new Error(`procedure version ${key} is missing`);
        versions.set(key, procedure);
      }
      return procedure;
    },
    agencies: () => current.agencyList,
    sectors: () => current.sectorList,
    listProcedures(query) {
      const key = JSON.stringify([query.q?.trim().toLowerCase(), query.agency, query.sector, query.level, query.online, query.page, query.pageSize]);
      const hit = cache.get(key);
      if (hit) return hit;
      const body = queryProcedures(current, query);
      cache.set(key, body);
      return body;
    },
    getProcedure(code) {
      const entry = current.byCode.get(code);
      if (!entry) throw new AppError("NOT_FOUND", "Không có thủ tục với mã này.");
      return entry.detail;
    },
    snapshot: () => current,
    refresh,
    stop: () => clearInterval(timer),
  };
}
