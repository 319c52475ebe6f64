import type { FieldError, ProcedureListQuery } from "@motcua/contracts";
import { AppError } from "../../http/app-error.ts";
import { prepareBody, type PreparedBody } from "../../http/prepared-json.ts";
import type { CatalogEntry, CatalogSnapshot } from "./catalog-snapshot.ts";

type Filter = (entry: CatalogEntry) => boolean;

function listParam(value: string | undefined): string[] {
  return value ? [...new Set(value.split(",").map((v) => v.trim()).filter(Boolean))] : [];
}

/** Turns the query's filters into predicates, refusing codes the catalog does not know. */
function buildFilters(snapshot: CatalogSnapshot, query: ProcedureListQuery): Filter[] {
  const filters: Filter[] = [];
  const errors: FieldError[] = [];

  const agencyCodes = listParam(query.agency);
  if (agencyCodes.length > 0) {
    const unknown = agencyCodes.filter((code) => !snapshot.agencies.has(code));
    if (unknown.length) errors.push({ field: "agency", code: "UNKNOWN_CODE", message: `Không có cơ quan mã ${unknown.join(", ")}` });
    const provincial = new Set(agencyCodes.filter((code) => snapshot.agencies.get(code)?.level === "PROVINCE"));
    // Any commune agency handles every commune-level procedure.
    const communeLevel = agencyCodes.some((code) => snapshot.agencies.get(code)?.level === "COMMUNE");
    filters.push(
      (e) =>
        (e.procedure.agencyCode !== null && provincial.has(e.procedure.agencyCode)) ||
        (communeLevel && e.procedure.level === "COMMUNE"),
    );
  }

  const sectorCodes = listParam(query.sector);
  if (sectorCodes.length > 0) {
    const unknown = sectorCodes.filter((code) => !snapshot.sectors.has(code));
    if (unknown.length) errors.push({ field: "sector", code: "UNKNOWN_CODE", message: `Không có lĩnh vực mã ${unknown.join(", ")}` });
    const wanted = new Set(sectorCodes);
    filters.push((e) => wanted.has(e.procedure.sectorCode));
  }

  if (errors.length) throw new AppError("BAD_REQUEST", "Bộ lọc không hợp lệ.", { errors });

  if (query.level) {
    const level = query.level;
    filters.push((e) => e.procedure.level === level);
  }
  switch (query.online) {
    case "true":
      filters.push((e) => e.procedure.onlineLevel !== "NONE");
      break;
    case "false":
      filters.push((e) => e.procedure.onlineLevel === "NONE");
      break;
    case "FULL":
    case "PARTIAL": {
      const level = query.online;
      filters.push((e) => e.procedure.onlineLevel === level);
      break;
    }
  }
  return filters;
}

/** Filters, ranks (by relevance when `q` is given, else by name) and pages the catalog. */
export function queryProcedures(snapshot: CatalogSnapshot, query: ProcedureListQuery): PreparedBody {
  const filters = buildFilters(snapshot, query);
  const q = query.q?.trim();
  const candidates: CatalogEntry[] = q
    ? snapshot.search.search(q).flatMap((hit) => snapshot.byCode.get(hit.id) ?? [])
    : snapshot.entries;
  const matching = filters.length ? candidates.filter((e) => filters.every((f) => f(e))) : candidates;
  const start = (query.page - 1) * query.pageSize;
  return prepareBody({
    items: matching.slice(start, start + query.pageSize).map((e) => e.summary),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  });
}
