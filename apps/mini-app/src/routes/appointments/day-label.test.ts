import { describe, expect, it } from "vitest";
import { dayLabel } from "./day-label.ts";

describe("dayLabel", () => {
  it("names the weekday in the reader's language, day first", () => {
    expect(dayLabel("2026-03-05", "vi")).toBe("Thứ Năm, 05/03/2026");
    expect(dayLabel("2026-03-08", "vi", false)).toBe("Chủ nhật, 08/03");
    expect(dayLabel("2026-03-05", "en")).toBe("Thursday, 05/03/2026");
  });
});
