import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Draft, DraftList, Problem } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { citizen, draft } from "../../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { testFieldCrypto } from "../../test/field-crypto.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createSessionService } from "../identity/session.service.ts";
import { draftsRoutes } from "./drafts.routes.ts";
import { createDraftsService } from "./drafts.service.ts";
import { openDraftData } from "./sealed-draft.ts";

const T0 = new Date("2026-08-01T02:00:00.000Z");
const DAY = 86_400_000;
const TTL_DAYS = 30;
const nested = (depth: number): Record<string, unknown> => (depth <= 1 ? { leaf: true } : { next: nested(depth - 1) });

describe.each(dbKinds)("drafts API over HTTP (%s)", (kind) => {
  let db: Db;
  let server: TestServer;
  let clock: Date;
  let alice: string;
  let bob: string;
  const sessions = () => createSessionService({ db, ttlMinutes: 60 });
  const crypto = testFieldCrypto();

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
    const drafts = createDraftsService({ db, crypto, ttlDays: TTL_DAYS, now: () => clock });
    server = await startTestServer(mountForTest(draftsRoutes({ drafts, sessions: sessions() }), memoryLogger().logger));
  });
  afterAll(() => server.close());

  async function signIn(): Promise<string> {
    const [row] = await db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning({ id: citizen.id });
    return (await sessions().issue("citizen", row!.id)).token;
  }

  beforeEach(async () => {
    await truncate(db, ["draft", "session", "citizen"]);
    clock = T0;
    [alice, bob] = [await signIn(), await signIn()];
  });

  const call = (method: string, path: string, token: string | undefined, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/v1/me/drafts${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status, code });
    return body;
  };
  const create = async (token: string, data: Record<string, unknown> = { hoTen: "Nguyễn Văn A" }, procedureCode = "1.001193") => {
    const res = await call("POST", "", token, { procedureCode, data });
    expect(res.status).toBe(201);
    return (await res.json()) as Draft;
  };
  const storedRowOf = async (id: string) => (await db.select().from(draft).where(eq(draft.id, id)))[0];
  const rowOf = async (id: string) => {
    const row = await storedRowOf(id);
    return row && { ...row, data: openDraftData(row.data, id, crypto) };
  };
  const countRows = async () => (await db.select({ id: draft.id }).from(draft)).length;

  it("creates, reads, updates and deletes a draft", async () => {
    const res = await call("POST", "", alice, { procedureCode: "1.001193", data: { hoTen: "Nguyễn Văn A", con: { ten: "B" } } });
    expect(res.status).toBe(201);
    expect(res.headers.get("etag")).toBe('"v1"');
    expect(res.headers.get("cache-control")).toBe("no-store");
    const created = (await res.json()) as Draft;
    expect(res.headers.get("location")).toBe(`/api/v1/me/drafts/${created.id}`);
    expect(created).toEqual({
      id: created.id,
      procedureCode: "1.001193",
      data: { hoTen: "Nguyễn Văn A", con: { ten: "B" } },
      version: 1,
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      expiresAt: new Date(T0.getTime() + TTL_DAYS * DAY).toISOString(),
    });

    const one = await call("GET", `/${created.id}`, alice);
    expect(one.status).toBe(200);
    expect(one.headers.get("etag")).toBe('"v1"');
    expect(await one.json()).toEqual(created);
    expect(((await (await call("GET", "", alice)).json()) as DraftList).items).toEqual([created]);

    clock = new Date(T0.getTime() + 2 * DAY);
    const put = await call("PUT", `/${created.id}`, alice, { data: { hoTen: "Nguyễn Văn Ánh" } });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toBe('"v2"');
    const updated = (await put.json()) as Draft;
    expect(updated).toEqual({
      ...created,
      data: { hoTen: "Nguyễn Văn Ánh" },
      version: 2,
      updatedAt: clock.toISOString(),
      expiresAt: new Date(clock.getTime() + TTL_DAYS * DAY).toISOString(),
    });
    expect(await rowOf(created.id)).toMatchObject({ version: 2, data: { hoTen: "Nguyễn Văn Ánh" }, updatedAt: clock, createdAt: T0 });
    // At rest the whole form is one envelope bound to this draft: nothing the citizen typed shows.
    expect((await storedRowOf(created.id))!.data).toEqual({ sealed: expect.stringMatching(/^v1\.test1\./) });

    const del = await call("DELETE", `/${created.id}`, alice);
    expect(del.status).toBe(204);
    expect(await del.text()).toBe("");
    expect(await rowOf(created.id)).toBeUndefined();
    await expectProblem(await call("GET", `/${created.id}`, alice), 404, "NOT_FOUND");
    await expectProblem(await call("DELETE", `/${created.id}`, alice), 404, "NOT_FOUND");
  });

  it("lists the citizen's own drafts, most recently edited first", async () => {
    const first = await create(alice, { n: 1 });
    clock = new Date(T0.getTime() + 1000);
    const second = await create(alice, { n: 2 }, "2.000123");
    await create(bob, { n: 3 });
    clock = new Date(T0.getTime() + 2000);
    expect((await call("PUT", `/${first.id}`, alice, { data: { n: 11 } })).status).toBe(200);
    const { items } = (await (await call("GET", "", alice)).json()) as DraftList;
    expect(items.map((d) => [d.id, d.version])).toEqual([
      [first.id, 2],
      [second.id, 1],
    ]);
  });

  it("answers another citizen's draft exactly like a missing one, and leaves it untouched", async () => {
    const mine = await create(alice);
    const missing = randomUUID();
    const strip = ({ requestId: _r, ...rest }: Problem) => rest;
    for (const [method, body] of [["GET"], ["PUT", { data: { x: 1 } }], ["DELETE"]] as const) {
      const theirs = await expectProblem(await call(method, `/${mine.id}`, bob, body), 404, "NOT_FOUND");
      const none = await expectProblem(await call(method, `/${missing}`, bob, body), 404, "NOT_FOUND");
      expect(strip(theirs)).toEqual(strip(none));
    }
    expect(((await (await call("GET", "", bob)).json()) as DraftList).items).toEqual([]);
    expect(await rowOf(mine.id)).toMatchObject({ version: 1, data: mine.data });
  });

  it("refuses a save based on a stale version with 412 and the current ETag", async () => {
    const d = await create(alice, { step: 0 });
    const save = (step: number, ifMatch?: string) => call("PUT", `/${d.id}`, alice, { data: { step } }, ifMatch ? { "If-Match": ifMatch } : {});

    expect((await save(1, '"v1"')).headers.get("etag")).toBe('"v2"');
    const stale = await save(2, '"v1"');
    await expectProblem(stale, 412, "PRECONDITION_FAILED");
    expect(stale.headers.get("etag")).toBe('"v2"');
    expect(await rowOf(d.id)).toMatchObject({ version: 2, data: { step: 1 } });

    expect((await save(3, 'W/"v2"')).status).toBe(200);
    expect((await save(4, '"v1", "v3"')).status).toBe(200);
    expect((await save(5, "*")).status).toBe(200);
    await expectProblem(await save(6, "v5"), 412, "PRECONDITION_FAILED");
    expect((await save(7)).status).toBe(200);
    expect(await rowOf(d.id)).toMatchObject({ version: 6, data: { step: 7 } });
    await expectProblem(await call("PUT", `/${randomUUID()}`, alice, { data: {} }, { "If-Match": '"v1"' }), 404, "NOT_FOUND");
  });

  it("stores up to 64 KB of serialised data and refuses more with 413", async () => {
    const atLimit = { s: "x".repeat(64 * 1024 - 8) };
    expect(new TextEncoder().encode(JSON.stringify(atLimit)).length).toBe(64 * 1024);
    const d = await create(alice, atLimit);

    await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: { s: `${atLimit.s}x` } }), 413, "PAYLOAD_TOO_LARGE");
    // Bytes, not characters: 22,000 × "ệ" is 66,000 bytes.
    await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: { s: "ệ".repeat(22_000) } }), 413, "PAYLOAD_TOO_LARGE");
    // Far too big to even parse: refused unread, so the connection must not be reused.
    const huge = await call("POST", "", alice, { procedureCode: "1.001193", data: { s: "x".repeat(300_000) } });
    await expectProblem(huge, 413, "PAYLOAD_TOO_LARGE");
    expect(huge.headers.get("connection")).toBe("close");
    await expectProblem(await call("PUT", `/${d.id}`, alice, { data: { s: `${atLimit.s}x` } }), 413, "PAYLOAD_TOO_LARGE");
    expect(await countRows()).toBe(1);
    expect(await rowOf(d.id)).toMatchObject({ version: 1 });
  });

  it("refuses deep nesting, non-object data, server-owned fields and bad procedure codes with 422", async () => {
    await create(alice, nested(10));
    const body = await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: nested(11) }), 422, "VALIDATION_FAILED");
    expect(body.errors?.[0]?.field).toBe("data");
    await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: [1, 2] }), 422, "VALIDATION_FAILED");
    await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: null }), 422, "VALIDATION_FAILED");
    await expectProblem(await call("POST", "", alice, { procedureCode: "1.001193", data: {}, version: 7 }), 422, "UNKNOWN_FIELD");
    await expectProblem(await call("POST", "", alice, { procedureCode: "1.1193", data: {} }), 422, "VALIDATION_FAILED");
    // Text jsonb cannot store, in a value or a key, at any depth.
    for (const raw of ['{"a":{"b":["x\\u0000"]}}', '{"a":"\\ud800"}', '{"\\udc00":1}']) {
      await expectProblem(await call("POST", "", alice, `{"procedureCode":"1.001193","data":${raw}}`), 422, "VALIDATION_FAILED");
    }
    await create(alice, { ok: "\ud83d\ude00 ☺" });
    await expectProblem(await call("POST", "", alice, "{not json"), 400, "MALFORMED_JSON");
    await expectProblem(await call("GET", "/not-a-uuid", alice), 400, "BAD_REQUEST");
    expect(await countRows()).toBe(2);
  });

  it("keeps at most 20 drafts per citizen, even under concurrent creates", async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => call("POST", "", alice, { procedureCode: "1.001193", data: { i } })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(20);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(5);
    for (const res of refused) await expectProblem(res, 422, "QUOTA_EXCEEDED");
    for (const res of results.filter((r) => r.status === 201)) await res.body?.cancel();
    expect(await countRows()).toBe(20);

    await create(bob);
    const { items } = (await (await call("GET", "", alice)).json()) as DraftList;
    expect((await call("DELETE", `/${items[0]!.id}`, alice)).status).toBe(204);
    await create(alice);
    expect(await countRows()).toBe(21);
  });

  it("treats an expired draft as gone before the sweeper runs, and frees its quota slot", async () => {
    const old = await create(alice);
    clock = new Date(T0.getTime() + TTL_DAYS * DAY);
    await expectProblem(await call("GET", `/${old.id}`, alice), 404, "NOT_FOUND");
    await expectProblem(await call("PUT", `/${old.id}`, alice, { data: {} }), 404, "NOT_FOUND");
    expect(((await (await call("GET", "", alice)).json()) as DraftList).items).toEqual([]);
    for (let i = 0; i < 20; i++) await create(alice, { i });
    expect(await countRows()).toBe(21);
  });

  it("requires a citizen session", async () => {
    await expectProblem(await call("GET", "", undefined), 401, "UNAUTHENTICATED");
    await expectProblem(await call("POST", "", "x".repeat(43), { procedureCode: "1.001193", data: {} }), 401, "UNAUTHENTICATED");
    expect(await countRows()).toBe(0);
  });
});
