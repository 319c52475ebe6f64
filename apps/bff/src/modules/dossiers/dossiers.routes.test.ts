import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DossierCreated, DossierDetail, Problem, Procedure, SubmitDossierRequest } from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { dossier, upload } from "../../db/schema/index.ts";
import { startAppHarness } from "../../test/app-harness.ts";
import { countRows } from "../../test/count-rows.ts";
import { dbKinds, truncate } from "../../test/db.ts";
import { birthRegistration, submissionFor, uploadFile, uploadRequiredDocuments, tinyPdf } from "../../test/dossier-fixtures.ts";
import { harnessPerSuite } from "../../test/harness-per-suite.ts";
import { expectProblem } from "../../test/problem.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";
import { applyTransition } from "./transition.repo.ts";

describe.each(dbKinds)("dossier submission and tracking over HTTP (%s)", (kind) => {
  const h = harnessPerSuite(
    () => startAppHarness(kind, { TRACK_LIMIT_PER_MINUTE: "5" }),
    (app) => truncate(app.services.database.db, ["dossier_event", "outbox", "idempotency_key", "upload", "dossier", "draft", "session", "citizen"]),
  );
  let procedure: Procedure;
  let wardCode: string;
  let agencyCode: string;
  beforeAll(() => {
    ({ procedure, wardCode, agencyCode } = birthRegistration(h));
  });

  const db = () => h.services.database.db;
  const count = (table: string) => countRows(db(), table);

  async function post(path: string, token: string | null, body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${h.server.url}/api/v1${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }
  const get = (path: string, token?: string) =>
    fetch(`${h.server.url}/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

  async function readyFiling(name?: string): Promise<{ token: string; body: SubmitDossierRequest }> {
    const token = await h.signIn(name);
    const uploads = await uploadRequiredDocuments(h.server.url, token, procedure);
    return { token, body: submissionFor(procedure, wardCode, uploads) };
  }

  it("files a dossier: 201 with reference and lookup secret, sealed citizen ID, uploads attached, event and outbox", async () => {
    const { token, body } = await readyFiling();
    const res = await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() });
    expect(res.status).toBe(201);
    const created = (await res.json()) as DossierCreated;
    expect(created).toMatchObject({ status: "SUBMITTED", statusCode: 1, procedure: { code: "1.001193" }, agency: { code: agencyCode } });
    expect(created.reference).toMatch(/^HS-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(created.lookupSecret).toMatch(/^[0-9A-Z]{6}$/);
    expect(res.headers.get("location")).toBe(`/api/v1/me/dossiers/${created.id}`);

    const [row] = await db().select().from(dossier).where(eq(dossier.id, created.id));
    expect(row!.idNumberSealed).not.toContain("075190001234");
    expect(row!.idNumberLast4).toBe("1234");
    expect(JSON.stringify(row!.applicant)).not.toContain("075190001234");
    expect(row!.applicant.phone).toBe("+84912345678");
    expect(row!.procedureVersion).toBe(procedure.version.number);
    expect(await count("dossier_event")).toBe(1);
    expect(await count("outbox")).toBe(1);
    const attached = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from upload where dossier_id = ${created.id}`);
    expect(attached[0]!.n).toBe(body.documents.length);
  });

  it("replays the same response for the same key and body, refuses the key with another body", async () => {
    const { token, body } = await readyFiling();
    const key = randomUUID();
    const first = await post("/dossiers", token, body, { "Idempotency-Key": key });
    const again = await post("/dossiers", token, body, { "Idempotency-Key": key });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    await expectProblem(await post("/dossiers", token, { ...body, channel: "POSTAL" }, { "Idempotency-Key": key }), 422, "IDEMPOTENCY_KEY_REUSED");
    expect(await count("dossier")).toBe(1);
  });

  it("makes one dossier out of ten identical submissions sent at once", async () => {
    const { token, body } = await readyFiling();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post("/dossiers", token, body, { "Idempotency-Key": key })));
    const bodies = await Promise.all(responses.map(async (r) => ({ status: r.status, body: (await r.json()) as DossierCreated })));
    const ok = bodies.filter((b) => b.status === 201);
    expect(ok.length).toBeGreaterThan(0);
    expect(new Set(ok.map((b) => b.body.id)).size).toBe(1);
    for (const b of bodies.filter((b) => b.status !== 201)) expect([409]).toContain(b.status);
    expect(await count("dossier")).toBe(1);
    expect(await count("outbox")).toBe(1);
  });

  it("requires an Idempotency-Key and a session, JSON content and well-formed JSON", async () => {
    const { token, body } = await readyFiling();
    await expectProblem(await post("/dossiers", token, body), 400, "IDEMPOTENCY_KEY_REQUIRED");
    const unauth = await post("/dossiers", null, body, { "Idempotency-Key": randomUUID() });
    await expectProblem(unauth, 401, "UNAUTHENTICATED");
    expect(unauth.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectProblem(
      await fetch(`${h.server.url}/api/v1/dossiers`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "text/plain", "Idempotency-Key": randomUUID() },
        body: JSON.stringify(body),
      }),
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    );
    await expectProblem(await post("/dossiers", token, "{", { "Idempotency-Key": randomUUID() }), 400, "MALFORMED_JSON");
    expect(await count("dossier")).toBe(0);
  });

  it("refuses an oversized body with 413, whether it declares its length or arrives chunked", async () => {
    const token = await h.signIn();
    const huge = JSON.stringify({ padding: "x".repeat(300 * 1024) });
    await expectProblem(await post("/dossiers", token, huge, { "Idempotency-Key": randomUUID() }), 413, "PAYLOAD_TOO_LARGE");
    const chunked = await fetch(`${h.server.url}/api/v1/dossiers`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}`, "Idempotency-Key": randomUUID() },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 30; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10 * 1024)));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    await expectProblem(chunked, 413, "PAYLOAD_TOO_LARGE");
    expect(await count("dossier")).toBe(0);
  });

  it.each([
    ["an 11-digit citizen ID", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, idNumber: "07519000123" } }), "applicant.idNumber"],
    ["a citizen ID that contradicts the birth year", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, idNumber: "075185001234" } }), "applicant.idNumber"],
    ["Arabic-Indic digits", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, idNumber: "٠٧٥١٩٠٠٠١٢٣٤" } }), "applicant.idNumber"],
    ["a ward from another province", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, address: { ...b.applicant.address, provinceCode: "79" } } }), "applicant.address.wardCode"],
    ["a missing required document", (b: SubmitDossierRequest) => ({ ...b, documents: [] }), "documents."],
    ["a client-chosen status", (b: SubmitDossierRequest) => ({ ...b, status: "DELIVERED" }), "status"],
    ["another citizen's owner id", (b: SubmitDossierRequest) => ({ ...b, citizenId: randomUUID() }), "citizenId"],
    ["a NUL in the name", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, fullName: "An\u0000" } }), "applicant.fullName"],
    ["a right-to-left override in the name", (b: SubmitDossierRequest) => ({ ...b, applicant: { ...b.applicant, fullName: "An\u202eBình" } }), "applicant.fullName"],
  ])("refuses %s with 422 and a field error, writing nothing", async (_label, mutate, field) => {
    const { token, body } = await readyFiling();
    const res = await post("/dossiers", token, mutate(body), { "Idempotency-Key": randomUUID() });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as Problem;
    expect(problem.errors?.some((e) => e.field.startsWith(field))).toBe(true);
    for (const e of problem.errors ?? []) expect(e.message).toBeTruthy();
    expect(await count("dossier")).toBe(0);
    expect(await count("idempotency_key")).toBe(0);
  });

  it("refuses uploads that belong to someone else", async () => {
    const { body } = await readyFiling("Người A");
    const other = await h.signIn("Người B");
    const res = await post("/dossiers", other, body, { "Idempotency-Key": randomUUID() });
    const problem = await expectProblem(res, 422, "VALIDATION_FAILED");
    expect(problem.errors?.some((e) => e.code === "UNKNOWN_UPLOAD")).toBe(true);
  });

  it("refuses an upload that feedback or a service request already holds, and leaves it with its holder", async () => {
    const { token, body } = await readyFiling();
    const held = body.documents[0]!.uploadIds[0]!;
    await db().update(upload).set({ expiresAt: KEPT_UNTIL }).where(eq(upload.id, held));
    const res = await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() });
    const problem = await expectProblem(res, 422, "VALIDATION_FAILED");
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: "documents.0.uploadIds.0", code: "UNKNOWN_UPLOAD" }));
    const [row] = await db().select({ dossierId: upload.dossierId, expiresAt: upload.expiresAt }).from(upload).where(eq(upload.id, held));
    expect(row).toEqual({ dossierId: null, expiresAt: KEPT_UNTIL });
    expect(await count("dossier")).toBe(0);
  });

  it("lists my dossiers, shows the timeline, and hides other citizens' dossiers as 404", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const list = (await (await get("/me/dossiers", token)).json()) as { items: { id: string; statusLabel: string }[] };
    expect(list.items.map((d) => d.id)).toEqual([created.id]);
    expect(list.items[0]!.statusLabel).toBe("Đã nộp, chờ tiếp nhận");
    const detailRes = await get(`/me/dossiers/${created.id}`, token);
    expect(detailRes.headers.get("etag")).toBe('"v1"');
    const detail = (await detailRes.json()) as DossierDetail;
    expect(detail.applicant.idNumberMasked).toBe("********1234");
    expect(detail.timeline).toEqual([expect.objectContaining({ action: "submit", status: "SUBMITTED", label: "Nộp hồ sơ trực tuyến" })]);
    expect(detail.documents.length).toBe(body.documents.length);
    expect(detail.canWithdraw).toBe(true);

    const stranger = await h.signIn("Người lạ");
    const hidden = await get(`/me/dossiers/${created.id}`, stranger);
    const missing = await get(`/me/dossiers/${randomUUID()}`, stranger);
    await expectProblem(hidden, 404, "NOT_FOUND");
    await expectProblem(missing, 404, "NOT_FOUND");
  });

  it("looks a dossier up publicly by reference and secret, revealing no personal data, rate-limited", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const ok = await get(`/track?code=${created.reference.toLowerCase()}&secret=${created.lookupSecret.toLowerCase()}`);
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(JSON.parse(text)).toMatchObject({ reference: created.reference, status: "SUBMITTED", statusCode: 1 });
    expect(text).not.toMatch(/Bình|1234|0912|\+84/);
    await expectProblem(await get(`/track?code=${created.reference}&secret=ZZZZZZ`), 404, "NOT_FOUND");
    const limited = await Promise.all(Array.from({ length: 6 }, () => get(`/track?code=${created.reference}&secret=ZZZZZZ`)));
    const tooMany = limited.find((r) => r.status === 429);
    expect(tooMany).toBeDefined();
    expect(Number(tooMany!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("withdraws once; a second withdrawal is an illegal transition", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const res = await post(`/me/dossiers/${created.id}/withdraw`, token, { reason: "Nộp nhầm thủ tục" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as DossierDetail).status).toBe("WITHDRAWN");
    await expectProblem(await post(`/me/dossiers/${created.id}/withdraw`, token, {}), 409, "ILLEGAL_TRANSITION");
  });

  it("lets exactly one of twenty racing withdrawals win, with one event and one outbox row", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const results = await Promise.all(Array.from({ length: 20 }, () => post(`/me/dossiers/${created.id}/withdraw`, token, {})));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(await count("dossier_event")).toBe(2);
    expect(await count("outbox")).toBe(2);
  });

  it("lets exactly one of twenty transitions with the same expected version win; the rest are stale", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const now = new Date();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        db().transaction((tx) =>
          applyTransition(tx, {
            dossierId: created.id,
            action: "accept",
            actor: { type: "officer", id: null },
            scope: { agencyCode },
            expectedVersion: 1,
            now,
          }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect((o.reason as { code: string }).code).toBe("PRECONDITION_FAILED");
    const [row] = await db().select().from(dossier).where(eq(dossier.id, created.id));
    expect(row).toMatchObject({ status: "RECEIVED", version: 2, previousStatus: "SUBMITTED" });
    expect(await count("dossier_event")).toBe(2);
    expect(await count("outbox")).toBe(2);
  });

  it("takes a supplement: new documents attach, the dossier resumes and its clock restarts", async () => {
    const { token, body } = await readyFiling();
    const created = (await (await post("/dossiers", token, body, { "Idempotency-Key": randomUUID() })).json()) as DossierCreated;
    const at = new Date();
    for (const action of ["accept", "start_processing", "request_supplement"] as const) {
      await db().transaction((tx) =>
        applyTransition(tx, {
          dossierId: created.id,
          action,
          actor: { type: "officer", id: null },
          scope: { agencyCode },
          note: action === "request_supplement" ? "Ảnh tờ khai bị mờ" : null,
          now: at,
        }),
      );
    }
    const requirementId = body.documents[0]!.requirementId;
    const fresh = await uploadFile(h.server.url, token, "to-khai-moi.pdf", tinyPdf);
    const res = await post(`/me/dossiers/${created.id}/supplement`, token, { documents: [{ requirementId, uploadIds: [fresh] }], note: "Đã chụp lại" });
    expect(res.status).toBe(200);
    const detail = (await res.json()) as DossierDetail;
    expect(detail.status).toBe("IN_PROGRESS");
    expect(detail.dueAt).not.toBeNull();
    expect(detail.timeline.map((t) => t.action)).toEqual(["submit", "accept", "start_processing", "request_supplement", "supplement"]);
    expect(detail.documents.some((d) => d.uploadId === fresh)).toBe(true);
    await expectProblem(
      await post(`/me/dossiers/${created.id}/supplement`, token, { documents: [{ requirementId, uploadIds: [fresh] }] }),
      409,
      "ILLEGAL_TRANSITION",
    );
  });
});
