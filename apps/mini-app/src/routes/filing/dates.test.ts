import { describe, expect, it } from "vitest";
import { formatDateTyping, toDisplayDate, toIsoDate } from "./dates.ts";

/** Types `text` one character at a time through the formatter, as an input's onChange would. */
const typed = (text: string) => [...text].reduce((value, ch) => formatDateTyping(value, value + ch), "");

describe("dates typed as day/month/year", () => {
  it("inserts the slashes while digits are typed", () => {
    expect(typed("05091965")).toBe("05/09/1965");
    expect(typed("0509")).toBe("05/09/");
  });

  it("pads a one-digit day or month when the citizen types the slash", () => {
    expect(typed("5/9/1965")).toBe("05/09/1965");
  });

  it("never re-adds a slash the citizen deletes", () => {
    expect(formatDateTyping("05/", "05")).toBe("05");
  });

  it("turns a pasted ISO date around", () => {
    expect(formatDateTyping("", "1965-09-05")).toBe("05/09/1965");
  });

  it("converts to ISO for checking and sending, and back for display", () => {
    expect(toIsoDate("05/09/1965")).toBe("1965-09-05");
    expect(toIsoDate("5-9-1965")).toBe("1965-09-05");
    expect(toIsoDate("05/09/19")).toBe("05/09/19");
    expect(toDisplayDate("1965-09-05")).toBe("05/09/1965");
  });
});
