import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ErrorCode } from "@motcua/contracts";
import { AppError } from "../../http/app-error.ts";
import { startFakeZalo, type FakeZalo } from "../../test/fake-zalo.ts";
import { memoryLogger } from "../../test/logger.ts";
import { createZaloGraphClient } from "./graph-client.ts";

const APP_SECRET = "test-app-secret";
const TOKEN = "zalo-access-token-of-an";
/** Long enough that a loaded CI machine never times out a healthy call, short enough to keep the timeout tests quick. */
const TIMEOUT_MS = 1000;

async function expectAppError(promise: Promise<unknown>, code: ErrorCode, headers: Record<string, string> = {}) {
  const err = await promise.then(
    () => expect.fail("expected a rejection"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).toMatchObject({ code, options: { headers: expect.objectContaining(headers) } });
}

describe("Zalo Graph client against the fake Zalo server", () => {
  let fake: FakeZalo;
  let clock = Date.now();
  const { logger, lines } = memoryLogger();
  const client = () => createZaloGraphClient({ baseUrl: fake.url, appSecret: APP_SECRET, timeoutMs: TIMEOUT_MS, logger });

  beforeAll(async () => {
    fake = await startFakeZalo({ appSecret: APP_SECRET, now: () => clock });
    fake.addUser({ accessToken: TOKEN, id: "5100000000000001", name: "Nguyễn Văn An", phone: "84912345678" });
    fake.addUser({ accessToken: "token-of-another-app", id: "5100000000000002", appSecret: "another-app-secret" });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.script(null);
    fake.calls.length = 0;
    clock = Date.now();
  });

  it("sends the token and its app-secret proof in headers, never in the URL", async () => {
    expect(await client().getMe(TOKEN)).toEqual({
      id: "5100000000000001",
      name: "Nguyễn Văn An",
      picture: "https://avatar.example/5100000000000001.jpg",
    });
    const [call] = fake.calls;
    expect(call?.path).toBe("/v2.0/me");
    expect(call?.query.get("fields")).toBe("id,name,picture");
    expect(call?.query.toString()).not.toContain(TOKEN);
    expect(call?.headers["access_token"]).toBe(TOKEN);
    expect(call?.headers["appsecret_proof"]).toBe(createHmac("sha256", APP_SECRET).update(TOKEN).digest("hex"));
  });

  it("refuses unknown tokens and tokens issued to another app", async () => {
    await expectAppError(client().getMe("garbage"), "UNAUTHENTICATED", { "WWW-Authenticate": 'Bearer realm="motcua"' });
    await expectAppError(client().getMe("token-of-another-app"), "UNAUTHENTICATED");
    expect(fake.calls).toHaveLength(2);
  });

  it("refuses tokens that could not be header values without calling Zalo", async () => {
    await expectAppError(client().getMe("xin chào"), "UNAUTHENTICATED");
    await expectAppError(client().getMe("a\r\nX-Injected: 1"), "UNAUTHENTICATED");
    await expectAppError(client().getPhoneNumber(TOKEN, "mã điện thoại"), "UNAUTHENTICATED");
    expect(fake.calls).toEqual([]);
  });

  it("exchanges a phone token once, within its two minutes", async () => {
    fake.issuePhoneToken(TOKEN, "phone-1");
    expect(await client().getPhoneNumber(TOKEN, "phone-1")).toBe("84912345678");
    const call = fake.calls.at(-1);
    expect(call?.path).toBe("/v2.0/me/info");
    expect(call?.headers).toMatchObject({ access_token: TOKEN, code: "phone-1", secret_key: APP_SECRET });
    await expectAppError(client().getPhoneNumber(TOKEN, "phone-1"), "UNAUTHENTICATED");

    fake.issuePhoneToken(TOKEN, "phone-2");
    clock += 2 * 60_000 + 1;
    await expectAppError(client().getPhoneNumber(TOKEN, "phone-2"), "UNAUTHENTICATED");
  });

  it("refuses a phone token presented with another user's access token", async () => {
    fake.issuePhoneToken(TOKEN, "phone-3");
    await expectAppError(client().getPhoneNumber("token-of-another-app", "phone-3"), "UNAUTHENTICATED");
  });

  it.each(["timeout", "http500", "malformed"] as const)("turns %s into a retryable 503", async (failure) => {
    fake.script(failure);
    await expectAppError(client().getMe(TOKEN), "UPSTREAM_UNAVAILABLE", { "Retry-After": "5" });
    await expectAppError(client().getPhoneNumber(TOKEN, "any"), "UPSTREAM_UNAVAILABLE", { "Retry-After": "5" });
    const reason = { timeout: "timeout", http500: "http", malformed: "malformed" }[failure];
    expect(lines.at(-1)).toContain(`"reason":"${reason}"`);
  });

  it("treats an unreachable Zalo as unavailable", async () => {
    const closed = await startFakeZalo({ appSecret: APP_SECRET });
    await closed.close();
    const unreachable = createZaloGraphClient({ baseUrl: closed.url, appSecret: APP_SECRET, timeoutMs: TIMEOUT_MS });
    await expectAppError(unreachable.getMe(TOKEN), "UPSTREAM_UNAVAILABLE");
  });

  it("never logs tokens or numbers", () => {
    const text = lines.join("\n");
    expect(text).toContain("zalo graph call failed");
    for (const secret of [TOKEN, "token-of-another-app", "phone-1", "84912345678", APP_SECRET]) expect(text).not.toContain(secret);
  });
});

describe("Zalo Graph client on odd answers", () => {
  const answering = (status: number, body: string) =>
    createZaloGraphClient({
      baseUrl: "https://graph.invalid/",
      appSecret: APP_SECRET,
      timeoutMs: TIMEOUT_MS,
      fetch: async () => new Response(body, { status, headers: { "content-type": "application/json" } }),
    });

  it.each([
    [400, "{}"],
    [401, "not even json"],
    [403, '{"error":-124}'],
  ])("HTTP %i is a refused token", async (status, body) => {
    await expectAppError(answering(status, body).getMe(TOKEN), "UNAUTHENTICATED");
  });

  it.each([
    ["HTTP 429", 429, '{"error":-32}'],
    ["HTTP 502", 502, "{}"],
    ["an array", 200, "[]"],
    ["null", 200, "null"],
    ["no id", 200, '{"name":"x"}'],
    ["a numeric id", 200, '{"id":123}'],
    ["a non-numeric error", 200, '{"error":"bad","id":"1"}'],
  ])("%s from /me is unavailability, not a verdict", async (_label, status, body) => {
    await expectAppError(answering(status, body).getMe(TOKEN), "UPSTREAM_UNAVAILABLE");
  });

  it.each([
    ["no data", '{"error":0,"message":"Success"}'],
    ["no number", '{"error":0,"data":{}}'],
    ["no error field", '{"data":{"number":"84912345678"}}'],
  ])("%s from /me/info is unavailability", async (_label, body) => {
    await expectAppError(answering(200, body).getPhoneNumber(TOKEN, "p"), "UPSTREAM_UNAVAILABLE");
  });

  it("accepts a plain picture URL and omits what Zalo withholds", async () => {
    expect(await answering(200, '{"id":"1","picture":"https://a/b.jpg"}').getMe(TOKEN)).toEqual({ id: "1", picture: "https://a/b.jpg" });
    expect(await answering(200, '{"id":"1","name":""}').getMe(TOKEN)).toEqual({ id: "1" });
  });
});
