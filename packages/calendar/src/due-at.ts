import type { Calendar } from "./calendar.ts";
import { addDays, yearOf, type LocalDate } from "./local-date.ts";
import type { DueAtResult, OfficeHours, ProcessingTime } from "./types.ts";
import { fromVnLocal, parseClock, splitVn, toInstant } from "./vn-time.ts";

type Rules = Pick<Calendar, "isWorkingDay" | "nextWorkingDay" | "addWorkingDays" | "covers">;

const DEFAULT_OPEN = "07:30";
const DEFAULT_CLOSE = "17:00";

/**
 * The due date counted from the start day (domain.md §4.2).
 * WORKING_DAY n: the start day itself does not count, as with calendar days (Civil Code
 * art. 147: a period counts from the day after the event), and a reception at 16:00
 * cannot reasonably consume a whole working day. So 1 working day from Fri 13/2/2026
 * (before Tết) is due Mon 23/2. n = 0 of any unit is the start day.
 */
function dueDate(rules: Rules, start: LocalDate, time: ProcessingTime): LocalDate {
  switch (time.unit) {
    case "SAME_DAY":
      return start;
    case "WORKING_DAY":
      return rules.addWorkingDays(start, time.value);
    case "CALENDAR_DAY": {
      // Civil Code art. 148: a period ending on a day off ends on the next working day.
      const end = addDays(start, time.value);
      return rules.isWorkingDay(end) ? end : rules.nextWorkingDay(end);
    }
  }
}

function checkTime(time: ProcessingTime): void {
  if (!Number.isInteger(time.value) || time.value < 0) {
    throw new RangeError(`Processing time must be a whole number ≥ 0, got ${time.value}`);
  }
  // Catalog data saying "same day, 3" is contradictory; refuse it rather than guess.
  if (time.unit === "SAME_DAY" && time.value !== 0) {
    throw new RangeError(`SAME_DAY processing time must have value 0, got ${time.value}`);
  }
}

/**
 * Appointment date for a dossier validly received (status 2) at `receivedAt`.
 * The count starts on the reception day unless the filing came at or after the cut-off,
 * at or after closing time, or on a non-working day; then it starts on the next working
 * day. A filing before opening time counts for that same day. Due at closing time.
 * Throws RangeError only for malformed input (bad clock strings, negative values).
 */
export function computeDueAt(
  rules: Rules,
  receivedAt: Date | string,
  time: ProcessingTime,
  hours: OfficeHours = {},
): DueAtResult {
  checkTime(time);
  const openAt = hours.openAt ?? DEFAULT_OPEN;
  const closeAt = hours.closeAt ?? DEFAULT_CLOSE;
  const closeMs = parseClock(closeAt);
  if (parseClock(openAt) >= closeMs) throw new RangeError(`openAt ${openAt} is not before closeAt ${closeAt}`);
  const cutoffMs = time.cutoff === null ? closeMs : Math.min(parseClock(time.cutoff), closeMs);

  const instant = toInstant(receivedAt);
  const received = splitVn(instant);
  const countsToday = rules.isWorkingDay(received.date) && received.msOfDay < cutoffMs;
  const startDate = countsToday ? received.date : rules.nextWorkingDay(received.date);
  const due = dueDate(rules, startDate, time);
  const opening = fromVnLocal(startDate, openAt);

  let assumed = false;
  for (let year = yearOf(received.date); year <= yearOf(due); year += 1) {
    assumed ||= !rules.covers(year);
  }
  return {
    dueAt: fromVnLocal(due, closeAt),
    startDate,
    clockStartsAt: countsToday && instant > opening ? new Date(instant) : opening,
    assumed,
  };
}
