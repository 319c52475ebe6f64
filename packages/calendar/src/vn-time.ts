import { fromDayNumber, toDayNumber, type LocalDate } from "./local-date.ts";

/**
 * Asia/Ho_Chi_Minh has been UTC+7 with no DST since 1975, so a fixed offset is exact
 * for every date this package deals with, and it keeps results independent of the
 * process TZ and of the ICU data shipped with Node.
 */
export const VN_UTC_OFFSET_MS = 7 * 3_600_000;

const MS_PER_DAY = 86_400_000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{3}))?)?$/;
// Without an offset, `new Date("2026-02-13T10:00")` reads the process TZ: refuse it.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A wall-clock reading in Vietnam; `time` is "HH:MM:SS.sss". */
export interface VnLocalDateTime {
  date: LocalDate;
  time: string;
}

/** Milliseconds since midnight for "HH:MM", "HH:MM:SS" or "HH:MM:SS.sss"; throws RangeError otherwise. */
export function parseClock(time: string): number {
  const match = CLOCK.exec(time);
  if (!match) throw new RangeError(`Invalid time "${time}", expected HH:MM[:SS[.sss]]`);
  const [, h, m, s = "0", ms = "0"] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

/** Accepts a Date or an ISO 8601 string with an explicit offset ("Z" or "+07:00"). */
export function toInstant(input: Date | string): Date {
  if (typeof input === "string" && !ISO_INSTANT.test(input)) {
    throw new RangeError(`"${input}" is not an ISO instant with an explicit offset`);
  }
  const instant = new Date(input);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid instant "${String(input)}"`);
  return instant;
}

/** Vietnam local date and milliseconds since local midnight. */
export function splitVn(input: Date | string): { date: LocalDate; msOfDay: number } {
  const shifted = toInstant(input).getTime() + VN_UTC_OFFSET_MS;
  const dayNumber = Math.floor(shifted / MS_PER_DAY);
  return { date: fromDayNumber(dayNumber), msOfDay: shifted - dayNumber * MS_PER_DAY };
}

export function toVnLocal(input: Date | string): VnLocalDateTime {
  const { date, msOfDay } = splitVn(input);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const seconds = Math.floor(msOfDay / 1000);
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}.${pad(msOfDay % 1000, 3)}`;
  return { date, time };
}

/** The instant at which Vietnam's clocks read `time` on `date`. */
export function fromVnLocal(date: LocalDate, time = "00:00"): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY + parseClock(time) - VN_UTC_OFFSET_MS);
}
