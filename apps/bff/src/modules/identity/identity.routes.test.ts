import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CitizenProfile, Problem, SessionGrant } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { citizen, session } from "../../db/schema/index.ts";
import { createZaloGraphClient } from "../../integrations/zalo/graph-client.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { startFakeZalo, type FakeZalo } from "../../test/fake-zalo.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createIdentityService } from "./identity.service.ts";
import { identityRoutes } from "./identity.routes.ts";
import { createSessionService } from "./session.service.ts";

const APP_SECRET = "test-app-secret";
const TTL_MINUTES = 60;
const AN = { accessToken: "zalo-token-an-0123456789", id: "5100000000000001", name: "Nguyễn Văn An", phone: "84912345678" };
const BINH = { accessToken: "zalo-token-binh-0123456789", id: "5100000000000002", name: "Trần Thị Bình" };
const ABROAD = { accessToken: "zalo-token-abroad-0123456", id: "5100000000000004", name: "Lê Văn Cường", phone: "14155552671" };
const FOREIGN = { accessToken: "zalo-token-other-app-0123", id: "5100000000000003", appSecret: "another-app-secret" };
/** Anything that must never reach a log line. */
const SECRETS = [AN.accessToken, BINH.accessToken, ABROAD.accessToken, FOREIGN.accessToken, APP_SECRET, "912345678", "4155552671", "phone-token-"];

