import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ServiceRequestCreated, ServiceRequestDetail, ServiceRequestList } from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { dbKinds } from "../../test/db.ts";
import { expectProblem } from "../../test/problem.ts";
import { WEDNESDAY_8AM } from "../feedback/center-test-kit.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";
import { consulting, startServiceHarness, translation, type ServiceHarness } from "./service-requests-test-kit.ts";

describe.each(dbKinds)("asking for consulting and translation over HTTP (%s)", (kind) => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await startServiceHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  const send = (what: "consulting" | "translation", token: string | null, body: unknown, headers: Record<string, string> = {}) =>
    h.call("POST", `/service-requests/${what}`, token, body, headers);

  async function sent(what: "consulting" | "translation", token: string, body: unknown): Promise<ServiceRequestCreated> {
    const res = await send(what, token, body);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as ServiceRequestCreated;
  }

  const detail = async (token: string, code: string) => {
    const res = await h.call("GET", `/me/service-requests/${code}`, token);
    expect(res.status).toBe(200);
    return (await res.json()) as ServiceRequestDetail;
  };

  describe("consulting", () => {
    it("takes a question with a preferred half-day: tracking code, contact in E.164, audited, listed", async () => {
      const token = await h.app.signIn("Nguyễn Thị Mai");
      const res = await send("consulting", token, consulting());
      expect(res.status).toBe(201);
      const created = (await res.json()) as ServiceRequestCreated;
      expect(created).toMatchObject({ kind: "CONSULTING", status: "SUBMITTED", createdAt: WEDNESDAY_8AM.toISOString() });
      expect(created.code).toMatch(/^DV-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(res.headers.get("location")).toBe(`/api/v1/me/service-requests/${created.code}`);
      expect(res.headers.get("cache-control")).toBe("private, no-store");

      // Typed as people type it: lower case, no dashes.
      const seen = await detail(token, created.code.toLowerCase().replace(/-/g, ""));
      expect(seen).toMatchObject({
        code: created.code,
        kind: "CONSULTING",
        status: "SUBMITTED",
        topic: "ENTERPRISE_FORMATION",
        sourceLanguage: null,
        contact: { name: "Nguyễn Thị Mai", phone: "+84912345678", email: "mai@example.vn" },
        consulting: { topic: "ENTERPRISE_FORMATION", topicOther: null, preferredDate: "2026-03-05", preferredPeriod: "MORNING" },
        translation: null,
        quote: null,
        schedule: null,
        result: null,
        allowedActions: ["cancel"],
      });
      expect(seen.timeline).toEqual([{ at: WEDNESDAY_8AM.toISOString(), action: "submit", actorType: "citizen", status: "SUBMITTED", note: null }]);
      expect(await h.count("service_request_event", `action = 'submit' and actor_type = 'citizen' and to_status = 'SUBMITTED'`)).toBe(1);

      const list = (await (await h.call("GET", "/me/service-requests", token)).json()) as ServiceRequestList;
      expect(list.items.map((i) => [i.code, i.kind, i.topic])).toEqual([[created.code, "CONSULTING", "ENTERPRISE_FORMATION"]]);
    });

    it("asks what “something else” is, and only then", async () => {
      const token = await h.app.signIn();
      const missing = await expectProblem(await send("consulting", token, consulting({ topic: "OTHER" })), 422, "VALIDATION_FAILED");
      expect(missing.errors?.map((e) => e.field)).toEqual(["topicOther"]);
      const stray = await expectProblem(await send("consulting", token, consulting({ topicOther: "Sở hữu trí tuệ" })), 422, "VALIDATION_FAILED");
      expect(stray.errors?.map((e) => e.field)).toEqual(["topicOther"]);
      const other = await sent("consulting", token, consulting({ topic: "OTHER", topicOther: "Sở hữu trí tuệ, nhãn hiệu" }));
      expect((await detail(token, other.code)).consulting?.topicOther).toBe("Sở hữu trí tuệ, nhãn hiệu");
    });

    it("takes only a working day from tomorrow within the window", async () => {
      const token = await h.app.signIn();
      // Today, a Saturday, a day in the past, and a day beyond 14 working days.
      for (const preferredDate of ["2026-03-04", "2026-03-07", "2026-02-27", "2026-04-30", "2026-02-30"]) {
        const refused = await expectProblem(await send("consulting", token, consulting({ preferredDate })), 422, "VALIDATION_FAILED");
        expect(refused.errors?.map((e) => e.field), preferredDate).toEqual(["preferredDate"]);
      }
      // The 14th working day after Wednesday 4 March 2026 is Tuesday 24 March.
      await sent("consulting", token, consulting({ preferredDate: "2026-03-24", preferredPeriod: "AFTERNOON" }));
      await expectProblem(await send("consulting", token, consulting({ preferredDate: "2026-03-25" })), 422, "VALIDATION_FAILED");
    });

    it("refuses what it cannot take: 401, 415, 413, 422 per field, unknown fields", async () => {
      const token = await h.app.signIn();
      await expectProblem(await send("consulting", null, consulting()), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("POST", "/service-requests/consulting", token, undefined, { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");
      await expectProblem(await send("consulting", token, consulting({ question: "x".repeat(20_000) })), 413, "PAYLOAD_TOO_LARGE");
      await expectProblem(await send("consulting", token, "{"), 400, "MALFORMED_JSON");
      const bad = await expectProblem(
        await send("consulting", token, { topic: "WEATHER", question: "ngắn", preferredDate: "mai", preferredPeriod: "NIGHT", contact: { name: "A", phone: "12345", email: "không phải thư" } }),
        422,
        "VALIDATION_FAILED",
      );
      expect(bad.errors?.map((e) => e.field).sort()).toEqual(["contact.email", "contact.name", "contact.phone", "preferredDate", "preferredPeriod", "question", "topic"]);
      await expectProblem(await send("consulting", token, { ...consulting(), extra: 1 }), 422, "UNKNOWN_FIELD");
      expect(await h.count("service_request")).toBe(0);
    });
  });

  describe("translation", () => {
    it("takes documents, a language pair and a page count; the documents are kept with the request", async () => {
      const token = await h.app.signIn();
      const documents = [await h.upload(token), await h.upload(token)];
      const created = await sent("translation", token, translation(documents, { note: "Bản dịch để nộp hồ sơ du học." }));
      expect(created.kind).toBe("TRANSLATION");

      const seen = await detail(token, created.code);
      expect(seen).toMatchObject({
        status: "SUBMITTED",
        topic: null,
        sourceLanguage: "vi",
        targetLanguage: "en",
        consulting: null,
        translation: { sourceLanguage: "vi", targetLanguage: "en", pages: 3, notarised: true, note: "Bản dịch để nộp hồ sơ du học." },
        quoteTotalVnd: null,
        allowedActions: ["cancel"],
      });
      expect(seen.translation?.documents.map((d) => [d.uploadId, d.kind])).toEqual([
        [documents[0], "pdf"],
        [documents[1], "pdf"],
      ]);
      const kept = await queryRows<{ expires_at: Date }>(h.db, sql`select expires_at from upload where id in (${documents[0]}, ${documents[1]})`);
      expect(kept.map((r) => new Date(r.expires_at).getTime())).toEqual([KEPT_UNTIL.getTime(), KEPT_UNTIL.getTime()]);
      // The citizen downloads their documents through the uploads route, as ever.
      expect((await fetch(`${h.app.server.url}/api/v1/uploads/${documents[0]}`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    });

    it("refuses a pair without Vietnamese, the same language twice, no documents, too many, and files it cannot use", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      const doc = await h.upload(token);
      const pair = await expectProblem(await send("translation", token, translation([doc], { sourceLanguage: "en", targetLanguage: "zh" })), 422, "VALIDATION_FAILED");
      expect(pair.errors?.map((e) => e.field)).toEqual(["targetLanguage"]);
      const same = await expectProblem(await send("translation", token, translation([doc], { targetLanguage: "vi" })), 422, "VALIDATION_FAILED");
      expect(same.errors?.map((e) => e.field)).toEqual(["targetLanguage"]);
      expect((await expectProblem(await send("translation", token, translation([])), 422, "VALIDATION_FAILED")).errors?.[0]?.field).toBe("documentIds");
      expect((await expectProblem(await send("translation", token, translation([doc, doc])), 422, "VALIDATION_FAILED")).errors?.[0]?.field).toBe("documentIds");
      const eleven = Array.from({ length: 11 }, () => crypto.randomUUID());
      expect((await expectProblem(await send("translation", token, translation(eleven)), 422, "VALIDATION_FAILED")).errors?.[0]?.field).toBe("documentIds");
      const pages = await expectProblem(await send("translation", token, translation([doc], { pages: 0 })), 422, "VALIDATION_FAILED");
      expect(pages.errors?.map((e) => e.field)).toEqual(["pages"]);

      const someoneElses = await h.upload(await h.app.signIn("Người Khác"));
      const unknown = await expectProblem(await send("translation", token, translation([doc, someoneElses])), 422, "VALIDATION_FAILED");
      expect(unknown.errors?.map((e) => [e.field, e.code])).toEqual([["documentIds.1", "UNKNOWN_UPLOAD"]]);

      await sent("translation", token, translation([doc]));
      const again = await expectProblem(await send("translation", token, translation([doc])), 422, "VALIDATION_FAILED");
      expect(again.errors?.[0]).toMatchObject({ field: "documentIds.0", code: "ALREADY_USED" });

      const stale = await h.upload(token);
      await h.db.execute(sql`update upload set expires_at = ${new Date(WEDNESDAY_8AM.getTime() - 1000).toISOString()}::timestamptz where id = ${stale}`);
      expect((await expectProblem(await send("translation", token, translation([stale])), 422, "VALIDATION_FAILED")).errors?.[0]?.code).toBe("EXPIRED");
      expect(await h.count("service_request")).toBe(1);
    });

    it("answers a retry with the same Idempotency-Key with the first answer, documents attached once", async () => {
      const token = await h.app.signIn();
      const doc = await h.upload(token);
      const key = { "Idempotency-Key": "dich-thuat-0001" };
      const first = await send("translation", token, translation([doc]), key);
      expect(first.status).toBe(201);
      const second = await send("translation", token, translation([doc]), key);
      expect(second.status).toBe(201);
      expect(await second.json()).toEqual(await first.json());
      expect(await h.count("service_request")).toBe(1);
      expect(await h.count("service_request_file")).toBe(1);

      await expectProblem(await send("translation", token, translation([doc], { pages: 4 }), key), 422, "IDEMPOTENCY_KEY_REUSED");
      await expectProblem(await send("consulting", token, consulting(), { "Idempotency-Key": "x" }), 400, "BAD_REQUEST");
      // One key per route: the same key on the other kind of request is a new request.
      expect((await send("consulting", token, consulting(), key)).status).toBe(201);
      expect(await h.count("service_request")).toBe(2);
    });
  });

  it("hides another citizen's request as if it did not exist", async () => {
    const owner = await h.app.signIn("Chủ yêu cầu");
    const created = await sent("consulting", owner, consulting());
    const stranger = await h.app.signIn("Người lạ");
    await expectProblem(await h.call("GET", `/me/service-requests/${created.code}`, stranger), 404, "NOT_FOUND");
    await expectProblem(await h.call("POST", `/me/service-requests/${created.code}/cancel`, stranger, {}), 404, "NOT_FOUND");
    await expectProblem(await h.call("POST", `/me/service-requests/${created.code}/accept`, stranger, { totalVnd: 0 }), 404, "NOT_FOUND");
    expect(((await (await h.call("GET", "/me/service-requests", stranger)).json()) as ServiceRequestList).items).toEqual([]);
    await expectProblem(await h.call("GET", "/me/service-requests", null), 401, "UNAUTHENTICATED");
    await expectProblem(await h.call("GET", `/me/service-requests/${created.code}`, owner.slice(0, -2) + "xx"), 401, "UNAUTHENTICATED");
    expect((await detail(owner, created.code)).status).toBe("SUBMITTED");
  });
});
