import fc from "fast-check";
import { describe, it } from "vitest";
import { createCalendar } from "./calendar.ts";
import { addDays, fromDayNumber, localDate, toDayNumber } from "./local-date.ts";
import type { ProcessingTime } from "./types.ts";
import { fromVnLocal, toVnLocal } from "./vn-time.ts";

const calendar = createCalendar();
const runs = { seed: 42, numRuns: 300 };

// 2024 and 2028 have no table, so the Mon–Fri fallback is exercised too.
const FIRST = toDayNumber(localDate("2024-01-01"));
const LAST = toDayNumber(localDate("2028-12-31"));
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const instant = fc.date({ min: new Date("2023-12-31T17:00:00Z"), max: new Date("2028-12-31T16:59:59Z"), noInvalidDate: true });
const cutoff = fc.constantFrom(null, "15:00", "11:30");
const time: fc.Arbitrary<ProcessingTime> = fc.oneof(
  cutoff.map((c) => ({ value: 0, unit: "SAME_DAY" as const, cutoff: c })),
  fc.record({ value: fc.integer({ min: 0, max: 60 }), unit: fc.constant("WORKING_DAY" as const), cutoff }),
  fc.record({ value: fc.integer({ min: 0, max: 60 }), unit: fc.constant("CALENDAR_DAY" as const), cutoff }),
);

const bruteForceCount = (a: string, b: string): number => {
  let count = 0;
  for (let day = addDays(localDate(a), 1); day <= b; day = addDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
};

describe("dueAt invariants", () => {
  it("is never before receivedAt", () => {
    fc.assert(fc.property(instant, time, (at, t) => calendar.dueAt(at, t).dueAt >= at), runs);
  });

  it("falls at 17:00 local on a working day, on or after the start date", () => {
    fc.assert(
      fc.property(instant, time, (at, t) => {
        const { dueAt, startDate } = calendar.dueAt(at, t);
        const due = toVnLocal(dueAt);
        return due.time === "17:00:00.000" && calendar.isWorkingDay(due.date) && due.date >= startDate;
      }),
      runs,
    );
  });

  it("starts on a working day, not before the reception date", () => {
    fc.assert(
      fc.property(instant, time, (at, t) => {
        const { startDate } = calendar.dueAt(at, t);
        return calendar.isWorkingDay(startDate) && startDate >= toVnLocal(at).date;
      }),
      runs,
    );
  });

  it("is monotonic: a later reception never gives an earlier due date", () => {
    fc.assert(
      fc.property(instant, instant, time, (x, y, t) => {
        const [early, late] = x <= y ? [x, y] : [y, x];
        return calendar.dueAt(early, t).dueAt <= calendar.dueAt(late, t).dueAt;
      }),
      runs,
    );
  });

  it("SAME_DAY before the cut-off on a working day is due that local day", () => {
    const beforeCutoff = fc.integer({ min: 0, max: 15 * 3_600_000 - 1 });
    fc.assert(
      fc.property(date, beforeCutoff, (day, ms) => {
        fc.pre(calendar.isWorkingDay(day));
        const at = new Date(fromVnLocal(day).getTime() + ms);
        const result = calendar.dueAt(at, { value: 0, unit: "SAME_DAY", cutoff: "15:00" });
        return toVnLocal(result.dueAt).date === day && result.startDate === day;
      }),
      runs,
    );
  });
});

describe("working-day arithmetic", () => {
  it("workingDaysBetween undoes addWorkingDays", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), (day, n) =>
        calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n)) === n,
      ),
      runs,
    );
  });

  it("workingDaysBetween's closed form matches a day-by-day count", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 120 }), (day, span) => {
        const end = addDays(day, span);
        return calendar.workingDaysBetween(day, end) === bruteForceCount(day, end);
      }),
      runs,
    );
  });

  it("workingDaysBetween is additive and antisymmetric", () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) =>
        calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c) === calendar.workingDaysBetween(a, c) &&
        calendar.workingDaysBetween(a, b) === -calendar.workingDaysBetween(b, a),
      ),
      runs,
    );
  });

  it("nextWorkingDay is the first working day after the date", () => {
    fc.assert(
      fc.property(date, (day) => {
        const next = calendar.nextWorkingDay(day);
        return next > day && calendar.isWorkingDay(next) && bruteForceCount(day, addDays(next, -1)) === 0;
      }),
      runs,
    );
  });
});

describe("Vietnam local time", () => {
  it("round-trips an instant through the UTC+7 wall clock", () => {
    fc.assert(
      fc.property(instant, (at) => {
        const { date: day, time: clock } = toVnLocal(at);
        return fromVnLocal(day, clock).getTime() === at.getTime();
      }),
      runs,
    );
  });
});
