import { describe, expect, it } from "vitest";
import { citizen } from "../../db/schema/index.ts";
import { dbKinds } from "../../test/db.ts";
import { renderServiceRequestNotice } from "./message-templates.ts";
import { MINIAPP_ID, recordingSenderPerSuite } from "./notice-test-kit.ts";
import { SERVICE_REQUEST_NOTICE_TOPIC } from "./notification-sender.ts";

describe("service request notice content", () => {
  it("tells the citizen a translation was quoted, with a link to accept it", () => {
    const notice = renderServiceRequestNotice({ payload: { action: "quote", code: "DV-7K3P-9QX2", kind: "TRANSLATION" }, miniAppId: MINIAPP_ID });
    expect(notice.miniApp).toEqual({
      title: "Dịch vụ công Đồng Nai",
      contentTitle: "Đã báo giá",
      contentDescription: "Yêu cầu dịch thuật DV-7K3P-9QX2 đã có báo giá. Bấm để xem và đồng ý.",
      buttonText: "Xem báo giá",
      buttonUrl: `https://zalo.me/s/${MINIAPP_ID}/services/DV-7K3P-9QX2`,
    });
    expect(notice.zns).toEqual({ reference: "DV-7K3P-9QX2", status: "Đã báo giá", detail: notice.miniApp.contentDescription });
  });

  it("words a scheduled consultation, a result and a refusal each their own way", () => {
    const render = (action: "schedule" | "complete" | "reject") => renderServiceRequestNotice({ payload: { action, code: "DV-7K3P-9QX2", kind: "CONSULTING" }, miniAppId: MINIAPP_ID }).miniApp;
    expect(render("schedule")).toMatchObject({ contentTitle: "Đã hẹn lịch tư vấn", buttonText: "Xem lịch hẹn", contentDescription: expect.stringContaining("tư vấn doanh nghiệp DV-7K3P-9QX2") });
    expect(render("complete")).toMatchObject({ contentTitle: "Đã hoàn thành", buttonText: "Xem kết quả" });
    expect(render("reject")).toMatchObject({ contentTitle: "Không thực hiện", buttonText: "Xem lý do" });
  });
});

describe.each(dbKinds)("service request notices through the sender (%s)", (kind) => {
  const { db, sent, sender } = recordingSenderPerSuite(kind);

  const message = (citizenId: string, payload: Record<string, unknown>) => ({ id: "0c4e1f3a-8a57-4d4b-9a3b-2f6d0d1c5e78", topic: SERVICE_REQUEST_NOTICE_TOPIC, dossierId: null, citizenId, payload, attempts: 1 });

  it("relays the topic to a citizen who opted in, and dead-letters a malformed payload", async () => {
    const [who] = await db().insert(citizen).values({ zaloId: "5100000000099101", notifyOptIn: true }).returning();
    expect(sender().topics).toContain(SERVICE_REQUEST_NOTICE_TOPIC);
    expect(await sender().send(message(who!.id, { action: "complete", code: "DV-7K3P-9QX2", kind: "TRANSLATION" }))).toEqual({ kind: "sent", channel: "miniapp", messageId: "m1" });
    expect(sent).toEqual([expect.objectContaining({ zaloUserId: "5100000000099101", data: expect.objectContaining({ contentTitle: "Đã hoàn thành" }) })]);
    expect(await sender().send(message(who!.id, { action: "complete", code: "DV-7K3P-9QX2", kind: "PARKING" }))).toEqual({ kind: "permanent", reason: "malformed payload" });
  });
});
