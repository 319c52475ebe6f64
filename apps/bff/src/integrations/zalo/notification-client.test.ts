import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeZalo, type FakeZalo } from "../../test/fake-zalo.ts";
import { createMiniAppNotifier, createZnsClient } from "./notification-client.ts";

const API_KEY = "notify-api-key-secret";
const MINIAPP_ID = "3141592653589793";
const ZNS_TOKEN = "zns-oa-access-token-secret";
const TIMEOUT_MS = 500;
const TRACKING_ID = "0b7a3c1e-7d55-4a37-9d7e-3f0f6c2b9a10";
const data = { title: "Dịch vụ công Đồng Nai", contentTitle: "Đã tiếp nhận" };

describe("Zalo notification clients against the fake Zalo server", () => {
  let fake: FakeZalo;
  const miniApp = (apiKey = API_KEY) => createMiniAppNotifier({ baseUrl: fake.url, apiKey, miniAppId: MINIAPP_ID, timeoutMs: TIMEOUT_MS });
  const zns = (accessToken = ZNS_TOKEN) => createZnsClient({ baseUrl: fake.url, accessToken, timeoutMs: TIMEOUT_MS });
  const sendMiniApp = (apiKey?: string) => miniApp(apiKey).send({ zaloUserId: "5100000000000001", templateId: "tpl-01", data, trackingId: TRACKING_ID });
  const sendZns = (phone = "84912345678", token?: string) => zns(token).send({ phone, templateId: "zns-1", data, trackingId: TRACKING_ID });

  beforeAll(async () => {
    fake = await startFakeZalo({ appSecret: "unused", notify: { apiKey: API_KEY, miniAppId: MINIAPP_ID }, znsAccessToken: ZNS_TOKEN });
  });
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.script(null);
    fake.calls.length = 0;
    fake.messages.length = 0;
  });

  it("sends a Mini App notification with the API key, user and mini app in headers", async () => {
    expect(await sendMiniApp()).toEqual({ kind: "sent", messageId: "m1" });
    const [call] = fake.calls;
    expect(call?.headers).toMatchObject({ "x-api-key": `Bearer ${API_KEY}`, "x-user-id": "5100000000000001", "x-miniapp-id": MINIAPP_ID });
    expect(JSON.parse(call?.body ?? "")).toEqual({ templateId: "tpl-01", templateData: data, trackingId: TRACKING_ID });
    expect(fake.messages).toEqual([{ channel: "miniapp", recipient: "5100000000000001", templateId: "tpl-01", data, trackingId: TRACKING_ID }]);
  });

  it("sends a ZNS message by phone with the OA token in a header and the tracking id in the body", async () => {
    expect(await sendZns()).toEqual({ kind: "sent", messageId: "z1" });
    const [call] = fake.calls;
    expect(call?.headers["access_token"]).toBe(ZNS_TOKEN);
    expect(JSON.parse(call?.body ?? "")).toEqual({ phone: "84912345678", template_id: "zns-1", template_data: data, tracking_id: TRACKING_ID });
    expect(fake.messages).toEqual([{ channel: "zns", recipient: "84912345678", templateId: "zns-1", data, trackingId: TRACKING_ID }]);
  });

  describe.each([
    ["Mini App", "/notification/template", () => sendMiniApp()],
    ["ZNS", "/message/template", () => sendZns()],
  ] as const)("%s transient failures", (_name, path, send) => {
    it("429 is retryable and carries Retry-After", async () => {
      fake.scriptNext(path, [{ status: 429, headers: { "retry-after": "7" }, body: { error: -429 } }]);
      expect(await send()).toEqual({ kind: "retryable", reason: "http 429", retryAfterMs: 7000 });
      expect(fake.messages).toEqual([]);
    });

    it.each([
      ["http500", "http 500"],
      ["timeout", "timeout"],
      ["malformed", "malformed"],
    ] as const)("%s is retryable", async (failure, reason) => {
      fake.scriptNext(path, [failure]);
      expect(await send()).toEqual({ kind: "retryable", reason });
      expect(fake.messages).toEqual([]);
    });

    it("a 4xx other than 429 is permanent", async () => {
      fake.scriptNext(path, [{ status: 400, body: { error: -201 } }]);
      expect(await send()).toEqual({ kind: "permanent", reason: "http 400" });
    });

    it("only the scripted request fails; the next one goes through", async () => {
      fake.scriptNext(path, ["http500"]);
      expect((await send()).kind).toBe("retryable");
      expect((await send()).kind).toBe("sent");
    });
  });

  it("treats refused credentials as retryable: the message is not at fault", async () => {
    expect(await sendMiniApp("wrong-key")).toEqual({ kind: "retryable", reason: "http 401" });
    expect(await sendZns("84912345678", "wrong-token")).toEqual({ kind: "retryable", reason: "zalo error -124" });
    expect(fake.messages).toEqual([]);
  });

  it("treats ZNS refusals of the phone or template as permanent and its unknown error as retryable", async () => {
    expect(await sendZns("0912345678")).toEqual({ kind: "permanent", reason: "zalo error -108" });
    fake.scriptNext("/message/template", [{ status: 200, body: { error: -119, message: "Account can not receive ZNS" } }]);
    expect(await sendZns()).toEqual({ kind: "permanent", reason: "zalo error -119" });
    fake.scriptNext("/message/template", [{ status: 200, body: { error: -100, message: "Unknown error" } }]);
    expect(await sendZns()).toEqual({ kind: "retryable", reason: "zalo error -100" });
  });

  it("treats a Mini App error code as permanent: that user cannot get this notification now", async () => {
    fake.scriptNext("/notification/template", [{ status: 200, body: { error: -1502, message: "User has not allowed notifications" } }]);
    expect(await sendMiniApp()).toEqual({ kind: "permanent", reason: "zalo error -1502" });
  });

  it("treats an unreachable Zalo as retryable", async () => {
    const closed = await startFakeZalo({ appSecret: "unused" });
    await closed.close();
    const outcome = await createZnsClient({ baseUrl: closed.url, accessToken: ZNS_TOKEN, timeoutMs: TIMEOUT_MS }).send({
      phone: "84912345678",
      templateId: "zns-1",
      data,
      trackingId: TRACKING_ID,
    });
    expect(outcome).toEqual({ kind: "retryable", reason: "network" });
  });
});

