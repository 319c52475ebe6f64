import { localDate, toVnLocal, type Calendar, type LocalDate } from "@motcua/calendar";

/** Vietnam's date and "HH:MM" clock at `now`, whatever the server's time zone. */
export function vnClock(now: Date): { today: LocalDate; clock: string } {
  const { date, time } = toVnLocal(now);
  return { today: localDate(date), clock: time.slice(0, 5) };
}

/** The next `count` working days, today first when it is one: the days a citizen may book. */
export function bookableDays(calendar: Calendar, today: LocalDate, count: number): LocalDate[] {
  const days: LocalDate[] = [];
  let day = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
  while (days.length < count) {
    days.push(day);
    day = calendar.nextWorkingDay(day);
  }
  return days;
}

/** Whether the time `clock` on `day` has already come, as seen at (today, now). */
export function hasBegun(day: string, clock: string, at: { today: string; clock: string }): boolean {
  return day < at.today || (day === at.today && clock <= at.clock);
}
