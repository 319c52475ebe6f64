import { describe, expect, it } from "vitest";
import { addDays, isLocalDate, localDate, weekday } from "./local-date.ts";

describe("LocalDate", () => {
  it.each(["2026-02-29", "2026-13-01", "2026-1-01", "2026-01-01T00:00", "0000-01-01", ""])("rejects %j", (value) => {
    expect(isLocalDate(value)).toBe(false);
    expect(() => localDate(value)).toThrow(RangeError);
  });

  it.each(["2024-02-29", "2026-12-31", "0050-06-15", "9999-12-31"])("accepts %s", (value) => {
    expect(localDate(value)).toBe(value);
  });

  it("adds days across month, leap-day and year boundaries", () => {
    expect(addDays(localDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(addDays(localDate("2026-12-31"), 1)).toBe("2027-01-01");
    expect(addDays(localDate("2026-03-01"), -1)).toBe("2026-02-28");
  });

  it("knows weekdays, before and after 1970", () => {
    expect(weekday(localDate("2026-02-14"))).toBe(6);
    expect(weekday(localDate("2026-04-26"))).toBe(0);
    expect(weekday(localDate("1969-12-29"))).toBe(1);
    expect(weekday(localDate("1945-09-02"))).toBe(0);
  });
});
