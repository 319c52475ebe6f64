import type {
  Agency,
  AgencyRef,
  Procedure,
  ProcedureDetail,
  ProcedureSummary,
  ProcessingTime,
  Sector,
} from "@motcua/contracts";
import { prepareBody, type PreparedBody } from "../../http/prepared-json.ts";
import type { CatalogData } from "./catalog.repo.ts";
import { createSearchIndex, foldVietnamese, type SearchIndex } from "./search/index.ts";

/** Commune-level procedures are filed at the applicant's own commune, not one fixed agency. */
export const COMMUNE_AGENCY: AgencyRef = { code: null, name: "Ủy ban nhân dân cấp xã nơi nộp hồ sơ" };

export interface CatalogEntry {
  procedure: Procedure;
  summary: ProcedureSummary;
  /** Folded name: the browse order when there is no query. */
  sortKey: string;
  detail: PreparedBody;
}

/** An immutable, fully prepared view of one catalog revision: every read is a lookup. */
export interface CatalogSnapshot {
  revision: number;
  agencies: Map<string, Agency>;
  sectors: Map<string, Sector>;
  byCode: Map<string, CatalogEntry>;
  /** Entries in browse order. */
  entries: CatalogEntry[];
  search: SearchIndex;
  agencyList: PreparedBody;
  sectorList: PreparedBody;
}

/** The channel a phone user most likely takes: online where offered, else at the desk. */
function headlineTime(p: Procedure): ProcessingTime {
  const preferred =
    p.channels.find((ch) => ch.channel === "ONLINE") ?? p.channels.find((ch) => ch.channel === "DIRECT") ?? p.channels[0];
  return preferred!.processingTime;
}

export function buildSnapshot(data: CatalogData): CatalogSnapshot {
  const agencies = new Map(data.agencies.map((a) => [a.code, a]));
  const sectors = new Map(data.sectors.map((s) => [s.code, s]));
  const agencyRef = (p: Procedure): AgencyRef => {
    if (p.agencyCode === null) return COMMUNE_AGENCY;
    return { code: p.agencyCode, name: agencies.get(p.agencyCode)?.name ?? p.agencyCode };
  };
  const sectorOf = (p: Procedure): Sector => sectors.get(p.sectorCode) ?? { code: p.sectorCode, name: p.sectorCode };

  const entries = data.procedures.map((procedure): CatalogEntry => {
    const sector = sectorOf(procedure);
    const agency = agencyRef(procedure);
    const { sectorCode: _s, agencyCode: _a, ...rest } = procedure;
    const detail: ProcedureDetail = { ...rest, sector, agency };
    return {
      procedure,
      sortKey: foldVietnamese(procedure.name),
      summary: {
        code: procedure.code,
        localCode: procedure.localCode,
        name: procedure.name,
        level: procedure.level,
        sector,
        agency,
        onlineLevel: procedure.onlineLevel,
        processingTime: headlineTime(procedure),
      },
      detail: prepareBody(detail),
    };
  });
  entries.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.procedure.code < b.procedure.code ? -1 : 1));

  const byCode = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    byCode.set(entry.procedure.code, entry);
    byCode.set(entry.procedure.localCode, entry);
  }

  const search = createSearchIndex(
    entries.map(({ procedure, summary }) => ({
      id: procedure.code,
      name: procedure.name,
      code: procedure.code,
      localCode: procedure.localCode,
      sectorName: summary.sector.name,
      agencyName: summary.agency.name,
      keywords: procedure.keywords,
    })),
  );

  const byName = <T extends { name: string }>(items: Iterable<T>) =>
    [...items].sort((a, b) => foldVietnamese(a.name).localeCompare(foldVietnamese(b.name)));

  return {
    revision: data.revision,
    agencies,
    sectors,
    byCode,
    entries,
    search,
    agencyList: prepareBody({ items: byName(agencies.values()) }),
    sectorList: prepareBody({ items: byName(sectors.values()) }),
  };
}
