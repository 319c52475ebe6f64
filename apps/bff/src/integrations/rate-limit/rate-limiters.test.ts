import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { memoryLogger } from "../../test/logger.ts";
import type { RateLimiter } from "../../http/rate-limit.ts";
import { createPgRateLimiter } from "./pg-rate-limiter.ts";
import { createRedisRateLimiter } from "./redis-rate-limiter.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** The same contract for every store: count per key and window, refuse past the limit, reset with the window. */
function behavesAsFixedWindow(make: (clock: { now: number }) => RateLimiter) {
  it("counts per key, refuses past the limit with the seconds left, and starts over in the next window", async () => {
    const clock = { now: Date.UTC(2026, 10, 28, 9, 0, 10) };
    const limiter = make(clock);
    const key = `test:${Math.random()}`;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.hit(key, 3, 60_000));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]!.retryAfter).toBe(50);
    expect((await limiter.hit(`${key}:other`, 3, 60_000)).allowed).toBe(true);

    clock.now += 50_000;
    expect((await limiter.hit(key, 3, 60_000)).allowed).toBe(true);
  });

  it("lets exactly `limit` of many concurrent hits through", async () => {
    const clock = { now: Date.UTC(2026, 10, 28, 9, 0, 10) };
    const limiter = make(clock);
    const key = `burst:${Math.random()}`;
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.hit(key, 10, 60_000)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });
}

describe.each(dbKinds)("database counters on %s", (kind) => {
  beforeEach(async () => truncate((await testDatabase(kind)).db, ["rate_limit_counter"]));

  let db: Awaited<ReturnType<typeof testDatabase>>["db"];
  beforeEach(async () => {
    db = (await testDatabase(kind)).db;
  });
  behavesAsFixedWindow((clock) => createPgRateLimiter(db, () => clock.now));

  it("sweeps counters of windows long gone", async () => {
    const clock = { now: Date.UTC(2026, 10, 28, 9, 0, 0) };
    const limiter = createPgRateLimiter(db, () => clock.now);
    await limiter.hit("old", 5, 60_000);
    clock.now += 3 * 3_600_000;
    await limiter.hit("fresh", 5, 60_000);
    expect(await limiter.sweep()).toBe(1);
  });
});

describe("Redis counters (the real server)", () => {
  const { logger, lines } = memoryLogger();
  const limiters: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const limiter of limiters) await limiter.close();
  });

  behavesAsFixedWindow((clock) => {
    const limiter = createRedisRateLimiter(REDIS_URL, logger, () => clock.now);
    limiters.push(limiter);
    return limiter;
  });

  it("expires a window's key with the window", async () => {
    const clock = { now: Date.now() };
    const limiter = createRedisRateLimiter(REDIS_URL, logger, () => clock.now);
    limiters.push(limiter);
    const key = `ttl:${Math.random()}`;
    await limiter.hit(key, 5, 10_000);
    const redis = new Redis(REDIS_URL);
    try {
      const [found] = await redis.keys(`motcua:rl:${key}:*`);
      const ttl = await redis.pttl(found!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(11_000);
    } finally {
      redis.disconnect();
    }
  });

  it("lets requests through, and logs, when Redis is unreachable", async () => {
    const limiter = createRedisRateLimiter("redis://127.0.0.1:1", logger);
    limiters.push(limiter);
    const decision = await limiter.hit("down", 1, 60_000);
    expect(decision.allowed).toBe(true);
    expect(lines.some((line) => line.includes("rate-limit"))).toBe(true);
  });
});
