import { DeskActionCommand, deskActions } from "@motcua/contracts";
import { describe, expect, it } from "vitest";
import { actionSpecs, buildCommand, emptyDraft, type ActionDraft } from "./action-specs.ts";

const filled: ActionDraft = {
  note: "  Ghi chú  ",
  reason: " Không thuộc thẩm quyền của phường ",
  items: [
    { requirementId: "to-khai", note: " Ảnh bị mờ " },
    { requirementId: "", note: "Bản sao giấy chứng sinh" },
  ],
  agencyCode: "000.00.00.H19",
  amount: "50000",
  dueDate: "2026-12-04",
  documents: [{ name: "Trích lục khai sinh", number: "", issuedAt: "2026-11-30" }],
  trackingNumber: "eb 123 456 789 vn",
  recipient: "",
};

describe("buildCommand", () => {
  it.each(deskActions)("builds a %s command the BFF's schema accepts", (action) => {
    const parsed = DeskActionCommand.safeParse(buildCommand(action, filled));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it("trims, and leaves out optional fields the officer left empty", () => {
    expect(buildCommand("request_supplement", filled)).toEqual({
      action: "request_supplement",
      items: [{ requirementId: "to-khai", note: "Ảnh bị mờ" }, { note: "Bản sao giấy chứng sinh" }],
      note: "Ghi chú",
    });
    expect(buildCommand("accept", emptyDraft())).toEqual({ action: "accept" });
    expect(buildCommand("result_ready", filled)).toEqual({ action: "result_ready", documents: [{ name: "Trích lục khai sinh", issuedAt: "2026-11-30" }], note: "Ghi chú" });
  });

  it("sends the new appointment at closing time, Vietnam time, and the amount as a number", () => {
    expect(buildCommand("extend", filled)).toMatchObject({ dueAt: "2026-12-04T17:00:00+07:00" });
    expect(buildCommand("request_payment", filled)).toMatchObject({ amount: 50_000 });
  });

  it("has a Vietnamese label and outcome for every action", () => {
    for (const action of deskActions) {
      expect(actionSpecs[action].label.length).toBeGreaterThan(3);
      expect(actionSpecs[action].done).toMatch(/\.$/);
    }
  });
});
