/**
 * A calendar date with no time zone, as a branded "YYYY-MM-DD" string.
 * Strings keep table data, JSON and logs readable, and they sort chronologically.
 * Arithmetic goes through day numbers (days since 1970-01-01) computed with UTC
 * methods only, so the process time zone never leaks in.
 */
export type LocalDate = string & { readonly __brand: "LocalDate" };

const MS_PER_DAY = 86_400_000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of y-m-d; `setUTCFullYear` because `Date.UTC` maps years 0–99 to 1900–1999. */
function dayNumberOf(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function isLocalDate(value: string): value is LocalDate {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  // Range checks first so the round trip below cannot leave years 0001–9999.
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return fromDayNumber(dayNumberOf(y, m, d)) === value;
}

/** Validates and brands a "YYYY-MM-DD" string; throws RangeError on anything else (e.g. 2026-02-30). */
export function localDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Invalid local date "${value}", expected YYYY-MM-DD`);
  return value;
}

export function toDayNumber(date: LocalDate): number {
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const t = new Date(dayNumber * MS_PER_DAY);
  const y = t.getUTCFullYear();
  if (!(y >= 1 && y <= 9999)) throw new RangeError(`Day number ${dayNumber} is outside years 0001–9999`);
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(y, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` as LocalDate;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function weekday(date: LocalDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}
