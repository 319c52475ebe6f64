import { describe, expect, it } from "vitest";
import type { DeskDossierDetail } from "@motcua/contracts";
import { availableDocuments } from "./DocumentsSection.tsx";
import { detailLines } from "./TimelineSection.tsx";

type Entry = DeskDossierDetail["timeline"][number];
const entry = (action: string): Entry => ({ at: "2026-11-02T02:00:00Z", action, status: "RECEIVED", label: action, labelEn: action, note: null, actorType: "officer", data: null });

describe("availableDocuments", () => {
  it("offers each letter once the dossier has reached it", () => {
    expect(availableDocuments({ officialCode: null, status: "SUBMITTED", timeline: [entry("submit")] })).toEqual([]);
    expect(availableDocuments({ officialCode: null, status: "REFUSED", timeline: [entry("submit"), entry("refuse")] })).toEqual(["refusal"]);
    expect(
      availableDocuments({ officialCode: "X-261102-0001", status: "IN_PROGRESS", timeline: ["submit", "accept", "request_supplement", "supplement", "extend"].map(entry) }),
    ).toEqual(["receipt", "supplement-request", "apology"]);
  });
});

describe("detailLines", () => {
  it("words what each step recorded", () => {
    expect(detailLines({ action: "dispatch", data: { carrier: "VNPost", trackingNumber: "EB123456789VN" } })).toEqual(["Mã bưu gửi: EB123456789VN"]);
    expect(detailLines({ action: "request_payment", data: { amount: 50_000 } })).toEqual(["Số tiền: 50.000 đồng"]);
    expect(detailLines({ action: "request_supplement", data: { items: [{ note: "Ảnh mờ" }, "rác"] } })).toEqual(["Cần bổ sung: Ảnh mờ"]);
  });

  it("ignores data it does not recognise instead of failing", () => {
    expect(detailLines({ action: "dispatch", data: { trackingNumber: 42 } })).toEqual([]);
    expect(detailLines({ action: "accept", data: null })).toEqual([]);
  });
});
