import { describe, expect, it } from "vitest";
import { createCalendar, toVnLocal } from "@motcua/calendar";
import type { DeskDossierDetail, DossierDetail } from "@motcua/contracts";
import { dbKinds } from "../../test/db.ts";
import { deskHarnessPerSuite } from "../../test/desk-harness.ts";
import { tinyPdf, uploadFile } from "../../test/dossier-fixtures.ts";

const calendar = createCalendar();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe.each(dbKinds)("desk transitions over HTTP (%s)", (kind) => {
  const h = deskHarnessPerSuite(kind);

  const expectedDueAt = (receivedAt: string) => {
    const channel = h.procedure.channels.find((c) => c.channel === "ONLINE") ?? h.procedure.channels[0]!;
    return calendar.dueAt(new Date(receivedAt), channel.processingTime).dueAt.toISOString();
  };

  it("takes a dossier from filing to delivery, every step a transition with its event and notification", async () => {
    const desk = await h.officer(["desk"]);
    const processor = await h.officer(["processor"]);
    const { id, citizenToken, body } = await h.file();

    const acceptRes = await h.act(desk.token, id, "accept", { note: "Hồ sơ đầy đủ" }, 1);
    expect(acceptRes.status).toBe(200);
    expect(acceptRes.headers.get("etag")).toBe('"v2"');
    const accepted = (await acceptRes.json()) as DeskDossierDetail;
    const yymmdd = toVnLocal(new Date(accepted.receivedAt!)).date.slice(2).replaceAll("-", "");
    expect(accepted).toMatchObject({ status: "RECEIVED", statusCode: 2, version: 2, officialCode: `${h.agencyA}-${yymmdd}-0001` });
    expect(accepted.dueAt).toBe(expectedDueAt(accepted.receivedAt!));
    expect(accepted.allowedActions).toEqual(["request_supplement"]);

    const requirementId = body.documents[0]!.requirementId;
    const asked = await h.step(desk.token, id, "request_supplement", { items: [{ requirementId, note: "Ảnh bản sao bị mờ" }], note: "Bổ sung trong 5 ngày" });
    expect(asked).toMatchObject({ status: "AWAITING_SUPPLEMENT", statusCode: 5, supplementRequest: { items: [{ requirementId, note: "Ảnh bản sao bị mờ" }], note: "Bổ sung trong 5 ngày" } });

    const fresh = await uploadFile(h.app.server.url, citizenToken, "ban-sao-moi.pdf", tinyPdf);
    const supplemented = await fetch(`${h.app.server.url}/api/v1/me/dossiers/${id}/supplement`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${citizenToken}` },
      body: JSON.stringify({ documents: [{ requirementId, uploadIds: [fresh] }] }),
    });
    expect(supplemented.status).toBe(200);
    const resumed = (await supplemented.json()) as DossierDetail;
    expect(resumed.status).toBe("RECEIVED");

    const started = await h.step(processor.token, id, "start_processing");
    expect(started).toMatchObject({ status: "IN_PROGRESS", statusCode: 4, dueAt: resumed.dueAt });

    const billed = await h.step(processor.token, id, "request_payment", { amount: 50_000, note: "Lệ phí cấp bản sao" });
    expect(billed).toMatchObject({ status: "AWAITING_PAYMENT", statusCode: 6, feesDue: { amount: 50_000, note: "Lệ phí cấp bản sao", paidAt: null } });
    const paid = await h.step(processor.token, id, "confirm_payment");
    expect(paid.status).toBe("IN_PROGRESS");
    expect(paid.feesDue?.paidAt).not.toBeNull();

    const newDate = new Date(new Date(paid.dueAt!).getTime() + 3 * 86_400_000).toISOString();
    const extended = await h.step(processor.token, id, "extend", { dueAt: newDate, reason: "Cần xác minh thêm với cơ quan khác" });
    expect(extended).toMatchObject({ status: "IN_PROGRESS", dueAt: newDate });
    expect(extended.timeline.at(-1)).toMatchObject({ action: "extend", note: "Cần xác minh thêm với cơ quan khác", data: { previousDueAt: paid.dueAt, dueAt: newDate } });

    const documents = [{ name: "Giấy khai sinh (bản chính)", number: "123/2026" }];
    const ready = await h.step(processor.token, id, "result_ready", { documents });
    expect(ready).toMatchObject({ status: "RESULT_READY", statusCode: 9 });
    expect(ready.timeline.at(-1)).toMatchObject({ actorType: "officer", data: { documents } });

    const posted = await h.step(desk.token, id, "dispatch", { trackingNumber: "eb 123 456 789 vn" });
    expect(posted.status).toBe("IN_DELIVERY");
    expect(posted.timeline.at(-1)?.data).toEqual({ carrier: "VNPost", trackingNumber: "EB123456789VN" });

    const delivered = await h.step(desk.token, id, "deliver", { recipient: "Nguyễn Thị Bình" });
    expect(delivered).toMatchObject({ status: "DELIVERED", statusCode: 10, overdue: false, allowedActions: [] });
    expect(delivered.finishedAt).not.toBeNull();
    expect(delivered.timeline.map((t) => t.action)).toEqual([
      "submit",
      "accept",
      "request_supplement",
      "supplement",
      "start_processing",
      "request_payment",
      "confirm_payment",
      "extend",
      "result_ready",
      "dispatch",
      "deliver",
    ]);
    expect(await h.count("dossier_event")).toBe(11);
    expect(await h.count("outbox")).toBe(11);

    const citizenView = await fetch(`${h.app.server.url}/api/v1/me/dossiers/${id}`, { headers: { Authorization: `Bearer ${citizenToken}` } });
    expect(((await citizenView.json()) as DossierDetail).status).toBe("DELIVERED");
  });

  it("numbers receptions per agency and Vietnamese day (0001, 0002) and freezes the appointment date", async () => {
    const desk = await h.officer(["desk"]);
    const processor = await h.officer(["processor"]);
    const first = await h.file();
    const second = await h.file({ fullName: "Trần Văn Cường" });
    const a = await h.step(desk.token, first.id, "accept");
    const b = await h.step(desk.token, second.id, "accept");
    const pattern = new RegExp(`^${escape(h.agencyA)}-\\d{6}-(\\d{4})$`);
    expect([pattern.exec(a.officialCode!)?.[1], pattern.exec(b.officialCode!)?.[1]]).toEqual(["0001", "0002"]);
    expect(await h.count("daily_sequence", `last = 2`)).toBe(1);

    h.clock.offsetMs = 2 * 86_400_000;
    const started = await h.step(processor.token, first.id, "start_processing");
    expect(started.dueAt).toBe(a.dueAt);
    expect(started.receivedAt).toBe(a.receivedAt);
  });

  it("refuses a new filing with a reason, finishing it", async () => {
    const desk = await h.officer(["desk"]);
    const { id } = await h.file();
    const refused = await h.step(desk.token, id, "refuse", { reason: "Thủ tục không thuộc thẩm quyền của phường" });
    expect(refused).toMatchObject({ status: "REFUSED", statusCode: 3, officialCode: null, allowedActions: [] });
    expect(refused.finishedAt).not.toBeNull();
    expect(refused.timeline.at(-1)).toMatchObject({ action: "refuse", note: "Thủ tục không thuộc thẩm quyền của phường" });
    expect(await h.count("outbox")).toBe(2);
  });

  it("stops processing with a reason, and returns a result at the counter", async () => {
    const manager = await h.officer(["manager"]);
    const stopped = await h.file();
    await h.step(manager.token, stopped.id, "accept");
    await h.step(manager.token, stopped.id, "start_processing");
    const stop = await h.step(manager.token, stopped.id, "stop", { reason: "Người nộp đề nghị dừng giải quyết" });
    expect(stop).toMatchObject({ status: "STOPPED", statusCode: 8 });
    expect(stop.finishedAt).not.toBeNull();

    const counter = await h.file();
    for (const action of ["accept", "start_processing"]) await h.step(manager.token, counter.id, action);
    await h.step(manager.token, counter.id, "result_ready", { documents: [{ name: "Trích lục khai sinh" }] });
    const delivered = await h.step(manager.token, counter.id, "deliver");
    expect(delivered.status).toBe("DELIVERED");
  });

  it("transfers a dossier to another agency without notifying; it leaves the first agency's reach", async () => {
    const processorA = await h.officer(["processor"]);
    const deskA = await h.officer(["desk"]);
    const processorB = await h.officer(["processor"], h.agencyB);
    const { id } = await h.file();
    await h.step(deskA.token, id, "accept");
    const outboxBefore = await h.count("outbox");
    const moved = await h.step(processorA.token, id, "transfer", { agencyCode: h.agencyB, reason: "Đúng thẩm quyền của phường bên cạnh" });
    expect(moved).toMatchObject({ status: "RECEIVED", agency: { code: h.agencyB }, allowedActions: [] });
    expect(moved.timeline.at(-1)?.data).toEqual({ from: h.agencyA, to: h.agencyB });
    expect(await h.count("outbox")).toBe(outboxBefore);

    expect((await h.call("GET", `/desk/dossiers/${id}`, processorA.token)).status).toBe(404);
    const atB = await h.call("GET", `/desk/dossiers/${id}`, processorB.token);
    expect(atB.status).toBe(200);
    expect(((await atB.json()) as DeskDossierDetail).allowedActions).toEqual(["request_supplement", "start_processing", "transfer", "stop"]);
  });
});
