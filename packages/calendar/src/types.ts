import type { LocalDate } from "./local-date.ts";

/**
 * HOLIDAY: statutory holiday (Labour Code 2019 art. 112), listed even on a weekend.
 * COMPENSATORY: the working day given back for a holiday on a weekend (art. 111(3)).
 * SWAPPED_OFF: a weekday off in exchange for a MAKEUP_WORKDAY (a weekend day worked).
 */
export type DayKind = "HOLIDAY" | "COMPENSATORY" | "SWAPPED_OFF" | "MAKEUP_WORKDAY";

/** PROVISIONAL entries are projections made before the government announces the year. */
export type EntryStatus = "OFFICIAL" | "PROVISIONAL";

export interface DayEntry {
  readonly date: LocalDate;
  /** Vietnamese name as shown to citizens. */
  readonly name: string;
  readonly kind: DayKind;
  readonly status: EntryStatus;
}

/** The civil-servant calendar overrides for one year; dates not listed follow Mon–Fri. */
export interface YearTable {
  readonly year: number;
  readonly entries: readonly DayEntry[];
}

export type TimeUnit = "WORKING_DAY" | "CALENDAR_DAY" | "SAME_DAY";

/** Same shape as `ProcessingTime` in @motcua/contracts, minus the note. */
export interface ProcessingTime {
  readonly value: number;
  readonly unit: TimeUnit;
  /** Local "HH:MM" from which a filing counts from the next working day, e.g. "15:00". */
  readonly cutoff: string | null;
}

export interface OfficeHours {
  /** Local "HH:MM" at which the clock starts on a day that begins the count. Default "07:30". */
  readonly openAt?: string;
  /** Local "HH:MM" at which the office closes and deadlines fall. Default "17:00". */
  readonly closeAt?: string;
}

export interface DueAtResult {
  /** Closing time of the due date, as an instant. */
  readonly dueAt: Date;
  /** The local date the count starts from (the reception day or the next working day). */
  readonly startDate: LocalDate;
  /** When processing time starts running: receivedAt, or opening time of startDate if later. */
  readonly clockStartsAt: Date;
  /** True when a year between reception and due date has no table, so Mon–Fri was assumed. */
  readonly assumed: boolean;
}
