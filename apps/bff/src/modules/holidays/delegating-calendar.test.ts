import { describe, expect, it } from "vitest";
import { bundledTables, createCalendar, localDate, mergeOverrides, type Calendar } from "@motcua/calendar";
import { delegatingCalendar } from "./delegating-calendar.ts";

describe("delegatingCalendar", () => {
  it("answers from whichever calendar is current at each call", () => {
    const closedFriday = createCalendar(
      mergeOverrides(bundledTables, [{ date: localDate("2026-12-04"), kind: "HOLIDAY", name: "Nghỉ", status: "OFFICIAL", removed: false }]),
    );
    let current: Calendar = createCalendar();
    const calendar = delegatingCalendar(() => current);
    const thursday = localDate("2026-12-03");
    expect(calendar.nextWorkingDay(thursday)).toBe("2026-12-04");
    current = closedFriday;
    expect(calendar.nextWorkingDay(thursday)).toBe("2026-12-07");
    expect(calendar.dueAt(new Date("2026-12-03T09:00:00+07:00"), { value: 1, unit: "WORKING_DAY", cutoff: null }).dueAt).toEqual(
      new Date("2026-12-07T17:00:00+07:00"),
    );
  });
});
