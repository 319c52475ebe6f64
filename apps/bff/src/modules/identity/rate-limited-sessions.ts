import type { RateLimiter } from "../../http/rate-limit.ts";
import { AppError } from "../../http/app-error.ts";
import type { SessionService } from "./session.service.ts";

/**
 * Every authenticated request resolves its session exactly once, so counting there limits each
 * citizen and officer, whichever route they call and however many sessions they hold.
 */
export function rateLimitedSessions(sessions: SessionService, limiter: RateLimiter, limitPerMinute: number): SessionService {
  return {
    ...sessions,
    async resolve(subjectType, token) {
      const subjectId = await sessions.resolve(subjectType, token);
      if (subjectId === undefined) return undefined;
      const decision = await limiter.hit(`${subjectType}:${subjectId}`, limitPerMinute, 60_000);
      if (!decision.allowed) {
        throw new AppError("RATE_LIMITED", `Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau ${decision.retryAfter} giây.`, {
          headers: { "Retry-After": String(decision.retryAfter) },
        });
      }
      return subjectId;
    },
  };
}
