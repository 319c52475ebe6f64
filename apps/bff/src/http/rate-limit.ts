import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "./app-error.ts";

export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window that refused the request ends. */
  retryAfter: number;
}

export interface RateLimiter {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitDecision>;
}

/** Counters kept in this process's memory, answered at once: for checks on every request. */
export interface FixedWindows {
  take(key: string, limit: number, windowMs: number): RateLimitDecision;
}

/** Fixed windows in this process's memory: enough to slow down guessing on one instance. */
export function createFixedWindows(now: () => number = Date.now): FixedWindows {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    take(key, limit, windowMs) {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
        lastSweep = t;
      }
      let window = windows.get(key);
      if (!window || t - window.start >= windowMs) {
        window = { start: t, count: 0 };
        windows.set(key, window);
      }
      window.count++;
      return { allowed: window.count <= limit, retryAfter: Math.max(1, Math.ceil((window.start + windowMs - t) / 1000)) };
    },
  };
}

export interface RateLimitOptions {
  limiter: RateLimiter;
  name: string;
  limit: number;
  windowMs: number;
  /** Whose requests count together: usually the client address (see client-address.ts). */
  key: (c: Context) => string;
}

export function rateLimit({ limiter, name, limit, windowMs, key }: RateLimitOptions): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const decision = await limiter.hit(`${name}:${key(c)}`, limit, windowMs);
    if (!decision.allowed) {
      throw new AppError("RATE_LIMITED", `Bạn đã thử quá nhiều lần; vui lòng thử lại sau ${decision.retryAfter} giây.`, {
        headers: { "Retry-After": String(decision.retryAfter) },
      });
    }
    await next();
  };
}
