import type { Calendar } from "@motcua/calendar";

/**
 * A Calendar that asks `get()` for the current one on every call, so services built once at
 * startup count with the managers' latest changes. Each call uses one snapshot throughout.
 */
export function delegatingCalendar(get: () => Calendar): Calendar {
  return {
    isWorkingDay: (date) => get().isWorkingDay(date),
    nextWorkingDay: (date) => get().nextWorkingDay(date),
    addWorkingDays: (date, n) => get().addWorkingDays(date, n),
    workingDaysBetween: (a, b) => get().workingDaysBetween(a, b),
    holidaysIn: (year) => get().holidaysIn(year),
    covers: (year) => get().covers(year),
    coverage: () => get().coverage(),
    dueAt: (receivedAt, time, hours) => get().dueAt(receivedAt, time, hours),
  };
}
