import { isLocalDate, toDayNumber, weekday, yearOf } from "./local-date.ts";
import type { DayEntry, YearTable } from "./types.ts";

/** Year tables checked and turned into day-number lookups. */
export interface TableIndex {
  /** Weekdays that are not worked; weekend holidays are left out as they change nothing. */
  readonly offDays: ReadonlySet<number>;
  /** Weekend days that are worked. */
  readonly makeupDays: ReadonlySet<number>;
  readonly entriesByYear: ReadonlyMap<number, readonly DayEntry[]>;
  /** Ascending and gap-free, so first/last describe coverage exactly. */
  readonly years: readonly number[];
}

const isWeekend = (entry: DayEntry) => weekday(entry.date) === 0 || weekday(entry.date) === 6;

/**
 * Throws RangeError on a malformed table: such data would silently shift deadlines,
 * so it must fail when the calendar is built (at startup), not when a dossier is received.
 */
export function indexTables(tables: readonly YearTable[]): TableIndex {
  const offDays = new Set<number>();
  const makeupDays = new Set<number>();
  const entriesByYear = new Map<number, readonly DayEntry[]>();
  const fail = (message: string): never => {
    throw new RangeError(`Invalid holiday table: ${message}`);
  };

  for (const table of tables) {
    if (entriesByYear.has(table.year)) fail(`year ${table.year} appears twice`);
    const seen = new Set<string>();
    for (const entry of table.entries) {
      if (!isLocalDate(entry.date)) fail(`bad date "${entry.date}"`);
      if (yearOf(entry.date) !== table.year) fail(`${entry.date} is in the ${table.year} table`);
      if (seen.has(entry.date)) fail(`${entry.date} is listed twice`);
      seen.add(entry.date);
      const weekend = isWeekend(entry);
      if (entry.kind === "MAKEUP_WORKDAY") {
        if (!weekend) fail(`make-up day ${entry.date} is not a weekend day`);
        makeupDays.add(toDayNumber(entry.date));
      } else if (!weekend) {
        offDays.add(toDayNumber(entry.date));
      } else if (entry.kind !== "HOLIDAY") {
        fail(`${entry.kind} day ${entry.date} falls on a weekend`);
      }
    }
    entriesByYear.set(table.year, [...table.entries].sort((a, b) => (a.date < b.date ? -1 : 1)));
  }

  const years = [...entriesByYear.keys()].sort((a, b) => a - b);
  years.forEach((year, i) => {
    if (i > 0 && year !== years[i - 1]! + 1) fail(`no table for year ${years[i - 1]! + 1}`);
  });
  return { offDays, makeupDays, entriesByYear, years };
}
