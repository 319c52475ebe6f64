import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Request counters shared by every BFF instance on one database: one row per key and fixed window.
 * The migration creates it UNLOGGED: counters need no crash safety, and skipping the WAL keeps the
 * extra write per limited request cheap.
 */
export const rateLimitCounter = pgTable("rate_limit_counter", {
  key: text().primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer().notNull(),
});
