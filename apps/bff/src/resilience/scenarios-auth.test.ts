import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierCreated, DossierDetail, Problem } from "@motcua/contracts";
import { dossier, upload } from "../db/schema/index.ts";
import { startAppHarness, type AppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { birthRegistration, tinyJpeg } from "../test/dossier-fixtures.ts";
import { startFakeZalo, type FakeZalo } from "../test/fake-zalo.ts";
import { harnessPerSuite } from "../test/harness-per-suite.ts";
import {
  apiOperations,
  callApi,
  expectProblem,
  filingTables,
  officerToken,
  readyFiling,
  rowCount,
  submitDossier,
  writeFootprint,
} from "./scenario-kit.ts";

/** The problem without what differs on every response, to compare two refusals. */
const sameShape = (p: Problem) => ({ ...p, requestId: "" });

/** The access-log line of one request, found by the id the problem carries. */
const accessLogOf = (h: AppHarness, requestId: string) =>
  h.logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.requestId === requestId && "status" in l);

describe.each(dbKinds)("authentication and authorisation scenarios against the real app (%s)", (kind) => {
  const h = harnessPerSuite(() => startAppHarness(kind), (app) => truncate(app.services.database.db, filingTables));

  const db = () => h.services.database.db;
  const fileDossier = async (name: string) => {
    const { token, body } = await readyFiling(h, name);
    const created = (await (await submitDossier(h, token, body)).json()) as DossierCreated;
    return { token, id: created.id };
  };

  it("#1 every bearer-protected route answers a request without Authorization with 401 UNAUTHENTICATED and WWW-Authenticate: Bearer, writing nothing", async () => {
    await fileDossier("Người đã nộp");
    const before = await writeFootprint(db());
    const secured = (await apiOperations(h)).filter((op) => op.secured);
    expect(secured.length).toBeGreaterThan(30);
    const failures: string[] = [];
    for (const op of secured) {
      const form = new FormData();
      form.set("file", new Blob([tinyJpeg]), "anh.jpg");
      const res = await fetch(`${h.server.url}${op.path}`, {
        method: op.method,
        headers: { "Idempotency-Key": randomUUID(), "If-Match": '"v1"', ...(op.jsonBody ? { "Content-Type": "application/json" } : {}) },
        ...(op.jsonBody ? { body: "{}" } : op.multipart ? { body: form } : {}),
      });
      const text = await res.text();
      const ok =
        res.status === 401 &&
        /^Bearer\b/.test(res.headers.get("www-authenticate") ?? "") &&
        /^application\/problem\+json/.test(res.headers.get("content-type") ?? "") &&
        text.includes('"code":"UNAUTHENTICATED"');
      if (!ok) failures.push(`${op.method} ${op.path} → ${res.status} ${res.headers.get("www-authenticate")} ${text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
    expect(await writeFootprint(db())).toEqual(before);
  });

  it("#7 citizen B reaching citizen A's dossier, attachment or rating gets exactly the 404 of a missing id; nothing changes; each refusal is in the access log with who tried", async () => {
    const a = await fileDossier("Người A");
    const detail = (await (await callApi(h, "GET", `/me/dossiers/${a.id}`, a.token)).json()) as DossierDetail;
    const uploadId = detail.documents[0]!.uploadId;
    const b = await h.signIn("Người B");
    const bId = ((await (await callApi(h, "GET", "/me", b)).json()) as { id: string }).id;
    const supplement = { documents: [{ requirementId: detail.documents[0]!.requirementId, uploadIds: [uploadId] }] };
    const probes: [string, (id: string) => string, unknown][] = [
      ["GET", (id) => `/me/dossiers/${id}`, undefined],
      ["POST", (id) => `/me/dossiers/${id}/withdraw`, { reason: "Thử rút hồ sơ của người khác" }],
      ["POST", (id) => `/me/dossiers/${id}/supplement`, supplement],
      ["GET", (id) => `/me/dossiers/${id}/rating`, undefined],
      ["PUT", (id) => `/me/dossiers/${id}/rating`, { level: "DISSATISFIED" }],
    ];
    for (const [method, path, body] of probes) {
      const foreign = await expectProblem(await callApi(h, method, path(a.id), b, body), 404, "NOT_FOUND");
      const missing = await expectProblem(await callApi(h, method, path(randomUUID()), b, body), 404, "NOT_FOUND");
      expect(sameShape(foreign), `${method} ${path("…")}`).toEqual(sameShape(missing));
      expect(accessLogOf(h, foreign.requestId)).toMatchObject({ method, path: `/api/v1${path(a.id)}`, status: 404, subjectId: bId });
    }
    for (const method of ["GET", "DELETE"]) {
      const foreign = await expectProblem(await callApi(h, method, `/uploads/${uploadId}`, b), 404, "NOT_FOUND");
      const missing = await expectProblem(await callApi(h, method, `/uploads/${randomUUID()}`, b), 404, "NOT_FOUND");
      expect(sameShape(foreign)).toEqual(sameShape(missing));
    }

    const [row] = await db().select().from(dossier).where(eq(dossier.id, a.id));
    expect(row).toMatchObject({ status: "SUBMITTED", version: 1 });
    expect(await rowCount(db(), "dossier_event")).toBe(1);
    expect(await rowCount(db(), "dossier_rating")).toBe(0);
    expect(await db().select({ dossierId: upload.dossierId }).from(upload).where(eq(upload.id, uploadId))).toEqual([{ dossierId: a.id }]);
  });

  it("#8 a citizen token on an officer transition is 401; an officer whose role lacks the action is 403 FORBIDDEN, logged; another office's officer gets 404", async () => {
    const { agencyCode } = birthRegistration(h);
    const otherAgency = [...h.services.catalog.snapshot().agencies.values()].find((x) => x.level === "COMMUNE" && x.code !== agencyCode)!.code;
    const { token: citizen, id } = await fileDossier("Người nộp");
    const accept = (token: string) => callApi(h, "POST", `/desk/dossiers/${id}/actions/accept`, token, {}, { "If-Match": '"v1"' });

    const asCitizen = await accept(citizen);
    expect(asCitizen.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
    await expectProblem(asCitizen, 401, "UNAUTHENTICATED");

    const processor = await officerToken(h, ["processor"], agencyCode);
    const processorId = ((await (await callApi(h, "GET", "/desk/me", processor)).json()) as { id: string }).id;
    const forbidden = await expectProblem(await accept(processor), 403, "FORBIDDEN");
    expect(accessLogOf(h, forbidden.requestId)).toMatchObject({ method: "POST", path: `/api/v1/desk/dossiers/${id}/actions/accept`, status: 403, subjectId: processorId });

    const stranger = await officerToken(h, ["desk", "manager"], otherAgency);
    await expectProblem(await accept(stranger), 404, "NOT_FOUND");

    const [row] = await db().select().from(dossier).where(eq(dossier.id, id));
    expect(row).toMatchObject({ status: "SUBMITTED", version: 1, officialCode: null });
    expect(await rowCount(db(), "dossier_event")).toBe(1);
    expect(await rowCount(db(), "outbox")).toBe(1);
    expect(await rowCount(db(), "daily_sequence")).toBe(0);
  });

  it("#34 officer actions on a withdrawn dossier are 409 ILLEGAL_TRANSITION and a missing If-Match is 428, changing nothing", async () => {
    const { agencyCode } = birthRegistration(h);
    const { token: citizen, id } = await fileDossier("Người rút hồ sơ");
    expect((await callApi(h, "POST", `/me/dossiers/${id}/withdraw`, citizen, { reason: "Nộp nhầm thủ tục" })).status).toBe(200);
    const admin = await officerToken(h, ["admin"], agencyCode);
    const act = (action: string, body: unknown, ifMatch?: string) =>
      callApi(h, "POST", `/desk/dossiers/${id}/actions/${action}`, admin, body, ifMatch ? { "If-Match": ifMatch } : {});

    await expectProblem(await act("accept", {}), 428, "PRECONDITION_REQUIRED");
    await expectProblem(await act("accept", {}, '"v2"'), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await act("refuse", { reason: "Không thuộc thẩm quyền" }, '"v2"'), 409, "ILLEGAL_TRANSITION");
    await expectProblem(await act("deliver", {}, '"v2"'), 409, "ILLEGAL_TRANSITION");

    const [row] = await db().select().from(dossier).where(eq(dossier.id, id));
    expect(row).toMatchObject({ status: "WITHDRAWN", version: 2, officialCode: null });
    expect(await rowCount(db(), "dossier_event")).toBe(2);
    expect(await rowCount(db(), "outbox")).toBe(2);
    expect(await rowCount(db(), "daily_sequence")).toBe(0);
  });
});

describe("#2 Zalo tokens are verified on every sign-in, never cached (pglite)", () => {
  const APP_SECRET = "scenario-app-secret";
  const AN = { accessToken: "zalo-token-an-scenario-0001", id: "5100000000000101", name: "Nguyễn Văn An" };
  let fake: FakeZalo;
  let h: AppHarness;

  beforeAll(async () => {
    fake = await startFakeZalo({ appSecret: APP_SECRET });
    fake.addUser(AN);
    h = await startAppHarness("pglite", { ZALO_APP_SECRET: APP_SECRET, ZALO_GRAPH_URL: fake.url, ZALO_TIMEOUT_MS: "1000" });
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  const signIn = (accessToken: string) => callApi(h, "POST", "/auth/zalo", null, { accessToken });
  const graphCalls = () => fake.calls.filter((c) => c.path === "/v2.0/me").length;

  it("#2 a token that worked, once Zalo calls it expired, is 401 each time it comes back; garbage is asked about and refused every time", async () => {
    expect((await signIn(AN.accessToken)).status).toBe(200);
    expect(graphCalls()).toBe(1);

    fake.scriptNext("/v2.0/me", [
      { status: 200, body: { error: -124, message: "Access token is expired" } },
      { status: 200, body: { error: -124, message: "Access token is expired" } },
    ]);
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await signIn(AN.accessToken);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
      await expectProblem(res, 401, "UNAUTHENTICATED");
    }
    for (let attempt = 0; attempt < 2; attempt++) await expectProblem(await signIn("garbage-token-0123456789"), 401, "UNAUTHENTICATED");
    expect(graphCalls()).toBe(5);

    expect(await rowCount(h.services.database.db, "session")).toBe(1);
    expect(await rowCount(h.services.database.db, "citizen")).toBe(1);
    expect(h.logLines.join("\n")).not.toContain(AN.accessToken);
  });
});
