import { describe, expect, it } from "vitest";
import { citizen } from "../../db/schema/index.ts";
import { dbKinds } from "../../test/db.ts";
import { renderFeedbackNotice } from "./message-templates.ts";
import { MINIAPP_ID, recordingSenderPerSuite } from "./notice-test-kit.ts";
import { FEEDBACK_NOTICE_TOPIC } from "./notification-sender.ts";

describe("feedback notice content", () => {
  it("tells the citizen their feedback was answered, with a link to it", () => {
    const notice = renderFeedbackNotice({ payload: { action: "answer", code: "PA-7K3P-9QX2" }, miniAppId: MINIAPP_ID });
    expect(notice.miniApp).toEqual({
      title: "Dịch vụ công Đồng Nai",
      contentTitle: "Đã trả lời",
      contentDescription: "Phản ánh, kiến nghị PA-7K3P-9QX2 của bạn đã có câu trả lời. Bấm để xem.",
      buttonText: "Xem trả lời",
      buttonUrl: `https://zalo.me/s/${MINIAPP_ID}/feedback/PA-7K3P-9QX2`,
    });
    expect(notice.zns).toEqual({ reference: "PA-7K3P-9QX2", status: "Đã trả lời", detail: notice.miniApp.contentDescription });
  });

  it("words a dismissal differently", () => {
    const notice = renderFeedbackNotice({ payload: { action: "dismiss", code: "PA-7K3P-9QX2" }, miniAppId: MINIAPP_ID });
    expect(notice.miniApp).toMatchObject({ contentTitle: "Không xử lý", buttonText: "Xem lý do" });
  });
});

describe.each(dbKinds)("feedback notices through the sender (%s)", (kind) => {
  const { db, sent, sender } = recordingSenderPerSuite(kind);

  const message = (citizenId: string | null, payload: Record<string, unknown>) => ({ id: "0c4e1f3a-8a57-4d4b-9a3b-2f6d0d1c5e77", topic: FEEDBACK_NOTICE_TOPIC, dossierId: null, citizenId, payload, attempts: 1 });

  it("relays the topic, with no dossier, to a citizen who opted in", async () => {
    const [who] = await db().insert(citizen).values({ zaloId: "5100000000099001", notifyOptIn: true }).returning();
    expect(sender().topics).toContain(FEEDBACK_NOTICE_TOPIC);
    expect(await sender().send(message(who!.id, { action: "answer", code: "PA-7K3P-9QX2" }))).toEqual({ kind: "sent", channel: "miniapp", messageId: "m1" });
    expect(sent).toEqual([
      expect.objectContaining({ zaloUserId: "5100000000099001", templateId: "tpl-01", trackingId: "0c4e1f3a-8a57-4d4b-9a3b-2f6d0d1c5e77" }),
    ]);
  });

  it("skips a citizen who has not opted in, and dead-letters a malformed payload", async () => {
    const [who] = await db().insert(citizen).values({ zaloId: "5100000000099002", notifyOptIn: false }).returning();
    expect(await sender().send(message(who!.id, { action: "answer", code: "PA-7K3P-9QX2" }))).toEqual({ kind: "skipped", reason: "citizen has not opted in" });
    expect(await sender().send(message(who!.id, { action: "shout" }))).toEqual({ kind: "permanent", reason: "malformed payload" });
    expect(sent).toEqual([]);
  });
});
