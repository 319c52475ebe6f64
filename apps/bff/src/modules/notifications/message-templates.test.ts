import { describe, expect, it } from "vitest";
import { transitions } from "../dossiers/state-machine.ts";
import { dossierDeepLink, renderStatusNotice, vnDate, type StatusNoticePayload } from "./message-templates.ts";

const DOSSIER_ID = "7f1f0a52-3c55-4d2e-9a6b-2b3c4d5e6f70";
const payload = (action: string, status: StatusNoticePayload["status"]): StatusNoticePayload => ({
  action,
  status,
  reference: "HS-7K3P-9QX2",
  officialCode: null,
  version: 2,
});
const render = (p: StatusNoticePayload, dueAt: Date | null = null) => renderStatusNotice({ payload: p, dossierId: DOSSIER_ID, dueAt, miniAppId: "3141592653589793" });

describe("status notice content", () => {
  it("announces reception with the appointment date on Vietnam's calendar", () => {
    // 17:30 UTC on the 11th is already the 12th in Vietnam.
    const notice = render(payload("accept", "RECEIVED"), new Date("2026-12-11T17:30:00Z"));
    expect(notice.miniApp).toEqual({
      title: "Dịch vụ công Đồng Nai",
      contentTitle: "Đã tiếp nhận",
      contentDescription: "Hồ sơ HS-7K3P-9QX2 đã được tiếp nhận, hẹn trả ngày 12/12/2026.",
      buttonText: "Xem hồ sơ",
      buttonUrl: `https://zalo.me/s/3141592653589793/dossiers/${DOSSIER_ID}`,
    });
    expect(notice.zns).toEqual({ reference: "HS-7K3P-9QX2", status: "Đã tiếp nhận", detail: notice.miniApp.contentDescription });
  });

  it("leaves the date out when there is none", () => {
    expect(render(payload("accept", "RECEIVED")).miniApp.contentDescription).toBe("Hồ sơ HS-7K3P-9QX2 đã được tiếp nhận.");
  });

  it("tells a resumed dossier apart from a fresh start, though both land in IN_PROGRESS", () => {
    expect(render(payload("supplement", "IN_PROGRESS")).miniApp.contentDescription).toContain("Đã nhận giấy tờ bổ sung");
    expect(render(payload("start_processing", "IN_PROGRESS")).miniApp.contentDescription).toBe("Hồ sơ HS-7K3P-9QX2 đang được xử lý.");
  });

  it("has words of its own for every notifying action, and a title within the template's 32 characters", () => {
    const notifying = Object.entries(transitions)
      .filter(([, rule]) => rule.notify)
      .map(([action]) => action);
    for (const action of ["submit", ...notifying]) {
      const { miniApp } = render(payload(action, "IN_PROGRESS"));
      expect(miniApp.contentDescription, action).not.toMatch(/^Hồ sơ HS-7K3P-9QX2: /);
      expect(miniApp.title.length).toBeLessThanOrEqual(32);
    }
  });

  it("falls back to the status label for an action it does not know", () => {
    expect(render(payload("future_action", "RESULT_READY")).miniApp.contentDescription).toBe("Hồ sơ HS-7K3P-9QX2: Đã có kết quả.");
  });

  it("formats dates as dd/mm/yyyy and escapes deep-link segments", () => {
    expect(vnDate(new Date("2026-01-05T00:00:00+07:00"))).toBe("05/01/2026");
    expect(dossierDeepLink("app/1", "a b")).toBe("https://zalo.me/s/app%2F1/dossiers/a%20b");
  });
});
