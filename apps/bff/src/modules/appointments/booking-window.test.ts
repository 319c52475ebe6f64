import { createCalendar, localDate } from "@motcua/calendar";
import { describe, expect, it } from "vitest";
import { bookableDays, hasBegun, vnClock } from "./booking-window.ts";

const calendar = createCalendar();

describe("booking window", () => {
  it("reads Vietnam's date and clock, not the server's", () => {
    expect(vnClock(new Date("2026-03-02T17:30:00Z"))).toEqual({ today: "2026-03-03", clock: "00:30" });
  });

  it("offers working days only: no weekends, no Tết, and the make-up Saturday of 10/01/2026", () => {
    // Friday 13/02/2026, the last working day before Tết (14–22/02).
    expect(bookableDays(calendar, localDate("2026-02-13"), 3)).toEqual(["2026-02-13", "2026-02-23", "2026-02-24"]);
    // New Year 2026: Thu 1/1 and Fri 2/1 off, Saturday 10/1 worked.
    expect(bookableDays(calendar, localDate("2026-01-01"), 6)).toEqual(["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-01-10"]);
  });

  it("starts from the next working day on a weekend", () => {
    expect(bookableDays(calendar, localDate("2026-03-07"), 1)).toEqual(["2026-03-09"]);
  });

  it("knows whether a slot has begun", () => {
    const at = { today: "2026-03-03", clock: "09:15" };
    expect(hasBegun("2026-03-03", "09:00", at)).toBe(true);
    expect(hasBegun("2026-03-03", "09:15", at)).toBe(true);
    expect(hasBegun("2026-03-03", "09:30", at)).toBe(false);
    expect(hasBegun("2026-03-02", "16:00", at)).toBe(true);
    expect(hasBegun("2026-03-04", "07:30", at)).toBe(false);
  });
});
