import { describe, expect, it } from "vitest";
import { localDate } from "./local-date.ts";
import { fromVnLocal, parseClock, toVnLocal } from "./vn-time.ts";

describe("Vietnam local time", () => {
  it("converts an instant to the UTC+7 wall clock", () => {
    expect(toVnLocal(new Date("2026-03-04T07:59:30.250Z"))).toEqual({ date: "2026-03-04", time: "14:59:30.250" });
    expect(toVnLocal("2026-12-31T17:00:00Z")).toEqual({ date: "2027-01-01", time: "00:00:00.000" });
    expect(toVnLocal("2026-03-04T23:30:00-05:00")).toEqual({ date: "2026-03-05", time: "11:30:00.000" });
  });

  it("converts a wall-clock reading back to an instant", () => {
    expect(fromVnLocal(localDate("2026-03-04"), "17:00").toISOString()).toBe("2026-03-04T10:00:00.000Z");
    expect(fromVnLocal(localDate("2027-01-01")).toISOString()).toBe("2026-12-31T17:00:00.000Z");
  });

  it("rejects ISO strings that would be read in the process time zone", () => {
    expect(() => toVnLocal("2026-03-04T10:00")).toThrow(RangeError);
    expect(() => toVnLocal("2026-03-04")).toThrow(RangeError);
  });

  it.each(["24:00", "7:30", "07:60", "07:30:60", "07:30:00.5"])("rejects clock %j", (value) => {
    expect(() => parseClock(value)).toThrow(RangeError);
  });
});
