import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DeskServiceRequestDetail, DeskServiceRequestList, ServiceRequestCreated, ServiceRequestDetail } from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { tinyPdf } from "../../test/dossier-fixtures.ts";
import { dbKinds } from "../../test/db.ts";
import { expectProblem } from "../../test/problem.ts";
import { SERVICE_REQUEST_NOTICE_TOPIC } from "../notifications/notification-sender.ts";
import { consulting, startServiceHarness, translation, type ServiceHarness } from "./service-requests-test-kit.ts";

describe.each(dbKinds)("the center handles consulting and translation requests over HTTP (%s)", (kind) => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await startServiceHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  async function submitted(what: "consulting" | "translation", name = "Nguyễn Thị Mai"): Promise<{ token: string; code: string }> {
    const token = await h.app.signIn(name);
    const body = what === "consulting" ? consulting() : translation([await h.upload(token)], { pages: 3, notarised: true });
    const res = await h.call("POST", `/service-requests/${what}`, token, body);
    expect(res.status, await res.clone().text()).toBe(201);
    return { token, code: ((await res.json()) as ServiceRequestCreated).code };
  }

  async function act(token: string, code: string, action: string, body: unknown = {}): Promise<DeskServiceRequestDetail> {
    const res = await h.call("POST", `/desk/service-requests/${code}/${action}`, token, body);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as DeskServiceRequestDetail;
  }

  async function mine(token: string, code: string): Promise<ServiceRequestDetail> {
    const res = await h.call("GET", `/me/service-requests/${code}`, token);
    expect(res.status).toBe(200);
    return (await res.json()) as ServiceRequestDetail;
  }

  const notices = () => queryRows<{ topic: string; payload: Record<string, unknown> }>(h.db, sql`select topic, payload from outbox`);
  /** The test's clock stands still, so the notices come in no order: compared sorted. */
  const noticeActions = async () => (await notices()).map((n) => String(n.payload.action)).sort();

  it("takes a translation from quote to returned files, telling the citizen at the quote and at the end", async () => {
    const { token, code } = await submitted("translation");
    const officer = await h.officer(["desk"]);

    const quoted = await act(officer.token, code, "quote", { pages: 4, pricePerPageVnd: 150_000, notarisationFeeVnd: 50_000, note: "Trang 4 là mặt sau." });
    expect(quoted).toMatchObject({ status: "QUOTED", quoteTotalVnd: 650_000, allowedActions: ["quote", "reject"] });
    expect(quoted.quote).toMatchObject({ pages: 4, pricePerPageVnd: 150_000, notarisationFeeVnd: 50_000, totalVnd: 650_000, note: "Trang 4 là mặt sau." });
    expect(quoted.sender).toEqual({ name: "Nguyễn Thị Mai", phone: null });
    expect(await notices()).toEqual([{ topic: SERVICE_REQUEST_NOTICE_TOPIC, payload: { action: "quote", code, kind: "TRANSLATION" } }]);

    const seen = await mine(token, code);
    expect(seen).toMatchObject({ status: "QUOTED", quoteTotalVnd: 650_000, allowedActions: ["accept", "cancel"] });

    // A revised quote while the citizen looks at the old one: accepting the old price is refused.
    await act(officer.token, code, "quote", { pages: 4, pricePerPageVnd: 140_000, notarisationFeeVnd: 50_000 });
    await expectProblem(await h.call("POST", `/me/service-requests/${code}/accept`, token, { totalVnd: 650_000 }), 409, "CONFLICT");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/start`, officer.token, {}), 409, "ILLEGAL_TRANSITION");
    const accepted = (await (await h.call("POST", `/me/service-requests/${code}/accept`, token, { totalVnd: 610_000 })).json()) as ServiceRequestDetail;
    expect(accepted).toMatchObject({ status: "ACCEPTED", allowedActions: ["cancel"] });
    await expectProblem(await h.call("POST", `/me/service-requests/${code}/accept`, token, { totalVnd: 610_000 }), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/quote`, officer.token, { pages: 4, pricePerPageVnd: 1 }), 409, "ILLEGAL_TRANSITION");

    // Results only while the work is in progress.
    await expectProblem(await h.uploadResult(officer.token, code), 409, "ILLEGAL_TRANSITION");
    expect((await act(officer.token, code, "start")).status).toBe("IN_PROGRESS");
    await expectProblem(await h.call("POST", `/me/service-requests/${code}/cancel`, token, {}), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/complete`, officer.token, {}), 409, "CONFLICT");

    const draft = await h.uploadResult(officer.token, code, "ban-nhap.pdf");
    expect(draft.status).toBe(201);
    const withDraft = (await draft.json()) as DeskServiceRequestDetail;
    expect(withDraft.resultFiles.map((f) => f.displayName)).toEqual(["ban-nhap.pdf"]);
    expect(withDraft.resultFilesEditable).toBe(true);
    const draftId = withDraft.resultFiles[0]!.uploadId;
    const removed = await h.call("DELETE", `/desk/service-requests/${code}/result-files/${draftId}`, officer.token);
    expect(removed.status).toBe(200);
    expect(((await removed.json()) as DeskServiceRequestDetail).resultFiles).toEqual([]);
    await expectProblem(await h.call("DELETE", `/desk/service-requests/${code}/result-files/${draftId}`, officer.token), 404, "NOT_FOUND");
    // Handed back to the sweeper.
    const [swept] = await queryRows<{ expires_at: Date }>(h.db, sql`select expires_at from upload where id = ${draftId}`);
    expect(new Date(swept!.expires_at).getTime()).toBeLessThanOrEqual(h.clock.now.getTime());

    const final = (await (await h.uploadResult(officer.token, code, "ban-dich-tieng-anh.pdf")).json()) as DeskServiceRequestDetail;
    const resultId = final.resultFiles[0]!.uploadId;
    expect((await mine(token, code)).result).toBeNull();

    const done = await act(officer.token, code, "complete", { answer: "Bản dịch có dấu công chứng, nhận bản giấy tại quầy số 3." });
    expect(done).toMatchObject({ status: "COMPLETED", allowedActions: [], resultFilesEditable: false });
    await expectProblem(await h.uploadResult(officer.token, code), 409, "ILLEGAL_TRANSITION");

    const finished = await mine(token, code);
    expect(finished.result).toMatchObject({ text: "Bản dịch có dấu công chứng, nhận bản giấy tại quầy số 3.", files: [{ uploadId: resultId, displayName: "ban-dich-tieng-anh.pdf", kind: "pdf" }] });
    expect(finished.timeline.map((e) => e.action)).toEqual(["submit", "quote", "quote", "accept", "start", "complete"]);
    const download = await fetch(`${h.app.server.url}/api/v1/uploads/${resultId}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(tinyPdf))).toBe(true);

    expect(await noticeActions()).toEqual(["complete", "quote", "quote"]);
    expect(await h.count("service_request_event", `action in ('attach_result', 'detach_result') and actor_type = 'officer'`)).toBe(3);
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/reject`, officer.token, { reason: "Đã trả kết quả" }), 409, "ILLEGAL_TRANSITION");
  });

  it("schedules a consultation, moves it, and completes it with a written answer", async () => {
    const { token, code } = await submitted("consulting");
    const officer = await h.officer(["processor"]);
    const schedule = (body: unknown) => h.call("POST", `/desk/service-requests/${code}/schedule`, officer.token, body);

    // A Saturday, a day gone, and this morning's hour already past (08:00 now).
    for (const [date, time] of [["2026-03-07", "09:00"], ["2026-03-03", "09:00"], ["2026-03-04", "07:30"]] as const) {
      const refused = await expectProblem(await schedule({ date, time, place: "Quầy tư vấn số 2" }), 422, "VALIDATION_FAILED");
      expect(refused.errors?.[0]?.field).toBe("date");
    }
    const first = await act(officer.token, code, "schedule", { date: "2026-03-05", time: "09:00", place: "Quầy tư vấn số 2", note: "Mang theo dự thảo điều lệ." });
    expect(first).toMatchObject({ status: "SCHEDULED", schedule: { date: "2026-03-05", time: "09:00", place: "Quầy tư vấn số 2", note: "Mang theo dự thảo điều lệ." } });
    const moved = await act(officer.token, code, "schedule", { date: "2026-03-06", time: "14:00", place: "Gọi điện thoại" });
    expect(moved.schedule).toMatchObject({ date: "2026-03-06", time: "14:00", place: "Gọi điện thoại", note: null });
    expect((await mine(token, code)).schedule?.date).toBe("2026-03-06");

    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/complete`, officer.token, {}), 422, "VALIDATION_FAILED");
    await act(officer.token, code, "complete", { answer: "Vốn điều lệ do thành viên tự thỏa thuận; hồ sơ gồm giấy đề nghị, điều lệ, danh sách thành viên." });
    const done = await mine(token, code);
    expect(done).toMatchObject({ status: "COMPLETED", allowedActions: [], result: { text: expect.stringContaining("Vốn điều lệ"), files: [] } });
    expect(await noticeActions()).toEqual(["complete", "schedule", "schedule"]);
  });

  it("answers a consultation in writing without a meeting", async () => {
    const { token, code } = await submitted("consulting");
    const officer = await h.officer(["desk"]);
    await act(officer.token, code, "complete", { answer: "Hộ kinh doanh đăng ký tại UBND cấp xã nơi đặt địa điểm kinh doanh." });
    expect((await mine(token, code)).status).toBe("COMPLETED");
  });

  it("refuses steps that do not belong to the kind of request", async () => {
    const talk = await submitted("consulting");
    const text = await submitted("translation");
    const officer = await h.officer(["desk"]);
    await expectProblem(await h.call("POST", `/desk/service-requests/${talk.code}/quote`, officer.token, { pages: 1, pricePerPageVnd: 1 }), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/desk/service-requests/${talk.code}/start`, officer.token, {}), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/desk/service-requests/${text.code}/schedule`, officer.token, { date: "2026-03-05", time: "09:00", place: "Quầy 2" }), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/me/service-requests/${talk.code}/accept`, talk.token, { totalVnd: 0 }), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.uploadResult(officer.token, talk.code), 409, "ILLEGAL_TRANSITION");
  });

  it("checks what the officer sends: 422 per field, no notarisation fee unless asked for", async () => {
    const { code } = await submitted("translation");
    const officer = await h.officer(["desk"]);
    const bad = await expectProblem(await h.call("POST", `/desk/service-requests/${code}/quote`, officer.token, { pages: 0, pricePerPageVnd: -1 }), 422, "VALIDATION_FAILED");
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(["pages", "pricePerPageVnd"]);
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/reject`, officer.token, { reason: "x" }), 422, "VALIDATION_FAILED");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/start`, officer.token, { extra: true }), 422, "UNKNOWN_FIELD");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/start`, officer.token, undefined, { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");

    const plain = await h.app.signIn("Trần Văn Bình");
    const res = await h.call("POST", "/service-requests/translation", plain, translation([await h.upload(plain)], { notarised: false }));
    const plainCode = ((await res.json()) as ServiceRequestCreated).code;
    const fee = await expectProblem(await h.call("POST", `/desk/service-requests/${plainCode}/quote`, officer.token, { pages: 2, pricePerPageVnd: 100_000, notarisationFeeVnd: 30_000 }), 422, "VALIDATION_FAILED");
    expect(fee.errors?.map((e) => e.field)).toEqual(["notarisationFeeVnd"]);
    expect((await act(officer.token, plainCode, "quote", { pages: 2, pricePerPageVnd: 100_000 })).quoteTotalVnd).toBe(200_000);
  });

  it("lets the citizen cancel until work starts, and the center decline with a reason they read", async () => {
    const officer = await h.officer(["desk"]);
    const first = await submitted("translation");
    const cancelled = (await (await h.call("POST", `/me/service-requests/${first.code}/cancel`, first.token, { reason: "Đã tự dịch được." })).json()) as ServiceRequestDetail;
    expect(cancelled).toMatchObject({ status: "CANCELLED", allowedActions: [] });
    expect(cancelled.timeline.at(-1)).toMatchObject({ action: "cancel", actorType: "citizen", note: "Đã tự dịch được." });
    await expectProblem(await h.call("POST", `/me/service-requests/${first.code}/cancel`, first.token, {}), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await h.call("POST", `/desk/service-requests/${first.code}/quote`, officer.token, { pages: 1, pricePerPageVnd: 1 }), 409, "ILLEGAL_TRANSITION");

    const second = await submitted("consulting");
    await act(officer.token, second.code, "reject", { reason: "Nội dung thuộc lĩnh vực tư vấn pháp lý chuyên sâu, đề nghị liên hệ luật sư." });
    const declined = await mine(second.token, second.code);
    expect(declined).toMatchObject({ status: "REJECTED", rejectReason: "Nội dung thuộc lĩnh vực tư vấn pháp lý chuyên sâu, đề nghị liên hệ luật sư.", allowedActions: [] });
    expect((await notices()).map((n) => n.payload)).toEqual([{ action: "reject", code: second.code, kind: "CONSULTING" }]);
    await expectProblem(await h.call("POST", `/desk/service-requests/${second.code}/reject`, officer.token, { reason: "Lần nữa" }), 409, "ILLEGAL_TRANSITION");
  });

  it("keeps other agencies' officers and citizens out: 401, 403, 404", async () => {
    const { token, code } = await submitted("translation");
    const outsider = await h.officer(["manager", "admin"], h.otherAgency);
    await expectProblem(await h.call("GET", "/desk/service-requests", outsider.token), 403, "FORBIDDEN");
    await expectProblem(await h.call("GET", `/desk/service-requests/${code}`, outsider.token), 403, "FORBIDDEN");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/quote`, outsider.token, { pages: 1, pricePerPageVnd: 1 }), 403, "FORBIDDEN");
    await expectProblem(await h.uploadResult(outsider.token, code), 403, "FORBIDDEN");
    const [document] = (await mine(token, code)).translation!.documents;
    await expectProblem(await h.call("GET", `/desk/service-requests/${code}/files/${document!.uploadId}`, outsider.token), 403, "FORBIDDEN");

    await expectProblem(await h.call("GET", "/desk/service-requests", token), 401, "UNAUTHENTICATED");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/start`, null, {}), 401, "UNAUTHENTICATED");
    const officer = await h.officer(["desk"]);
    await expectProblem(await h.call("GET", "/me/service-requests", officer.token), 401, "UNAUTHENTICATED");
    await expectProblem(await h.call("GET", "/desk/service-requests/DV-0000-0000", officer.token), 404, "NOT_FOUND");
    await expectProblem(await h.call("POST", "/desk/service-requests/DV-0000-0000/reject", officer.token, { reason: "Không rõ" }), 404, "NOT_FOUND");

    // The center's officer reads the citizen's document; nothing else passes for one of its files.
    const file = await h.call("GET", `/desk/service-requests/${code}/files/${document!.uploadId}`, officer.token);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment/);
    const unrelated = await h.upload(await h.app.signIn("Người khác"));
    await expectProblem(await h.call("GET", `/desk/service-requests/${code}/files/${unrelated}`, officer.token), 404, "NOT_FOUND");
  });

  it("takes at most ten result files, and only multipart", async () => {
    const { token, code } = await submitted("translation");
    const officer = await h.officer(["desk"]);
    await act(officer.token, code, "quote", { pages: 1, pricePerPageVnd: 100_000 });
    await h.call("POST", `/me/service-requests/${code}/accept`, token, { totalVnd: 100_000 });
    await act(officer.token, code, "start");
    await expectProblem(await h.call("POST", `/desk/service-requests/${code}/result-files`, officer.token, { file: "x" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    for (let i = 0; i < 10; i++) expect((await h.uploadResult(officer.token, code, `trang-${i + 1}.pdf`)).status).toBe(201);
    await expectProblem(await h.uploadResult(officer.token, code), 409, "CONFLICT");
    expect(await h.count("service_request_file", "role = 'RESULT'")).toBe(10);
    const detail = (await (await h.call("GET", `/desk/service-requests/${code}`, officer.token)).json()) as DeskServiceRequestDetail;
    expect(detail.resultFiles.map((f) => f.displayName)).toEqual(Array.from({ length: 10 }, (_, i) => `trang-${i + 1}.pdf`));
  });

  it("lists the center's requests open first, oldest first, filtered by kind, status and words", async () => {
    const officer = await h.officer(["desk"]);
    const older = await submitted("translation", "Lê Văn Cường");
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const newer = await submitted("consulting", "Phạm Thị Dung");
    h.clock.now = new Date(h.clock.now.getTime() + 60_000);
    const closed = await submitted("consulting", "Võ Minh Em");
    await act(officer.token, closed.code, "reject", { reason: "Trùng yêu cầu trước." });

    const list = async (query = "") => {
      const res = await h.call("GET", `/desk/service-requests${query}`, officer.token);
      expect(res.status).toBe(200);
      return (await res.json()) as DeskServiceRequestList;
    };
    const all = await list();
    expect(all.items.map((i) => i.code)).toEqual([older.code, newer.code, closed.code]);
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(all.items[0]).toMatchObject({ kind: "TRANSLATION", contactName: "Nguyễn Thị Mai", sourceLanguage: "vi", targetLanguage: "en" });
    expect((await list("?kind=CONSULTING")).items.map((i) => i.code)).toEqual([newer.code, closed.code]);
    expect((await list("?status=REJECTED")).items.map((i) => i.code)).toEqual([closed.code]);
    expect((await list(`?q=${closed.code.slice(3, 7).toLowerCase()}`)).items.map((i) => i.code)).toContain(closed.code);
    expect((await list("?q=c%C3%A0%20ph%C3%AA")).total).toBe(2);
    expect(await list("?pageSize=1&page=2")).toMatchObject({ total: 3, items: [{ code: newer.code }] });
    await expectProblem(await h.call("GET", "/desk/service-requests?status=LOST", officer.token), 400, "BAD_REQUEST");
  });
});
