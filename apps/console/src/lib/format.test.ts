import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLocalDay, monthOf, vnToday } from "./format.ts";

describe("dates on Vietnam's clock", () => {
  it("shows instants in Vietnam time whatever the machine's zone", () => {
    expect(formatDateTime("2026-03-01T17:30:00Z")).toBe("00:30 02/03/2026");
    expect(formatDate("2026-03-01T17:30:00Z")).toBe("02/03/2026");
    expect(formatDate(null)).toBe("—");
  });

  it("takes today from Vietnam's calendar", () => {
    expect(vnToday(new Date("2026-01-31T18:00:00Z"))).toBe("2026-02-01");
  });

  it("spans whole months, leap years included", () => {
    expect(monthOf("2028-02-10")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthOf("2026-12-31")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("rewrites local days without a time zone round trip", () => {
    expect(formatLocalDay("2026-09-02")).toBe("02/09/2026");
  });
});
