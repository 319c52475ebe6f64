import { describe, expect, it } from "vitest";
import { metricsRoutes } from "./metrics.ts";

describe("metrics", () => {
  it("reports the event-loop delay since the previous scrape and the process memory, in Prometheus' format", async () => {
    const app = metricsRoutes();
    await app.request("/metrics");
    const busyUntil = Date.now() + 120;
    await new Promise((resolve) => setTimeout(resolve, 20));
    while (Date.now() < busyUntil) {
      // Block the loop, as a slow synchronous handler would.
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    const res = await app.request("/metrics");
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1]);
    expect(value("nodejs_eventloop_lag_max_seconds")).toBeGreaterThan(0.05);
    expect(value("process_resident_memory_bytes")).toBeGreaterThan(0);

    const after = await (await app.request("/metrics")).text();
    expect(Number(/^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(after)?.[1])).toBeLessThan(0.05);
  });
});
