import { isLocalDate, weekday, yearOf, type LocalDate } from "./local-date.ts";
import { indexTables } from "./table-index.ts";
import type { DayEntry, DayKind, EntryStatus, YearTable } from "./types.ts";

/** A locally maintained change to the bundled tables, e.g. a make-up Saturday announced after release. */
export interface Override {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly name: string;
  readonly status: EntryStatus;
  /** True: the bundled entry of this date does not apply (kind, name and status are ignored). */
  readonly removed: boolean;
}

export type OverrideProblem = "BAD_DATE" | "MAKEUP_ON_WEEKDAY" | "DAY_OFF_ON_WEEKEND" | "YEAR_NOT_ADJACENT";

/** Carries a machine-readable reason so callers can explain the refusal in their own language. */
export class OverrideError extends RangeError {
  constructor(
    readonly problem: OverrideProblem,
    readonly date: string,
    message: string,
  ) {
    super(`Invalid holiday override ${date}: ${message}`);
    this.name = "OverrideError";
  }
}

/** The same rules `createCalendar` applies to tables, checked per override so the error names it. */
function check(override: Override): void {
  const { date, kind } = override;
  if (!isLocalDate(date)) throw new OverrideError("BAD_DATE", date, "expected YYYY-MM-DD");
  if (override.removed) return;
  const weekend = weekday(date) === 0 || weekday(date) === 6;
  if (kind === "MAKEUP_WORKDAY" && !weekend) throw new OverrideError("MAKEUP_ON_WEEKDAY", date, "a make-up day must be a Saturday or Sunday");
  // A statutory HOLIDAY is listed even on a weekend (the table rule); other days off there change nothing.
  if ((kind === "COMPENSATORY" || kind === "SWAPPED_OFF") && weekend) {
    throw new OverrideError("DAY_OFF_ON_WEEKEND", date, `a ${kind} day must be a weekday`);
  }
}

/**
 * Applies overrides to year tables: an override replaces the entry of the same date, `removed`
 * deletes it, other dates are added. A year without a table gets one, but only next to the
 * covered range: a gap would make the years between look covered by nothing (see table-index.ts).
 * Throws OverrideError (a RangeError) on an override the tables could not hold.
 */
export function mergeOverrides(tables: readonly YearTable[], overrides: readonly Override[]): YearTable[] {
  const byYear = new Map<number, Map<string, DayEntry>>(tables.map((t) => [t.year, new Map(t.entries.map((e) => [e.date, e]))]));
  // Ascending, so 2028 then 2029 can both extend a table range ending in 2027.
  const sorted = [...overrides].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const override of sorted) {
    check(override);
    const year = yearOf(override.date);
    let entries = byYear.get(year);
    if (!entries) {
      if (override.removed) continue;
      const years = [...byYear.keys()];
      if (years.length > 0 && year !== Math.min(...years) - 1 && year !== Math.max(...years) + 1) {
        throw new OverrideError("YEAR_NOT_ADJACENT", override.date, `year ${year} is not next to the years with a table`);
      }
      entries = new Map();
      byYear.set(year, entries);
    }
    if (override.removed) entries.delete(override.date);
    else entries.set(override.date, { date: override.date, kind: override.kind, name: override.name, status: override.status });
  }
  const merged = [...byYear].sort(([a], [b]) => a - b).map(([year, entries]) => ({ year, entries: [...entries.values()] }));
  indexTables(merged); // every remaining table rule, so a bad merge fails here and not in createCalendar
  return merged;
}
