import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { runLoadProfile } from "../../bench/load-profile.ts";

const CONNECTIONS = 20;

// The full 60-second profile is `pnpm bench:load`; CI runs it for 15 seconds as a correctness check.
describe.skipIf(!inject("postgresTemplate") && !process.env.CI)("mixed load on two instances sharing PostgreSQL", () => {
  it("serves every request and stores every acknowledged filing exactly once", async () => {
    const report = await runLoadProfile({ durationSec: Number(process.env.LOAD_DURATION ?? 15), connections: CONNECTIONS });
    for (const instance of report.instances) {
      expect(instance.errors, instance.name).toBe(0);
      expect(instance.non2xx, `${instance.name}: ${JSON.stringify(instance.statuses)}`).toBe(0);
      expect(instance.requests).toBeGreaterThan(0);
    }
    expect(report.acknowledged).toBeGreaterThan(0);
    expect(report.missing).toBe(0);
    expect(report.duplicates).toBe(0);
    // Filings still in flight when the clients stopped: at most one per connection.
    expect(report.unacknowledged).toBeLessThanOrEqual(CONNECTIONS);
  }, 180_000);
});
