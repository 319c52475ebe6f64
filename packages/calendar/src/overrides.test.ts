import { describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.ts";
import { bundledTables } from "./holidays/index.ts";
import { localDate, type LocalDate } from "./local-date.ts";
import { mergeOverrides, type Override } from "./overrides.ts";
import type { DayKind } from "./types.ts";

const d = localDate;
const override = (date: string, kind: DayKind = "HOLIDAY", removed = false): Override => ({
  date: date as LocalDate,
  kind,
  name: "Nghỉ theo quyết định của tỉnh",
  status: "OFFICIAL",
  removed,
});
const calendarWith = (...overrides: Override[]) => createCalendar(mergeOverrides(bundledTables, overrides));

describe("mergeOverrides", () => {
  it("returns the bundled tables unchanged without overrides", () => {
    expect(mergeOverrides(bundledTables, [])).toEqual(bundledTables.map((t) => ({ year: t.year, entries: [...t.entries] })));
  });

  it.each([
    ["a local closure on a Friday", override("2026-12-04"), "2026-12-04", false],
    ["a make-up Saturday", override("2026-12-05", "MAKEUP_WORKDAY"), "2026-12-05", true],
    ["a swapped-off weekday", override("2026-12-07", "SWAPPED_OFF"), "2026-12-07", false],
    ["removing a bundled swap", override("2026-01-02", "SWAPPED_OFF", true), "2026-01-02", true],
    ["removing a bundled make-up day", override("2026-01-10", "MAKEUP_WORKDAY", true), "2026-01-10", false],
    ["replacing a holiday by a make-up day", override("2026-04-26", "MAKEUP_WORKDAY"), "2026-04-26", true],
    ["removing a date that has no entry", override("2026-03-03", "HOLIDAY", true), "2026-03-03", true],
  ])("%s", (_, o, date, working) => {
    expect(calendarWith(o).isWorkingDay(d(date))).toBe(working);
  });

  it("replaces the entry of the same date instead of listing it twice", () => {
    const confirmed = { ...override("2027-02-04"), name: "Tết Nguyên đán Đinh Mùi", status: "OFFICIAL" as const };
    const entries = calendarWith(confirmed).holidaysIn(2027).filter((e) => e.date === "2027-02-04");
    expect(entries).toEqual([{ date: "2027-02-04", kind: "HOLIDAY", name: "Tết Nguyên đán Đinh Mùi", status: "OFFICIAL" }]);
  });

  it("creates the table of a year next to the covered range, one year after another", () => {
    const calendar = calendarWith(override("2029-01-01"), override("2028-01-03"), override("2024-12-31"));
    expect(calendar.coverage()).toEqual({ first: 2024, last: 2029 });
    expect(calendar.isWorkingDay(d("2028-01-03"))).toBe(false);
  });

  it("does not create a table only to remove something from it", () => {
    expect(calendarWith(override("2028-01-03", "HOLIDAY", true)).covers(2028)).toBe(false);
  });

  it.each([
    ["MAKEUP_ON_WEEKDAY", override("2026-12-04", "MAKEUP_WORKDAY")],
    ["DAY_OFF_ON_WEEKEND", override("2026-12-05", "COMPENSATORY")],
    ["DAY_OFF_ON_WEEKEND", override("2026-12-06", "SWAPPED_OFF")],
    ["YEAR_NOT_ADJACENT", override("2030-01-02")],
    ["BAD_DATE", override("2026-02-30")],
  ])("rejects %s", (problem, o) => {
    const attempt = () => mergeOverrides(bundledTables, [o]);
    expect(attempt).toThrow(RangeError);
    expect(attempt).toThrow(expect.objectContaining({ name: "OverrideError", problem }));
  });

  it("keeps a statutory holiday on a weekend, as the tables do", () => {
    expect(calendarWith(override("2026-12-06")).holidaysIn(2026).some((e) => e.date === "2026-12-06")).toBe(true);
  });

  it("does not change the tables it was given", () => {
    const before = JSON.stringify(bundledTables);
    mergeOverrides(bundledTables, [override("2026-01-02", "SWAPPED_OFF", true), override("2026-12-04")]);
    expect(JSON.stringify(bundledTables)).toBe(before);
  });
});
