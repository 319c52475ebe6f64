import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type {
  DeskFeedbackDetail,
  DeskFeedbackList,
  FeedbackCreated,
  FeedbackDetail,
  FeedbackList,
  FeedbackStats,
  PublishedFeedback,
  PublishedFeedbackList,
  SubmitFeedbackRequest,
} from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { dbKinds } from "../../test/db.ts";
import { tinyJpeg } from "../../test/dossier-fixtures.ts";
import { expectProblem } from "../../test/problem.ts";
import { startCenterHarness, WEDNESDAY_8AM, type CenterHarness } from "./center-test-kit.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";

type Body = Omit<SubmitFeedbackRequest, "photoIds" | "anonymous" | "publishConsent"> & Partial<Pick<SubmitFeedbackRequest, "photoIds" | "anonymous" | "publishConsent">>;

const complaint = (overrides: Partial<Body> = {}): Body => ({
  category: "STAFF_CONDUCT",
  text: "Cán bộ tiếp nhận hồ sơ sáng nay không hướng dẫn, yêu cầu tôi nộp thêm giấy tờ không có trong quy định.",
  ...overrides,
});

describe.each(dbKinds)("feedback on administrative reform over HTTP (%s)", (kind) => {
  let h: CenterHarness;

  beforeAll(async () => {
    h = await startCenterHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  const send = (token: string | null, body: unknown, headers: Record<string, string> = {}) => h.call("POST", "/feedback", token, body, headers);

  async function submitted(token: string, body: Body): Promise<FeedbackCreated> {
    const res = await send(token, body);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as FeedbackCreated;
  }

  const deskDetail = async (token: string, code: string) => (await (await h.call("GET", `/desk/feedback/${code}`, token)).json()) as DeskFeedbackDetail;
  const act = (token: string, code: string, action: string, body: unknown = {}) => h.call("POST", `/desk/feedback/${code}/${action}`, token, body);

  describe("sending", () => {
    it("takes a complaint with photos: tracking code, deadline in working days, photos kept, audited", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      const photos = [await h.upload(token), await h.upload(token)];
      const res = await send(token, complaint({ agencyCode: h.agencyA, photoIds: photos, contactPhone: "0912 345 678", publishConsent: true }));
      expect(res.status).toBe(201);
      const created = (await res.json()) as FeedbackCreated;
      expect(created.code).toMatch(/^PA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(created.status).toBe("RECEIVED");
      // Received Wednesday 4/3: five working days later is Wednesday 11/3, at closing time.
      expect(created.dueAt).toBe(new Date("2026-03-11T17:00:00+07:00").toISOString());
      expect(res.headers.get("location")).toBe(`/api/v1/me/feedback/${created.code}`);
      expect(res.headers.get("cache-control")).toBe("private, no-store");

      const detail = (await (await h.call("GET", `/me/feedback/${created.code.toLowerCase().replace(/-/g, "")}`, token)).json()) as FeedbackDetail;
      expect(detail).toMatchObject({
        code: created.code,
        category: "STAFF_CONDUCT",
        status: "RECEIVED",
        agency: { code: h.agencyA },
        contactPhone: "+84912345678",
        anonymous: false,
        publishConsent: true,
        published: false,
        answer: null,
      });
      expect(detail.photos.map((p) => p.uploadId)).toEqual(photos);
      const kept = await queryRows<{ expires_at: Date }>(h.db, sql`select expires_at from upload where id in (${photos[0]}, ${photos[1]})`);
      expect(kept.map((r) => new Date(r.expires_at).getTime())).toEqual([KEPT_UNTIL.getTime(), KEPT_UNTIL.getTime()]);
      expect(await h.count("feedback_event", `action = 'submit' and actor_type = 'citizen' and to_status = 'RECEIVED'`)).toBe(1);

      const list = (await (await h.call("GET", "/me/feedback", token)).json()) as { items: Array<{ code: string; excerpt: string }> };
      expect(list.items).toHaveLength(1);
      expect(list.items[0]!.excerpt).toContain("Cán bộ tiếp nhận hồ sơ");
    });

    it("routes feedback to the agency named, else the provincial procedure's agency, else the service center", async () => {
      const token = await h.app.signIn();
      const provincial = [...h.app.services.catalog.snapshot().byCode.values()].find((e) => e.procedure.level === "PROVINCE" && e.procedure.agencyCode)!.procedure;
      const viaProcedure = await submitted(token, complaint({ category: "PROCEDURE", procedureCode: provincial.code }));
      const general = await submitted(token, complaint({ category: "FACILITIES" }));
      const own = async (code: string) => ((await (await h.call("GET", `/me/feedback/${code}`, token)).json()) as FeedbackDetail);
      expect((await own(viaProcedure.code)).agency.code).toBe(provincial.agencyCode);
      expect((await own(viaProcedure.code)).procedure).toEqual({ code: provincial.code, name: provincial.name });
      expect((await own(general.code)).agency.code).toBe(AGENCY.TTPVHCC);
    });

    it("allows anonymity only for a general proposal, and then hides the sender from managers", async () => {
      const token = await h.app.signIn("Trần Thị Bình");
      const refused = await expectProblem(await send(token, complaint({ anonymous: true })), 422, "VALIDATION_FAILED");
      expect(refused.errors?.map((e) => e.field)).toEqual(["anonymous"]);
      const noPhone = await expectProblem(
        await send(token, complaint({ category: "REFORM_PROPOSAL", anonymous: true, contactPhone: "0912345678" })),
        422,
        "VALIDATION_FAILED",
      );
      expect(noPhone.errors?.map((e) => e.field)).toEqual(["contactPhone"]);

      const proposal = await submitted(token, complaint({ category: "REFORM_PROPOSAL", anonymous: true, agencyCode: h.agencyA, text: "Đề nghị bố trí thêm ghế chờ và máy lấy số thứ tự ở bộ phận một cửa phường." }));
      const manager = await h.officer(["manager"]);
      const seen = await deskDetail(manager.token, proposal.code);
      expect(seen.anonymous).toBe(true);
      expect(seen.sender).toBeNull();
      expect(JSON.stringify(seen)).not.toContain("Trần Thị Bình");

      const named = await submitted(token, complaint({ agencyCode: h.agencyA }));
      expect((await deskDetail(manager.token, named.code)).sender).toEqual({ name: "Trần Thị Bình", phone: null });
    });

    it("refuses what it cannot take: 401, 415, 422 per field, a PDF or someone else's upload as a photo, six photos, a photo used twice", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      await expectProblem(await send(null, complaint()), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("POST", "/feedback", token, undefined, { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");

      const bad = await expectProblem(await send(token, { category: "OTHER", text: "ngắn", agencyCode: "x" }), 422, "VALIDATION_FAILED");
      expect(bad.errors?.map((e) => e.field).sort()).toEqual(["category", "text"]);
      await expectProblem(await send(token, { ...complaint(), extra: 1 }), 422, "UNKNOWN_FIELD");
      const unknown = await expectProblem(await send(token, complaint({ agencyCode: "000.99.99.H19", procedureCode: "9.999999" })), 422, "VALIDATION_FAILED");
      expect(unknown.errors?.map((e) => e.code).sort()).toEqual(["UNKNOWN_AGENCY", "UNKNOWN_PROCEDURE"]);

      const pdf = await h.upload(token, "pdf");
      const other = await h.upload(await h.app.signIn("Người Khác"));
      const refused = await expectProblem(await send(token, complaint({ photoIds: [pdf, other] })), 422, "VALIDATION_FAILED");
      expect(refused.errors?.map((e) => [e.field, e.code])).toEqual([
        ["photoIds.0", "NOT_AN_IMAGE"],
        ["photoIds.1", "UNKNOWN_UPLOAD"],
      ]);
      const six = await Promise.all(Array.from({ length: 6 }, () => h.upload(token)));
      expect((await expectProblem(await send(token, complaint({ photoIds: six })), 422, "VALIDATION_FAILED")).errors?.[0]?.field).toBe("photoIds");

      await submitted(token, complaint({ photoIds: [six[0]!] }));
      const again = await expectProblem(await send(token, complaint({ photoIds: [six[0]!] })), 422, "VALIDATION_FAILED");
      expect(again.errors?.[0]).toMatchObject({ field: "photoIds.0", code: "ALREADY_USED" });

      await h.db.execute(sql`update upload set expires_at = ${new Date(WEDNESDAY_8AM.getTime() - 1000).toISOString()}::timestamptz where id = ${six[1]!}`);
      expect((await expectProblem(await send(token, complaint({ photoIds: [six[1]!] })), 422, "VALIDATION_FAILED")).errors?.[0]?.code).toBe("EXPIRED");
      expect(await h.count("feedback")).toBe(1);
    });

    it("answers a retry with the same Idempotency-Key with the first answer, photos attached once", async () => {
      const token = await h.app.signIn();
      const photo = await h.upload(token);
      const key = randomUUID();
      const first = await send(token, complaint({ photoIds: [photo] }), { "Idempotency-Key": key });
      const second = await send(token, complaint({ photoIds: [photo] }), { "Idempotency-Key": key });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(await second.json()).toEqual(await first.json());
      expect(await h.count("feedback")).toBe(1);
      expect(await h.count("feedback_photo")).toBe(1);
      await expectProblem(await send(token, complaint(), { "Idempotency-Key": "bad key!" }), 400, "BAD_REQUEST");
    });

    it("shows a citizen only their own feedback (404 for another's code)", async () => {
      const mine = await submitted(await h.app.signIn("Nguyễn Văn An"), complaint());
      const other = await h.app.signIn("Lê Văn Cường");
      await expectProblem(await h.call("GET", `/me/feedback/${mine.code}`, other), 404, "NOT_FOUND");
      expect(((await (await h.call("GET", "/me/feedback", other)).json()) as { items: unknown[] }).items).toEqual([]);
      await expectProblem(await h.call("GET", "/me/feedback", null), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("GET", "/me/feedback/PA-%00%27OR1", other), 400, "BAD_REQUEST");
    });
  });

  describe("the managers' desk", () => {
    it("lets only managers of the handling agency in: 401, 403 for a desk officer, 403 for another agency, 404 for no such code", async () => {
      const created = await submitted(await h.app.signIn(), complaint({ agencyCode: h.agencyA }));
      const desk = await h.officer(["desk"]);
      const managerB = await h.officer(["manager"], h.agencyB);
      await expectProblem(await h.call("GET", "/desk/feedback", null), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("GET", "/desk/feedback", desk.token), 403, "FORBIDDEN");
      await expectProblem(await h.call("GET", `/desk/feedback/${created.code}`, managerB.token), 403, "FORBIDDEN");
      await expectProblem(await act(managerB.token, created.code, "answer", { answer: "Chúng tôi đã tiếp thu ý kiến của ông." }), 403, "FORBIDDEN");
      await expectProblem(await h.call("GET", "/desk/feedback/PA-0000-0000", (await h.officer(["manager"])).token), 404, "NOT_FOUND");
      const listB = (await (await h.call("GET", "/desk/feedback", managerB.token)).json()) as DeskFeedbackList;
      expect(listB.total).toBe(0);
      const citizen = await h.app.signIn();
      await expectProblem(await h.call("GET", "/desk/feedback", citizen), 401, "UNAUTHENTICATED");
    });

    it("triages, answers once, tells the citizen through the outbox, and keeps the trail", async () => {
      const citizen = await h.app.signIn("Nguyễn Văn An");
      const photo = await h.upload(citizen);
      const created = await submitted(citizen, complaint({ agencyCode: h.agencyA, photoIds: [photo] }));
      const manager = await h.officer(["manager"]);

      const listed = (await (await h.call("GET", "/desk/feedback", manager.token)).json()) as DeskFeedbackList;
      expect(listed.items.map((i) => [i.code, i.status, i.overdue])).toEqual([[created.code, "RECEIVED", false]]);
      expect((await deskDetail(manager.token, created.code)).allowedActions).toEqual(["triage", "assign", "answer", "dismiss"]);

      const triaged = await act(manager.token, created.code, "triage", { category: "PROCEDURE", note: "Chuyển bộ phận pháp chế xem xét" });
      expect(triaged.status).toBe(200);
      expect((await triaged.json()) as DeskFeedbackDetail).toMatchObject({ status: "IN_PROGRESS", category: "PROCEDURE", allowedActions: ["assign", "answer", "dismiss"] });
      await expectProblem(await act(manager.token, created.code, "triage", {}), 409, "ILLEGAL_TRANSITION");

      h.clock.now = new Date("2026-03-06T03:00:00Z");
      const answered = (await (await act(manager.token, created.code, "answer", { answer: "Giấy tờ đó không bắt buộc; đơn vị đã nhắc nhở cán bộ và xin lỗi ông." })).json()) as DeskFeedbackDetail;
      expect(answered).toMatchObject({ status: "ANSWERED", answeredAt: "2026-03-06T03:00:00.000Z", overdue: false });
      expect(answered.timeline.map((e) => [e.action, e.actorType, e.status])).toEqual([
        ["submit", "citizen", "RECEIVED"],
        ["triage", "officer", "IN_PROGRESS"],
        ["answer", "officer", "ANSWERED"],
      ]);
      await expectProblem(await act(manager.token, created.code, "answer", { answer: "Trả lời lần hai không được nhận." }), 409, "ILLEGAL_TRANSITION");

      const notices = await queryRows<{ topic: string; citizen_id: string; payload: Record<string, unknown> }>(h.db, sql`select topic, citizen_id, payload from outbox`);
      const me = (await queryRows<{ subject_id: string }>(h.db, sql`select subject_id from session where subject_type = 'citizen' limit 1`))[0]!.subject_id;
      expect(notices).toEqual([{ topic: "feedback.answered", citizen_id: me, payload: { action: "answer", code: created.code } }]);

      const seen = (await (await h.call("GET", `/me/feedback/${created.code}`, citizen)).json()) as FeedbackDetail;
      expect(seen.answer).toEqual({ text: answered.answer!.text, answeredAt: "2026-03-06T03:00:00.000Z", agency: answered.agency });
      const mine = (await (await h.call("GET", "/me/feedback", citizen)).json()) as FeedbackList;
      expect(mine.items[0]).toMatchObject({ status: "ANSWERED", answerExcerpt: answered.answer!.text });

      const download = await h.call("GET", `/desk/feedback/${created.code}/photos/${photo}`, manager.token);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(tinyJpeg);
      expect(download.headers.get("content-disposition")).toMatch(/^attachment/);
      await expectProblem(await h.call("GET", `/desk/feedback/${created.code}/photos/${photo}`, (await h.officer(["manager"], h.agencyB)).token), 403, "FORBIDDEN");
      await expectProblem(await h.call("GET", `/desk/feedback/${created.code}/photos/${randomUUID()}`, manager.token), 404, "NOT_FOUND");
    });

    it("passes feedback to another agency, which then handles it; the first loses sight of it", async () => {
      const created = await submitted(await h.app.signIn(), complaint({ agencyCode: h.agencyA }));
      const managerA = await h.officer(["manager"]);
      const managerB = await h.officer(["admin"], h.agencyB);
      await expectProblem(await act(managerA.token, created.code, "assign", { agencyCode: h.agencyA }), 422, "VALIDATION_FAILED");
      await expectProblem(await act(managerA.token, created.code, "assign", { agencyCode: "000.99.99.H19" }), 422, "VALIDATION_FAILED");
      const moved = await act(managerA.token, created.code, "assign", { agencyCode: h.agencyB, note: "Thuộc thẩm quyền phường bên cạnh" });
      expect(((await moved.json()) as DeskFeedbackDetail).agency.code).toBe(h.agencyB);
      await expectProblem(await h.call("GET", `/desk/feedback/${created.code}`, managerA.token), 403, "FORBIDDEN");
      const atB = await deskDetail(managerB.token, created.code);
      expect(atB).toMatchObject({ status: "RECEIVED", dueAt: created.dueAt });
      expect(atB.timeline.at(-1)).toMatchObject({ action: "assign", agency: { code: h.agencyB }, note: "Thuộc thẩm quyền phường bên cạnh" });
      expect((await act(managerB.token, created.code, "dismiss", { reason: "Trùng với phản ánh đã trả lời." })).status).toBe(200);
      expect(await h.count("outbox", `topic = 'feedback.answered' and payload->>'action' = 'dismiss'`)).toBe(1);
      const seen = (await (await h.call("GET", `/me/feedback/${created.code}`, await h.app.signIn())).json()) as FeedbackDetail;
      expect(seen).toMatchObject({ status: "DISMISSED", dismissReason: "Trùng với phản ánh đã trả lời.", answer: null });
    });

    it("flags overdue feedback, filters on it, and counts answers on time and late", async () => {
      const citizen = await h.app.signIn();
      const late = await submitted(citizen, complaint({ agencyCode: h.agencyA }));
      const onTime = await submitted(citizen, complaint({ agencyCode: h.agencyA, category: "FACILITIES" }));
      const manager = await h.officer(["manager"]);
      await act(manager.token, onTime.code, "answer", { answer: "Đã sửa máy lấy số thứ tự, cảm ơn ông bà." });

      // Thursday 12/3, the day after the deadline.
      h.clock.now = new Date("2026-03-12T02:00:00Z");
      const overdue = (await (await h.call("GET", "/desk/feedback?overdue=true", manager.token)).json()) as DeskFeedbackList;
      expect(overdue.items.map((i) => [i.code, i.overdue])).toEqual([[late.code, true]]);
      const notOverdue = (await (await h.call("GET", "/desk/feedback?overdue=false", manager.token)).json()) as DeskFeedbackList;
      expect(notOverdue.items.map((i) => i.code)).toEqual([onTime.code]);
      const all = (await (await h.call("GET", "/desk/feedback", manager.token)).json()) as DeskFeedbackList;
      expect(all.items.map((i) => i.code)).toEqual([late.code, onTime.code]);
      expect(((await (await h.call("GET", `/desk/feedback?q=${late.code}`, manager.token)).json()) as DeskFeedbackList).total).toBe(1);
      expect(((await (await h.call("GET", "/desk/feedback?category=FACILITIES", manager.token)).json()) as DeskFeedbackList).total).toBe(1);
      await expectProblem(await h.call("GET", "/desk/feedback?status=LOST", manager.token), 400, "BAD_REQUEST");

      const before = (await (await h.call("GET", "/desk/stats/feedback?from=2026-03-01&to=2026-03-31", manager.token)).json()) as FeedbackStats;
      expect(before).toMatchObject({ received: 2, answeredOnTime: 1, answeredLate: 0, open: 1, openOverdue: 1, onTimeRate: 1 });
      await act(manager.token, late.code, "answer", { answer: "Xin lỗi vì trả lời chậm; đã xử lý xong." });
      const after = (await (await h.call("GET", "/desk/stats/feedback?from=2026-03-01&to=2026-03-31", manager.token)).json()) as FeedbackStats;
      expect(after).toMatchObject({ received: 2, answeredOnTime: 1, answeredLate: 1, open: 0, openOverdue: 0, onTimeRate: 0.5 });
      const outside = (await (await h.call("GET", "/desk/stats/feedback?from=2026-03-05&to=2026-03-31", manager.token)).json()) as FeedbackStats;
      expect(outside).toMatchObject({ received: 0, onTimeRate: null });
      await expectProblem(await h.call("GET", "/desk/stats/feedback?from=2026-03-31&to=2026-03-01", manager.token), 400, "BAD_REQUEST");
      await expectProblem(await h.call("GET", "/desk/stats/feedback?from=2026-03-01&to=2026-03-31", (await h.officer(["desk"])).token), 403, "FORBIDDEN");
    });

    it("publishes an answered question only with consent, without personal data, for anyone to read; and withdraws it", async () => {
      const citizen = await h.app.signIn("Nguyễn Văn An");
      const consented = await submitted(citizen, complaint({ agencyCode: h.agencyA, category: "PROCEDURE", publishConsent: true }));
      const private_ = await submitted(citizen, complaint({ agencyCode: h.agencyA }));
      const manager = await h.officer(["manager"]);
      await expectProblem(await act(manager.token, consented.code, "publish", { question: "Thủ tục có yêu cầu giấy tờ này không?" }), 409, "ILLEGAL_TRANSITION");
      await act(manager.token, consented.code, "answer", { answer: "Không; chỉ cần tờ khai và CCCD." });
      await act(manager.token, private_.code, "answer", { answer: "Đơn vị đã chấn chỉnh." });
      await expectProblem(await act(manager.token, private_.code, "publish", { question: "Câu hỏi không được phép công khai." }), 409, "CONFLICT");
      await expectProblem(await act(manager.token, consented.code, "unpublish"), 409, "CONFLICT");

      const published = await act(manager.token, consented.code, "publish", { question: "Tôi (SĐT 0912 345 678) hỏi: thủ tục có cần giấy xác nhận cư trú không?" });
      expect(published.status).toBe(200);
      expect(((await published.json()) as DeskFeedbackDetail).publication).toMatchObject({
        question: "Tôi (SĐT [đã ẩn]) hỏi: thủ tục có cần giấy xác nhận cư trú không?",
        answer: "Không; chỉ cần tờ khai và CCCD.",
      });

      const list = await h.call("GET", "/feedback/published", null);
      expect(list.headers.get("cache-control")).toBe("public, max-age=60");
      const page = (await list.json()) as PublishedFeedbackList;
      expect(page).toMatchObject({ total: 1, page: 1, pageSize: 10 });
      expect(page.items[0]).toMatchObject({ code: consented.code, category: "PROCEDURE", agency: { code: h.agencyA }, answer: "Không; chỉ cần tờ khai và CCCD." });
      expect(JSON.stringify(page)).not.toMatch(/Nguyễn Văn An|0912/);
      expect(((await (await h.call("GET", "/feedback/published?category=FACILITIES", null)).json()) as PublishedFeedbackList).total).toBe(0);
      const one = (await (await h.call("GET", `/feedback/published/${consented.code}`, null)).json()) as PublishedFeedback;
      expect(one.question).toContain("[đã ẩn]");
      await expectProblem(await h.call("GET", `/feedback/published/${private_.code}`, null), 404, "NOT_FOUND");
      expect(((await (await h.call("GET", `/me/feedback/${consented.code}`, citizen)).json()) as FeedbackDetail).published).toBe(true);

      expect((await act(manager.token, consented.code, "unpublish")).status).toBe(200);
      await expectProblem(await h.call("GET", `/feedback/published/${consented.code}`, null), 404, "NOT_FOUND");
      await expectProblem(await act(manager.token, consented.code, "unpublish"), 409, "CONFLICT");
      expect(await h.count("feedback_event", "action in ('publish','unpublish')")).toBe(2);
    });

    it("refuses bad manager input with 422 and wrong content with 415", async () => {
      const created = await submitted(await h.app.signIn(), complaint({ agencyCode: h.agencyA }));
      const manager = await h.officer(["manager"]);
      await expectProblem(await act(manager.token, created.code, "answer", { answer: "ngắn" }), 422, "VALIDATION_FAILED");
      await expectProblem(await act(manager.token, created.code, "dismiss", {}), 422, "VALIDATION_FAILED");
      await expectProblem(await act(manager.token, created.code, "triage", { category: "NOPE" }), 422, "VALIDATION_FAILED");
      await expectProblem(await h.call("POST", `/desk/feedback/${created.code}/answer`, manager.token, "x", { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");
      const proposal = await submitted(await h.app.signIn(), complaint({ category: "REFORM_PROPOSAL", anonymous: true, agencyCode: h.agencyA }));
      const recategorised = await expectProblem(await act(manager.token, proposal.code, "triage", { category: "STAFF_CONDUCT" }), 422, "VALIDATION_FAILED");
      expect(recategorised.errors?.[0]?.code).toBe("ANONYMOUS_NOT_ALLOWED");
    });
  });

  it("is mounted in the whole app: a citizen sends feedback and anyone can browse the published answers", async () => {
    const url = h.app.server.url;
    const token = await h.app.signIn();
    const res = await fetch(`${url}/api/v1/feedback`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(complaint()),
    });
    expect(res.status).toBe(201);
    expect((await fetch(`${url}/api/v1/feedback/published`)).status).toBe(200);
    const spec = (await (await fetch(`${url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/feedback", "/api/v1/desk/feedback/{code}/answer", "/api/v1/desk/stats/feedback"]));
  });
});
