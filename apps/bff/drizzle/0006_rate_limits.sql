-- UNLOGGED: counters need no crash safety, and skipping the WAL keeps the write per request cheap.
CREATE UNLOGGED TABLE "rate_limit_counter" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL
);
