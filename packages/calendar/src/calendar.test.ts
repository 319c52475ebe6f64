import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.ts";
import { table2026 } from "./holidays/2026.ts";
import { localDate } from "./local-date.ts";
import type { DayEntry, YearTable } from "./types.ts";

const calendar = createCalendar();
const d = localDate;

describe("isWorkingDay on the bundled tables", () => {
  it.each([
    ["2025-01-27", false, "2025 Tết"],
    ["2025-04-26", true, "2025 make-up Saturday"],
    ["2025-05-02", false, "2025 swapped Friday"],
    ["2025-09-01", false, "2025 National Day adjacent day"],
    ["2026-01-01", false, "New Year"],
    ["2026-01-02", false, "swapped Friday"],
    ["2026-01-10", true, "make-up Saturday"],
    ["2026-01-17", false, "ordinary Saturday"],
    ["2026-02-13", true, "Friday before Tết"],
    ["2026-02-16", false, "Tết (giao thừa)"],
    ["2026-02-20", false, "Tết, last weekday"],
    ["2026-02-23", true, "first day back after Tết"],
    ["2026-04-26", false, "Giỗ Tổ on a Sunday"],
    ["2026-04-27", false, "Giỗ Tổ compensatory Monday"],
    ["2026-04-28", true, "Tuesday after Giỗ Tổ"],
    ["2026-04-30", false, "30/4"],
    ["2026-05-01", false, "1/5"],
    ["2026-05-04", true, "Monday after 30/4–3/5"],
    ["2026-08-22", true, "make-up Saturday for 31/8"],
    ["2026-08-31", false, "swapped Monday"],
    ["2026-09-01", false, "National Day adjacent day"],
    ["2026-09-02", false, "National Day"],
    ["2026-09-03", true, "Thursday after National Day"],
    ["2026-11-24", true, "24/11 is not yet a holiday"],
    ["2027-02-04", false, "provisional Tết 2027"],
    ["2027-05-03", false, "provisional compensatory for 1/5/2027"],
  ])("%s is working: %s (%s)", (date, expected) => {
    expect(calendar.isWorkingDay(d(date))).toBe(expected);
  });

  it("falls back to Mon–Fri outside the tables", () => {
    expect(calendar.isWorkingDay(d("2030-01-01"))).toBe(true); // a Tuesday, New Year unknown
    expect(calendar.isWorkingDay(d("2030-01-05"))).toBe(false); // a Saturday
  });
});

describe("counting", () => {
  it("nextWorkingDay skips the whole Tết block", () => {
    expect(calendar.nextWorkingDay(d("2026-02-13"))).toBe("2026-02-23");
    expect(calendar.nextWorkingDay(d("2026-01-09"))).toBe("2026-01-10");
  });

  it("addWorkingDays with n = 0 returns the date itself, even a day off", () => {
    expect(calendar.addWorkingDays(d("2026-02-17"), 0)).toBe("2026-02-17");
  });

  it("addWorkingDays rejects negative or fractional n", () => {
    expect(() => calendar.addWorkingDays(d("2026-02-17"), -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays(d("2026-02-17"), 0.5)).toThrow(RangeError);
  });

  it("workingDaysBetween counts (a, b] and is negative backwards", () => {
    expect(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-23"))).toBe(1);
    expect(calendar.workingDaysBetween(d("2026-02-23"), d("2026-02-13"))).toBe(-1);
    expect(calendar.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).toBe(0);
    // 2026 has 261 weekdays; 13 of them off, and 2 make-up Saturdays worked.
    expect(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).toBe(261 - 13 + 2);
  });
});

describe("table access", () => {
  it("reports coverage and covered years", () => {
    expect(calendar.coverage()).toEqual({ first: 2025, last: 2027 });
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2028)).toBe(false);
    expect(createCalendar([]).coverage()).toBeNull();
  });

  it("lists a year's entries by date, with 2027 provisional", () => {
    const dates = calendar.holidaysIn(2026).map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).not.toContain("2026-11-24");
    expect(calendar.holidaysIn(2027).every((entry) => entry.status === "PROVISIONAL")).toBe(true);
    expect(calendar.holidaysIn(2026).every((entry) => entry.status === "OFFICIAL")).toBe(true);
    expect(calendar.holidaysIn(2031)).toEqual([]);
  });
});

describe("table validation", () => {
  const entry = (date: string, kind: DayEntry["kind"]): DayEntry => ({ date: d(date), kind, name: "x", status: "OFFICIAL" });
  const table = (year: number, ...entries: DayEntry[]): YearTable => ({ year, entries });

  it.each<[string, YearTable[]]>([
    ["a duplicated year", [table2026, table2026]],
    ["a gap between years", [table(2025), table(2027)]],
    ["an entry in the wrong year", [table(2025, entry("2026-01-01", "HOLIDAY"))]],
    ["a date listed twice", [table(2026, entry("2026-01-01", "HOLIDAY"), entry("2026-01-01", "SWAPPED_OFF"))]],
    ["a make-up day on a weekday", [table(2026, entry("2026-01-09", "MAKEUP_WORKDAY"))]],
    ["a swapped day on a weekend", [table(2026, entry("2026-01-11", "SWAPPED_OFF"))]],
    ["an unchecked bad date", [table(2026, { ...entry("2026-01-01", "HOLIDAY"), date: "2026-13-01" as DayEntry["date"] })]],
  ])("rejects %s", (_, tables) => {
    expect(() => createCalendar(tables)).toThrow(RangeError);
  });
});
