import { monitorEventLoopDelay } from "node:perf_hooks";
import { Hono } from "hono";
import type { AppEnv } from "./context.ts";

/**
 * `GET /metrics` in Prometheus' text format: how late the event loop ran (the delay every request
 * waits behind) and the process's memory. The delay histogram covers the time since the previous
 * scrape, so a load test scrapes before and after its run to see that run alone.
 */
export function metricsRoutes(): Hono<AppEnv> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const seconds = (ns: number) => (Number.isFinite(ns) ? ns / 1e9 : 0);

  return new Hono<AppEnv>().get("/metrics", (c) => {
    const memory = process.memoryUsage();
    const lines = [
      "# HELP nodejs_eventloop_lag_seconds Event-loop delay since the previous scrape.",
      "# TYPE nodejs_eventloop_lag_seconds gauge",
      `nodejs_eventloop_lag_p50_seconds ${seconds(delay.percentile(50))}`,
      `nodejs_eventloop_lag_p99_seconds ${seconds(delay.percentile(99))}`,
      `nodejs_eventloop_lag_max_seconds ${seconds(delay.max)}`,
      "# TYPE process_resident_memory_bytes gauge",
      `process_resident_memory_bytes ${memory.rss}`,
      "# TYPE nodejs_heap_used_bytes gauge",
      `nodejs_heap_used_bytes ${memory.heapUsed}`,
      "# TYPE process_uptime_seconds gauge",
      `process_uptime_seconds ${process.uptime()}`,
      "",
    ];
    delay.reset();
    return c.text(lines.join("\n"), 200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store" });
  });
}
