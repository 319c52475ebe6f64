import type { RateLimitDecision } from "../../http/rate-limit.ts";

/** Windows aligned to the epoch, so every instance agrees on where one ends. */
export function windowStartOf(now: number, windowMs: number): number {
  return Math.floor(now / windowMs) * windowMs;
}

export function decide(hits: number, limit: number, windowStart: number, windowMs: number, now: number): RateLimitDecision {
  return { allowed: hits <= limit, retryAfter: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
}
