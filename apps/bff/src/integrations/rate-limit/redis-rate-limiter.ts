import { Redis } from "ioredis";
import type { Logger } from "../../logger.ts";
import type { RateLimiter } from "../../http/rate-limit.ts";
import { decide, windowStartOf } from "./fixed-window.ts";

/**
 * Counters in Redis: INCR on a key per window, expiring with it. If Redis cannot answer, the request
 * goes through (and the failure is logged): a broken limiter must not take the service down with it.
 */
export function createRedisRateLimiter(url: string, logger: Logger, now: () => number = Date.now): RateLimiter & { close(): Promise<void> } {
  const redis = new Redis(url, {
    // Commands wait for the connection (at start-up, after a blip) but never long: every request
    // waits on this call, so a slow or absent Redis costs at most the command timeout.
    maxRetriesPerRequest: 1,
    connectTimeout: 1000,
    commandTimeout: 300,
  });
  redis.on("error", (err: Error) => logger.warn({ err: { message: err.message } }, "rate-limit store unavailable"));
  return {
    async hit(key, limit, windowMs) {
      const t = now();
      const windowStart = windowStartOf(t, windowMs);
      const redisKey = `motcua:rl:${key}:${windowStart}`;
      try {
        const results = await redis.multi().incr(redisKey).pexpire(redisKey, windowMs + 1000).exec();
        const hits = Number(results?.[0]?.[1] ?? 0);
        return decide(hits, limit, windowStart, windowMs, t);
      } catch (err) {
        logger.warn({ err: { message: (err as Error).message } }, "rate-limit check skipped");
        return { allowed: true, retryAfter: 0 };
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