describe.each(dbKinds)("identity API over HTTP (%s)", (kind) => {
  let db: Db;
  let fake: FakeZalo;
  let server: TestServer;
  let devServer: TestServer;
  let clock = Date.now();
  const sessionTokens: string[] = [];
  const { logger, lines } = memoryLogger();

  async function serve(options: { devAuth: boolean; withZalo: boolean }) {
    const sessions = createSessionService({ db, ttlMinutes: TTL_MINUTES, now: () => new Date(clock) });
    const zalo = options.withZalo ? createZaloGraphClient({ baseUrl: fake.url, appSecret: APP_SECRET, timeoutMs: 1000, logger }) : undefined;
    const identity = createIdentityService({ db, sessions, zalo, devAuth: options.devAuth, logger, now: () => new Date(clock) });
    return startTestServer(mountForTest(identityRoutes({ identity, sessions }), logger));
  }

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
    fake = await startFakeZalo({ appSecret: APP_SECRET });
    for (const user of [AN, BINH, ABROAD, FOREIGN]) fake.addUser(user);
    server = await serve({ devAuth: false, withZalo: true });
    devServer = await serve({ devAuth: true, withZalo: false });
  });
  afterAll(async () => {
    await Promise.all([server.close(), devServer.close(), fake.close()]);
  });
  beforeEach(async () => {
    await truncate(db, ["session", "citizen"]);
    fake.script(null);
    fake.calls.length = 0;
    clock = Date.now();
  });
  afterEach(() => {
    const text = lines.join("\n");
    for (const secret of [...SECRETS, ...sessionTokens]) expect(text).not.toContain(secret);
  });

  const request = (path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string>; base?: TestServer } = {}) =>
    fetch(`${(init.base ?? server).url}/api/v1${path}`, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: {
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
    });

  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status, code });
    if (status === 401) expect(res.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
    return body;
  };

  const signIn = async (accessToken = AN.accessToken) => {
    const res = await request("/auth/zalo", { body: { accessToken } });
    expect(res.status).toBe(200);
    const grant = (await res.json()) as SessionGrant;
    sessionTokens.push(grant.token);
    return grant;
  };
  const citizens = () => db.select().from(citizen);
  const sessionRows = () => db.select().from(session);

  describe("sign-in with Zalo", () => {
    it("creates the citizen once, verified by Zalo, and the session opens /me", async () => {
      const first = await signIn();
      expect(first.citizen).toMatchObject({ name: AN.name, phone: null, notifyOptIn: false, phoneConsentAt: null });
      expect(Date.parse(first.expiresAt) - clock).toBe(TTL_MINUTES * 60_000);
      const second = await signIn();
      expect(second.citizen.id).toBe(first.citizen.id);
      expect(second.token).not.toBe(first.token);
      expect(await citizens()).toMatchObject([{ id: first.citizen.id, zaloId: AN.id, name: AN.name }]);
      expect(fake.calls.map((c) => c.path)).toEqual(["/v2.0/me", "/v2.0/me"]);

      const me = await request("/me", { token: first.token });
      expect(me.status).toBe(200);
      expect(me.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await me.json()).toEqual(first.citizen);
    });

    it.each([
      ["a garbage token", "garbage-token", 1],
      ["another Zalo app's token (proof mismatch)", FOREIGN.accessToken, 1],
      ["the template's placeholder", "ACCESS_TOKEN", 0],
      ["an empty token", "", 0],
      ["a blank token", "   ", 0],
      ["a token no header can carry", "xin chào\nzalo", 0],
    ])("refuses %s with 401 and writes nothing", async (_label, accessToken, zaloCalls) => {
      await expectProblem(await request("/auth/zalo", { body: { accessToken } }), 401, "UNAUTHENTICATED");
      expect(fake.calls).toHaveLength(zaloCalls);
      expect(await citizens()).toEqual([]);
      expect(await sessionRows()).toEqual([]);
    });

    it.each(["timeout", "http500", "malformed"] as const)("answers Zalo %s with 503 and Retry-After", async (failure) => {
      fake.script(failure);
      const res = await request("/auth/zalo", { body: { accessToken: AN.accessToken } });
      await expectProblem(res, 503, "UPSTREAM_UNAVAILABLE");
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await citizens()).toEqual([]);
      fake.script(null);
      await signIn();
    });

    it.each([{ zaloId: "5100000000000002" }, { id: "5100000000000002" }])("rejects a client-sent id %j with 422 UNKNOWN_FIELD", async (extra) => {
      const body = await expectProblem(await request("/auth/zalo", { body: { accessToken: AN.accessToken, ...extra } }), 422, "UNKNOWN_FIELD");
      expect(body.errors).toEqual([expect.objectContaining({ field: Object.keys(extra)[0], code: "UNKNOWN_FIELD" })]);
      expect(fake.calls).toEqual([]);
      expect(await citizens()).toEqual([]);
    });

    it("caps the token length", async () => {
      await expectProblem(await request("/auth/zalo", { body: { accessToken: "x".repeat(5000) } }), 422, "VALIDATION_FAILED");
      expect(fake.calls).toEqual([]);
    });

    it.each(["{", "", '{"accessToken":"x"} trailing'])("answers malformed JSON %j with 400 MALFORMED_JSON", async (raw) => {
      await expectProblem(await request("/auth/zalo", { body: raw }), 400, "MALFORMED_JSON");
    });

    it.each(["null", "[]", '"ACCESS_TOKEN"'])("answers the JSON value %s with 422", async (raw) => {
      await expectProblem(await request("/auth/zalo", { body: raw }), 422, "VALIDATION_FAILED");
    });

    it("answers wrong or missing content types with 415, and a bare POST with 422", async () => {
      const asText = { body: JSON.stringify({ accessToken: AN.accessToken }), headers: { "content-type": "text/plain" } };
      await expectProblem(await request("/auth/zalo", asText), 415, "UNSUPPORTED_MEDIA_TYPE");
      const untyped = await fetch(`${server.url}/api/v1/auth/zalo`, { method: "POST", body: new TextEncoder().encode("{}") });
      await expectProblem(untyped, 415, "UNSUPPORTED_MEDIA_TYPE");
      const bare = await expectProblem(await request("/auth/zalo", { method: "POST" }), 422, "VALIDATION_FAILED");
      expect(bare.errors?.[0]?.field).toBe("accessToken");
      expect(fake.calls).toEqual([]);
    });
  });

  describe("sessions", () => {
    it.each([
      ["no Authorization", () => ({})],
      ["a scheme-less Authorization", (t: string) => ({ headers: { authorization: t } })],
      ["the token in ?access_token=", (t: string) => ({ query: `?access_token=${t}` })],
      ["the token in a cookie", (t: string) => ({ headers: { cookie: `token=${t}; session=${t}; access_token=${t}` } })],
    ])("refuses %s with 401", async (_label, place) => {
      const { token } = await signIn();
      const where = place(token) as { query?: string; headers?: Record<string, string> };
      await expectProblem(await request(`/me${where.query ?? ""}`, { headers: where.headers ?? {} }), 401, "UNAUTHENTICATED");
    });

    it("expires sessions after the TTL", async () => {
      const { token } = await signIn();
      clock += TTL_MINUTES * 60_000 - 1000;
      expect((await request("/me", { token })).status).toBe(200);
      clock += 2000;
      await expectProblem(await request("/me", { token }), 401, "UNAUTHENTICATED");
    });

    it("logout revokes only the current session", async () => {
      const phone = await signIn();
      const tablet = await signIn();
      const res = await request("/auth/logout", { method: "POST", token: phone.token });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe("");
      await expectProblem(await request("/me", { token: phone.token }), 401, "UNAUTHENTICATED");
      await expectProblem(await request("/auth/logout", { method: "POST", token: phone.token }), 401, "UNAUTHENTICATED");
      expect((await request("/me", { token: tablet.token })).status).toBe(200);
      expect((await sessionRows()).filter((s) => s.revokedAt !== null)).toHaveLength(1);
    });
  });

  describe("phone linking", () => {
    const link = (token: string, body: Record<string, unknown>) => request("/auth/phone", { token, body });
    const stored = async (id: string) => (await db.select().from(citizen).where(eq(citizen.id, id)))[0];

    it("stores the E.164 number with the consent time; a replayed phone token is 422", async () => {
      const { token, citizen: who } = await signIn();
      fake.issuePhoneToken(AN.accessToken, "phone-token-1");
      const res = await link(token, { accessToken: AN.accessToken, phoneToken: "phone-token-1" });
      expect(res.status).toBe(200);
      const profile = (await res.json()) as CitizenProfile;
      expect(profile).toMatchObject({ id: who.id, phone: "+84912345678", phoneConsentAt: new Date(clock).toISOString() });
      expect(await stored(who.id)).toMatchObject({ phone: "+84912345678", phoneConsentAt: new Date(clock) });
      expect(fake.calls.at(-1)?.headers).toMatchObject({ code: "phone-token-1", secret_key: APP_SECRET });

      const replay = await expectProblem(await link(token, { accessToken: AN.accessToken, phoneToken: "phone-token-1" }), 422, "VALIDATION_FAILED");
      expect(replay.errors).toEqual([expect.objectContaining({ field: "phoneToken", code: "ZALO_TOKEN_REJECTED" })]);
      expect((await request("/me", { token })).status).toBe(200);
      expect(JSON.stringify(replay)).not.toContain("912345678");
    });

    it("refuses another Zalo user's access token with 403 and stores nothing", async () => {
      const { token, citizen: who } = await signIn();
      fake.issuePhoneToken(BINH.accessToken, "phone-token-2");
      await expectProblem(await link(token, { accessToken: BINH.accessToken, phoneToken: "phone-token-2" }), 403, "FORBIDDEN");
      expect((await stored(who.id))?.phone).toBeNull();
    });

    it.each([
      ["a placeholder access token", { accessToken: "ACCESS_TOKEN", phoneToken: "phone-token-3" }, "accessToken"],
      ["a garbage access token", { accessToken: "garbage", phoneToken: "phone-token-3" }, "accessToken"],
      ["an unknown phone token", { accessToken: AN.accessToken, phoneToken: "phone-token-unknown" }, "phoneToken"],
    ])("names the field for %s", async (_label, body, field) => {
      const { token } = await signIn();
      const problem = await expectProblem(await link(token, body), 422, "VALIDATION_FAILED");
      expect(problem.errors?.[0]?.field).toBe(field);
    });

    it("refuses a number Zalo returns that is not Vietnamese, without storing or echoing it", async () => {
      const { token, citizen: who } = await signIn(ABROAD.accessToken);
      fake.issuePhoneToken(ABROAD.accessToken, "phone-token-5");
      const problem = await expectProblem(await link(token, { accessToken: ABROAD.accessToken, phoneToken: "phone-token-5" }), 422, "VALIDATION_FAILED");
      expect(problem.errors).toEqual([expect.objectContaining({ field: "phoneToken", code: "UNSUPPORTED_PHONE" })]);
      expect(JSON.stringify(problem)).not.toContain("4155552671");
      expect((await stored(who.id))?.phone).toBeNull();
    });

    it("needs a session before anything reaches Zalo, and rejects extra fields", async () => {
      await expectProblem(await request("/auth/phone", { body: { accessToken: AN.accessToken, phoneToken: "x" } }), 401, "UNAUTHENTICATED");
      expect(fake.calls).toEqual([]);
      const { token } = await signIn();
      await expectProblem(await link(token, { accessToken: AN.accessToken, phoneToken: "x", citizenId: "x" }), 422, "UNKNOWN_FIELD");
    });

    it("answers Zalo trouble during the exchange with 503", async () => {
      const { token } = await signIn();
      fake.script("http500");
      const res = await link(token, { accessToken: AN.accessToken, phoneToken: "phone-token-4" });
      await expectProblem(res, 503, "UPSTREAM_UNAVAILABLE");
      expect(res.headers.get("retry-after")).toBe("5");
    });
  });

  describe("notification preference", () => {
    it("records opt-in with its time and clears it on opt-out", async () => {
      const { token, citizen: who } = await signIn();
      const on = await request("/me/notifications", { method: "PUT", token, body: { optIn: true } });
      expect(on.status).toBe(200);
      expect(((await on.json()) as CitizenProfile).notifyOptIn).toBe(true);
      expect((await citizens())[0]).toMatchObject({ id: who.id, notifyOptIn: true, notifyConsentAt: new Date(clock) });
      const off = await request("/me/notifications", { method: "PUT", token, body: { optIn: false } });
      expect(((await off.json()) as CitizenProfile).notifyOptIn).toBe(false);
      expect((await citizens())[0]).toMatchObject({ notifyOptIn: false, notifyConsentAt: null });
    });

    it("validates the body", async () => {
      const { token } = await signIn();
      await expectProblem(await request("/me/notifications", { method: "PUT", token, body: { optIn: "yes" } }), 422, "VALIDATION_FAILED");
      await expectProblem(await request("/me/notifications", { method: "PUT", body: { optIn: true } }), 401, "UNAUTHENTICATED");
    });
  });

  describe("development sign-in", () => {
    it("works only where dev auth is on, and returns the same citizen for the same name", async () => {
      await expectProblem(await request("/auth/dev", { body: {} }), 404, "NOT_FOUND");
      const first = await request("/auth/dev", { base: devServer, body: { name: "Nguyễn Văn Đức" } });
      expect(first.status).toBe(200);
      const grant = (await first.json()) as SessionGrant;
      sessionTokens.push(grant.token);
      const again = (await (await request("/auth/dev", { base: devServer, body: { name: "nguyen van duc" } })).json()) as SessionGrant;
      expect(again.citizen.id).toBe(grant.citizen.id);
      expect(await citizens()).toMatchObject([{ zaloId: "dev:nguyen-van-duc" }]);
      expect((await request("/me", { base: devServer, token: grant.token })).status).toBe(200);
    });

    it("needs no body, refuses unknown fields, and has no Zalo sign-in beside it", async () => {
      const bare = await request("/auth/dev", { base: devServer, method: "POST" });
      expect(((await bare.json()) as SessionGrant).citizen.name).toBe("Công dân thử nghiệm");
      expect(await citizens()).toMatchObject([{ zaloId: "dev:citizen" }]);
      await expectProblem(await request("/auth/dev", { base: devServer, body: { zaloId: "1" } }), 422, "UNKNOWN_FIELD");
      await expectProblem(await request("/auth/zalo", { base: devServer, body: { accessToken: AN.accessToken } }), 404, "NOT_FOUND");
    });
  });
});
