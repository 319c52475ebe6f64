import { afterAll, describe, expect, it } from "vitest";
import { createCalendar } from "./calendar.ts";
import { scenarios, vn } from "./due-at.fixtures.ts";
import { localDate } from "./local-date.ts";
import { fromVnLocal, toVnLocal } from "./vn-time.ts";

// Node re-reads TZ when process.env.TZ is assigned, so one run covers several zones;
// the CI can also run the whole suite under TZ=UTC and TZ=America/New_York.
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const zones: [zone: string, januaryOffsetMinutes: number][] = [
  ["UTC", 0],
  ["America/New_York", 300],
  ["Asia/Ho_Chi_Minh", -420],
  ["Pacific/Kiritimati", -840],
  ["Pacific/Pago_Pago", 660],
];

describe.each(zones)("under TZ=%s", (zone, januaryOffset) => {
  it("really runs in that zone", () => {
    process.env.TZ = zone;
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
  });

  it("gives the same appointment dates", () => {
    process.env.TZ = zone;
    const calendar = createCalendar();
    for (const { received, time, start, due } of scenarios) {
      const result = calendar.dueAt(vn(received), time);
      expect(result.startDate, received).toBe(start);
      expect(result.dueAt.toISOString(), received).toBe(fromVnLocal(localDate(due), "17:00").toISOString());
    }
  });

  it("reads the same Vietnam wall clock", () => {
    process.env.TZ = zone;
    expect(toVnLocal(new Date("2026-12-31T16:59:59.999Z"))).toEqual({ date: "2026-12-31", time: "23:59:59.999" });
    expect(fromVnLocal(localDate("2026-03-04"), "15:00").toISOString()).toBe("2026-03-04T08:00:00.000Z");
  });
});
