export { createCalendar, type Calendar } from "./calendar.ts";
export { bundledTables } from "./holidays/index.ts";
export { mergeOverrides, OverrideError, type Override, type OverrideProblem } from "./overrides.ts";
export { addDays, isLocalDate, localDate, weekday, type LocalDate } from "./local-date.ts";
export { fromVnLocal, toVnLocal, VN_UTC_OFFSET_MS, type VnLocalDateTime } from "./vn-time.ts";
export type {
  DayEntry,
  DayKind,
  DueAtResult,
  EntryStatus,
  OfficeHours,
  ProcessingTime,
  TimeUnit,
  YearTable,
} from "./types.ts";
