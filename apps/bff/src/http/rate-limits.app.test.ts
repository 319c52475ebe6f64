import { afterEach, describe, expect, it } from "vitest";
import { startAppHarness, type AppHarness } from "../test/app-harness.ts";
import { dbKinds } from "../test/db.ts";
import { tinyJpeg } from "../test/dossier-fixtures.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

const signInFrom = (h: AppHarness, forwardedFor?: string) =>
  fetch(`${h.server.url}/api/v1/auth/dev`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}) },
    body: "{}",
  });

const upload = (h: AppHarness, token: string) => {
  const form = new FormData();
  form.set("file", new Blob([tinyJpeg]), "anh.jpg");
  return fetch(`${h.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
};

const me = (h: AppHarness, token: string) => fetch(`${h.server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });

async function expectLimited(res: Response) {
  expect(res.status).toBe(429);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(((await res.json()) as { code: string }).code).toBe("RATE_LIMITED");
}

describe.each(dbKinds)("rate limits with counters in the database (%s)", (kind) => {
  const harnesses: AppHarness[] = [];
  const start = async (env: Record<string, string>) => {
    const h = await startAppHarness(kind, env);
    harnesses.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.close();
  });

  it("limits each citizen across routes, and leaves other citizens alone", async () => {
    const h = await start({ CITIZEN_LIMIT_PER_MINUTE: "3" });
    const anna = await h.signIn("Anna");
    const bao = await h.signIn("Bảo");
    for (let i = 0; i < 3; i++) expect((await me(h, anna)).status).toBe(200);
    await expectLimited(await me(h, anna));
    await expectLimited(await fetch(`${h.server.url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${anna}` } }));
    expect((await me(h, bao)).status).toBe(200);
  });

  it("limits uploads per client address more strictly than the rest", async () => {
    const h = await start({ UPLOAD_LIMIT_PER_MINUTE: "2" });
    const token = await h.signIn();
    expect((await upload(h, token)).status).toBe(201);
    expect((await upload(h, token)).status).toBe(201);
    await expectLimited(await upload(h, token));
    expect((await me(h, token)).status).toBe(200);
  });

  it("ignores X-Forwarded-For without a trusted proxy: a spoofed header does not buy more attempts", async () => {
    const h = await start({ SIGN_IN_LIMIT_PER_MINUTE: "2" });
    expect((await signInFrom(h, "203.0.113.1")).status).toBe(200);
    expect((await signInFrom(h, "203.0.113.2")).status).toBe(200);
    await expectLimited(await signInFrom(h, "203.0.113.3"));
  });

  it("behind one trusted proxy, keys on the address that proxy saw, not on what the client wrote before it", async () => {
    const h = await start({ SIGN_IN_LIMIT_PER_MINUTE: "2", TRUSTED_PROXY_HOPS: "1" });
    expect((await signInFrom(h, "10.0.0.1, 198.51.100.7")).status).toBe(200);
    expect((await signInFrom(h, "10.0.0.2, 198.51.100.7")).status).toBe(200);
    await expectLimited(await signInFrom(h, "10.0.0.3, 198.51.100.7"));
    expect((await signInFrom(h, "198.51.100.8")).status).toBe(200);
  });

  it("shares the counters between two instances on one database", async () => {
    const a = await start({ TRACK_LIMIT_PER_MINUTE: "2" });
    const b = await start({ TRACK_LIMIT_PER_MINUTE: "2" });
    const track = (h: AppHarness) => fetch(`${h.server.url}/api/v1/track?code=HS-0000-0001&secret=ABCDEF`);
    expect((await track(a)).status).toBe(404);
    expect((await track(b)).status).toBe(404);
    await expectLimited(await track(a));
  });
});

describe("rate limits with counters in Redis (the real server)", () => {
  const harnesses: AppHarness[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0)) {
      await h.services.redisLimiter?.close();
      await h.close();
    }
  });

  it("shares the counters between two instances through Redis", async () => {
    // A fresh limit name per run: Redis outlives the test.
    const a = await startAppHarness("pglite", { REDIS_URL, SIGN_IN_LIMIT_PER_MINUTE: "2", TRUSTED_PROXY_HOPS: "1" });
    const b = await startAppHarness("pglite", { REDIS_URL, SIGN_IN_LIMIT_PER_MINUTE: "2", TRUSTED_PROXY_HOPS: "1" });
    harnesses.push(a, b);
    expect(a.services.redisLimiter).toBeDefined();
    const client = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    expect((await signInFrom(a, client)).status).toBe(200);
    expect((await signInFrom(b, client)).status).toBe(200);
    await expectLimited(await signInFrom(a, client));
    await expectLimited(await signInFrom(b, client));
  });
});
