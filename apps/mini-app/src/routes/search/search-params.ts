import type { ProcedureLevel } from "@motcua/contracts";
import { paths } from "../paths.ts";

/** What the citizen asked for, as kept in the search screen's URL (so Back and shared links keep it). */
export interface SearchFilters {
  q: string;
  agency: string;
  sector: string;
  level: ProcedureLevel | "";
  /** `true`: can be filed online at all; `FULL`: entirely online. */
  online: "true" | "FULL" | "";
}

export const emptyFilters: SearchFilters = { q: "", agency: "", sector: "", level: "", online: "" };

const filterKeys = ["agency", "sector", "level", "online"] as const;
export type FilterKey = (typeof filterKeys)[number];

function readLevel(value: string | null): SearchFilters["level"] {
  return value === "PROVINCE" || value === "COMMUNE" ? value : "";
}

function readOnline(value: string | null): SearchFilters["online"] {
  const upper = value?.toUpperCase();
  if (upper === "FULL") return "FULL";
  return upper === "TRUE" ? "true" : "";
}

/** Reads the URL leniently: an unknown level or online value is dropped rather than sent on. */
export function readSearchParams(params: URLSearchParams): SearchFilters {
  return {
    q: params.get("q")?.trim() ?? "",
    agency: params.get("agency")?.trim() ?? "",
    sector: params.get("sector")?.trim() ?? "",
    level: readLevel(params.get("level")),
    online: readOnline(params.get("online")),
  };
}

export function toSearchParams(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["q", ...filterKeys] as const) if (filters[key]) params.set(key, filters[key]);
  return params;
}

/** A link to the search screen with some filters set, e.g. `searchPath({ agency: "000.00.16.H19" })`. */
export function searchPath(filters: Partial<SearchFilters> = {}): string {
  const query = toSearchParams({ ...emptyFilters, ...filters }).toString();
  return query ? `${paths.search}?${query}` : paths.search;
}

export const activeFilterKeys = (filters: SearchFilters): FilterKey[] => filterKeys.filter((key) => filters[key] !== "");

/** The filters as the BFF's list query takes them (absent rather than empty). */
export function toApiQuery(filters: SearchFilters) {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.agency ? { agency: filters.agency } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.level ? { level: filters.level } : {}),
    ...(filters.online ? { online: filters.online } : {}),
  };
}
