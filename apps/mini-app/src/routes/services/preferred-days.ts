import { addDays, createCalendar, localDate, toVnLocal, type LocalDate } from "@motcua/calendar";
import { CONSULTING_WINDOW_WORKING_DAYS } from "@motcua/contracts";

const calendar = createCalendar();

/**
 * The days a citizen may ask to be consulted on: the next working days from tomorrow, by the
 * official holiday table. The BFF checks again with the center's own closures.
 */
export function preferredDays(now: Date = new Date()): LocalDate[] {
  const days: LocalDate[] = [];
  let day = addDays(localDate(toVnLocal(now).date), 1);
  if (!calendar.isWorkingDay(day)) day = calendar.nextWorkingDay(day);
  while (days.length < CONSULTING_WINDOW_WORKING_DAYS) {
    days.push(day);
    day = calendar.nextWorkingDay(day);
  }
  return days;
}
