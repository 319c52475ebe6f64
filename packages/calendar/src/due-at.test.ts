import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.ts";
import { scenarios, vn } from "./due-at.fixtures.ts";
import { table2026 } from "./holidays/2026.ts";
import type { ProcessingTime } from "./types.ts";

const calendar = createCalendar();
const oneDay: ProcessingTime = { value: 1, unit: "WORKING_DAY", cutoff: null };

describe("dueAt on the 2026 calendar", () => {
  it.each(scenarios)("$name", ({ received, time, start, due }) => {
    const result = calendar.dueAt(vn(received), time);
    expect(result.startDate).toBe(start);
    expect(result.dueAt).toEqual(vn(`${due}T17:00`));
    expect(result.assumed).toBe(false);
  });

  it("accepts an ISO string with an offset", () => {
    expect(calendar.dueAt("2026-02-13T03:00:00Z", oneDay).dueAt).toEqual(vn("2026-02-23T17:00"));
  });

  it("starts the clock at reception during hours, else at opening of the start day", () => {
    expect(calendar.dueAt(vn("2026-03-04T10:00"), oneDay).clockStartsAt).toEqual(vn("2026-03-04T10:00"));
    expect(calendar.dueAt(vn("2026-03-04T06:00"), oneDay).clockStartsAt).toEqual(vn("2026-03-04T07:30"));
    expect(calendar.dueAt(vn("2026-03-08T10:00"), oneDay).clockStartsAt).toEqual(vn("2026-03-09T07:30"));
  });

  it("honours custom office hours", () => {
    const hours = { openAt: "08:00", closeAt: "16:30" };
    const late = calendar.dueAt(vn("2026-03-04T16:45"), oneDay, hours);
    expect(late.startDate).toBe("2026-03-05");
    expect(late.dueAt).toEqual(vn("2026-03-06T16:30"));
    expect(late.clockStartsAt).toEqual(vn("2026-03-05T08:00"));
  });

  it("treats a cut-off later than closing time as closing time", () => {
    const time: ProcessingTime = { value: 0, unit: "SAME_DAY", cutoff: "18:00" };
    expect(calendar.dueAt(vn("2026-03-04T17:10"), time).startDate).toBe("2026-03-05");
  });
});

describe("dueAt outside the tables", () => {
  const only2026 = createCalendar([table2026]);

  it("assumes Mon–Fri in 2027 and says so", () => {
    const result = only2026.dueAt(vn("2026-12-30T10:00"), { value: 3, unit: "WORKING_DAY", cutoff: null });
    expect(result.dueAt).toEqual(vn("2027-01-04T17:00"));
    expect(result.assumed).toBe(true);
  });

  it("does not flag a result that stays inside the table", () => {
    expect(only2026.dueAt(vn("2026-12-29T10:00"), oneDay).assumed).toBe(false);
  });

  it("works with no tables at all", () => {
    const result = createCalendar([]).dueAt(vn("2040-01-05T10:00"), oneDay);
    expect(result.dueAt).toEqual(vn("2040-01-06T17:00"));
    expect(result.assumed).toBe(true);
  });
});

describe("dueAt rejects malformed input", () => {
  it.each<[string, () => unknown]>([
    ["SAME_DAY with a value", () => calendar.dueAt(vn("2026-03-04T10:00"), { value: 2, unit: "SAME_DAY", cutoff: null })],
    ["a negative value", () => calendar.dueAt(vn("2026-03-04T10:00"), { value: -1, unit: "WORKING_DAY", cutoff: null })],
    ["a fractional value", () => calendar.dueAt(vn("2026-03-04T10:00"), { value: 1.5, unit: "CALENDAR_DAY", cutoff: null })],
    ["a bad cut-off", () => calendar.dueAt(vn("2026-03-04T10:00"), { value: 0, unit: "SAME_DAY", cutoff: "3pm" })],
    ["opening after closing", () => calendar.dueAt(vn("2026-03-04T10:00"), oneDay, { openAt: "18:00" })],
    ["an invalid Date", () => calendar.dueAt(new Date("nope"), oneDay)],
    ["an ISO string without offset", () => calendar.dueAt("2026-03-04T10:00", oneDay)],
  ])("%s", (_, call) => {
    expect(call).toThrow(RangeError);
  });
});