describe("Zalo notification clients on odd answers", () => {
  const answering = (status: number, body: string, headers: Record<string, string> = {}) =>
    createZnsClient({
      baseUrl: "https://business.invalid/",
      accessToken: ZNS_TOKEN,
      timeoutMs: TIMEOUT_MS,
      fetch: async () => new Response(body, { status, headers: { "content-type": "application/json", ...headers } }),
    }).send({ phone: "84912345678", templateId: "zns-1", data, trackingId: TRACKING_ID });

  it.each([
    ["an array", "[]"],
    ["null", "null"],
    ["no error field", '{"data":{"msg_id":"1"}}'],
    ["a string error", '{"error":"0"}'],
  ])("%s is malformed, hence retryable", async (_label, body) => {
    expect(await answering(200, body)).toEqual({ kind: "retryable", reason: "malformed" });
  });

  it("reads Retry-After given as an HTTP date, and ignores garbage", async () => {
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const outcome = await answering(429, "{}", { "retry-after": inAMinute });
    expect(outcome).toMatchObject({ kind: "retryable", reason: "http 429" });
    const hint = outcome.kind === "retryable" ? (outcome.retryAfterMs ?? 0) : 0;
    expect(hint).toBeGreaterThan(55_000);
    expect(hint).toBeLessThanOrEqual(60_000);
    expect(await answering(429, "{}", { "retry-after": "soon" })).toEqual({ kind: "retryable", reason: "http 429" });
  });
});
