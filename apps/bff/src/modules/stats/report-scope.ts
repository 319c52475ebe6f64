import { addDays, fromVnLocal, localDate } from "@motcua/calendar";
import type { StatsGroupBy } from "@motcua/contracts";
import type { CatalogService } from "../catalog/catalog.service.ts";

/** A period of Vietnam-local days, both ends included, as the instants [from, before). */
export function periodBounds(query: { from: string; to: string }): { from: Date; before: Date } {
  return { from: fromVnLocal(localDate(query.from)), before: fromVnLocal(addDays(localDate(query.to), 1)) };
}

/** A report row's name from the catalog; a code the catalog no longer has stands for itself. */
export function rowName(catalog: Pick<CatalogService, "snapshot">, groupBy: StatsGroupBy, key: string): string {
  const snapshot = catalog.snapshot();
  const name = groupBy === "agency" ? snapshot.agencies.get(key)?.name : snapshot.byCode.get(key)?.procedure.name;
  return name ?? key;
}
