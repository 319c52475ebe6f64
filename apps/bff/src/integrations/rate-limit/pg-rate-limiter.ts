import { lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { rateLimitCounter } from "../../db/schema/index.ts";
import type { RateLimiter } from "../../http/rate-limit.ts";
import { decide, windowStartOf } from "./fixed-window.ts";

/**
 * Counters in the database every instance shares: one upsert per limited request, which restarts
 * the count when the row holds an older window.
 */
function prepareHit(db: Db) {
  return db
    .insert(rateLimitCounter)
    .values({ key: sql.placeholder("key"), windowStart: sql.placeholder("windowStart"), hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitCounter.key,
      set: {
        hits: sql`case when ${rateLimitCounter.windowStart} = excluded.window_start then ${rateLimitCounter.hits} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ hits: rateLimitCounter.hits })
    .prepare("rate_limit_hit");
}

/**
 * Counters in the database every instance shares: one upsert per limited request (a named prepared
 * statement, planned once per connection), which restarts the count when the row holds an older window.
 */
export function createPgRateLimiter(db: Db, now: () => number = Date.now): RateLimiter & { sweep(): Promise<number> } {
  const hit = prepareHit(db);
  return {
    async hit(key, limit, windowMs) {
      const t = now();
      const windowStart = windowStartOf(t, windowMs);
      const [row] = await hit.execute({ key, windowStart: new Date(windowStart) });
      return decide(row!.hits, limit, windowStart, windowMs, t);
    },
    /** Deletes counters whose window ended over an hour ago (no limit here is longer than that). */
    async sweep() {
      const deleted = await db
        .delete(rateLimitCounter)
        .where(lt(rateLimitCounter.windowStart, new Date(now() - 2 * 3_600_000)))
        .returning({ key: rateLimitCounter.key });
      return deleted.length;
    },
  };
}
