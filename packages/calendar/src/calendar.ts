import { computeDueAt } from "./due-at.ts";
import { bundledTables } from "./holidays/index.ts";
import { fromDayNumber, toDayNumber, weekdayOfDayNumber, type LocalDate } from "./local-date.ts";
import { indexTables } from "./table-index.ts";
import type { DayEntry, DueAtResult, OfficeHours, ProcessingTime, YearTable } from "./types.ts";

export interface Calendar {
  /** Mon–Fri minus days off, plus make-up Saturdays; plain Mon–Fri in years without a table. */
  isWorkingDay(date: LocalDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** The nth working day strictly after `date`; `date` itself when n = 0. n must be a whole number ≥ 0. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** Working days in (a, b]; negative when b is before a, so it can measure lateness too. */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  /** The year's table entries (days off and make-up days) by date; empty if the year has none. */
  holidaysIn(year: number): readonly DayEntry[];
  /** Whether `year` has a table; outside it working days are assumed to be Mon–Fri. */
  covers(year: number): boolean;
  /** First and last year with a table, or null when built without tables. */
  coverage(): { first: number; last: number } | null;
  /** Appointment date (ngày hẹn trả), see due-at.ts. */
  dueAt(receivedAt: Date | string, time: ProcessingTime, hours?: OfficeHours): DueAtResult;
}

// Day number 0 (1970-01-01) is a Thursday, so day number -3 is a Monday.
const DAYS_FROM_MONDAY = 3;

/** Mon–Fri days with day number ≤ x, counted from an arbitrary Monday; only differences matter. */
function weekdaysUpTo(x: number): number {
  const k = x + DAYS_FROM_MONDAY;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
}

export function createCalendar(tables: readonly YearTable[] = bundledTables): Calendar {
  const { offDays, makeupDays, entriesByYear, years } = indexTables(tables);

  const isWorking = (day: number): boolean => {
    if (makeupDays.has(day)) return true;
    const dow = weekdayOfDayNumber(day);
    return dow !== 0 && dow !== 6 && !offDays.has(day);
  };
  const nextWorking = (day: number): number => {
    let next = day + 1;
    while (!isWorking(next)) next += 1;
    return next;
  };
  // Closed form rather than a day-by-day loop: statistics call this over long ranges.
  const countBetween = (a: number, b: number): number => {
    const inRange = (days: ReadonlySet<number>) => [...days].filter((d) => d > a && d <= b).length;
    return weekdaysUpTo(b) - weekdaysUpTo(a) - inRange(offDays) + inRange(makeupDays);
  };

  const calendar: Calendar = {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    nextWorkingDay: (date) => fromDayNumber(nextWorking(toDayNumber(date))),
    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
      let day = toDayNumber(date);
      for (let i = 0; i < n; i += 1) day = nextWorking(day);
      return fromDayNumber(day);
    },
    workingDaysBetween(a, b) {
      const [from, to] = [toDayNumber(a), toDayNumber(b)];
      return from <= to ? countBetween(from, to) : -countBetween(to, from);
    },
    holidaysIn: (year) => entriesByYear.get(year) ?? [],
    covers: (year) => entriesByYear.has(year),
    coverage: () => {
      const [first, last] = [years[0], years[years.length - 1]];
      return first === undefined || last === undefined ? null : { first, last };
    },
    dueAt: (receivedAt, time, hours) => computeDueAt(calendar, receivedAt, time, hours),
  };
  return calendar;
}
