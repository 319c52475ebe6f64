import type { ProcessingTime } from "./types.ts";

/** A wall-clock reading in Vietnam, turned into an instant with an explicit offset. */
export const vn = (localDateTime: string): Date => new Date(`${localDateTime}+07:00`);

const workingDays = (value: number, cutoff: string | null = null): ProcessingTime => ({ value, unit: "WORKING_DAY", cutoff });
const calendarDays = (value: number): ProcessingTime => ({ value, unit: "CALENDAR_DAY", cutoff: null });
const sameDay: ProcessingTime = { value: 0, unit: "SAME_DAY", cutoff: "15:00" };

/** Real 2026 filings with the appointment date a clerk would write (17:00 on `due`). */
export const scenarios: readonly { name: string; received: string; time: ProcessingTime; start: string; due: string }[] = [
  { name: "Fri 13/2 before Tết, 1 working day → Mon 23/2", received: "2026-02-13T10:00", time: workingDays(1), start: "2026-02-13", due: "2026-02-23" },
  { name: "filed during Tết counts from Mon 23/2", received: "2026-02-17T09:00", time: workingDays(1), start: "2026-02-23", due: "2026-02-24" },
  { name: "make-up Sat 10/1 is a working day", received: "2026-01-10T09:00", time: workingDays(1), start: "2026-01-10", due: "2026-01-12" },
  { name: "New Year: Wed 31/12/2025 + 1 skips 1/1, swapped 2/1 and the weekend", received: "2025-12-31T10:00", time: workingDays(1), start: "2025-12-31", due: "2026-01-05" },
  { name: "Giỗ Tổ compensatory Mon 27/4 is skipped", received: "2026-04-24T10:00", time: workingDays(1), start: "2026-04-24", due: "2026-04-28" },
  { name: "30/4–3/5 block is skipped", received: "2026-04-29T10:00", time: workingDays(2), start: "2026-04-29", due: "2026-05-05" },
  { name: "2/9 block (Sat 29/8–Wed 2/9) is skipped", received: "2026-08-27T10:00", time: workingDays(2), start: "2026-08-27", due: "2026-09-03" },
  { name: "make-up Sat 22/8 for the 2/9 block is worked", received: "2026-08-21T10:00", time: workingDays(1), start: "2026-08-21", due: "2026-08-22" },
  { name: "Tue 24/11 is not (yet) a holiday", received: "2026-11-23T10:00", time: workingDays(1), start: "2026-11-23", due: "2026-11-24" },
  { name: "same-day procedure at 14:59 → today", received: "2026-03-04T14:59:59.999", time: sameDay, start: "2026-03-04", due: "2026-03-04" },
  { name: "same-day procedure at 15:00 → next working day", received: "2026-03-04T15:00", time: sameDay, start: "2026-03-05", due: "2026-03-05" },
  { name: "same-day at 15:00 on Friday → Monday", received: "2026-03-06T15:00", time: sameDay, start: "2026-03-09", due: "2026-03-09" },
  { name: "cut-off also applies to working-day units", received: "2026-03-04T15:30", time: workingDays(3, "15:00"), start: "2026-03-05", due: "2026-03-10" },
  { name: "before opening counts for that day", received: "2026-03-04T06:00", time: sameDay, start: "2026-03-04", due: "2026-03-04" },
  { name: "received on a Sunday counts from Monday", received: "2026-03-08T10:00", time: workingDays(3), start: "2026-03-09", due: "2026-03-12" },
  { name: "16:59 is still within office hours", received: "2026-03-06T16:59", time: workingDays(3), start: "2026-03-06", due: "2026-03-11" },
  { name: "17:00 is after closing → next working day", received: "2026-03-06T17:00", time: workingDays(3), start: "2026-03-09", due: "2026-03-12" },
  { name: "judicial record: 10 calendar days landing in the 2/9 block roll to Thu 3/9", received: "2026-08-20T10:00", time: calendarDays(10), start: "2026-08-20", due: "2026-09-03" },
  { name: "10 calendar days landing on Sat 14/2 (Tết) roll to Mon 23/2", received: "2026-02-04T10:00", time: calendarDays(10), start: "2026-02-04", due: "2026-02-23" },
  { name: "10 calendar days on a working day need no roll", received: "2026-03-02T10:00", time: calendarDays(10), start: "2026-03-02", due: "2026-03-12" },
  { name: "2026→2027: skips provisional Fri 1/1/2027", received: "2026-12-30T10:00", time: workingDays(3), start: "2026-12-30", due: "2027-01-05" },
  { name: "after closing on 31/12/2026 starts in 2027", received: "2026-12-31T17:30", time: workingDays(1), start: "2027-01-04", due: "2027-01-05" },
];
