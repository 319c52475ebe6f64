import { localDate } from "../local-date.ts";
import type { DayEntry, DayKind, EntryStatus } from "../types.ts";

/** Validates the date while the table module loads, so a typo fails every test at once. */
export function entry(date: string, kind: DayKind, name: string, status: EntryStatus): DayEntry {
  return { date: localDate(date), kind, name, status };
}
