import { dossierStatuses } from "@motcua/contracts";
import { describe, expect, it } from "vitest";
import { contrastRatio, toneColours, toneOfStatus } from "./status-tone.ts";

describe("status tones", () => {
  it("meet WCAG AA (4.5:1) for the chip text on its background, in every tone", () => {
    for (const [tone, { text, background }] of Object.entries(toneColours)) {
      expect(contrastRatio(text, background), tone).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("computes the contrast ratio the way WCAG defines it", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("makes only the statuses waiting on the citizen loud", () => {
    const loud = dossierStatuses.filter((s) => toneOfStatus[s] === "action");
    expect(loud).toEqual(["AWAITING_SUPPLEMENT", "AWAITING_PAYMENT"]);
  });
});
