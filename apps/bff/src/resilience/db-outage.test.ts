import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBffProcess, type BffProcess } from "../test/bff-process.ts";
import { canRunThrowawayPostgres, createThrowawayPostgres, type ThrowawayPostgres } from "../test/throwaway-postgres.ts";
import { devSignIn, myDossierCount, prepareFiling, submit } from "./filing-over-http.ts";

const timed = async (send: () => Promise<Response>) => {
  const started = performance.now();
  const res = await send();
  return { res, ms: performance.now() - started };
};

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not recovered within ${timeoutMs} ms`);
}

// The cluster belongs to this test alone: stopping the shared server would break every other suite.
describe.skipIf(!canRunThrowawayPostgres() && !process.env.CI)("PostgreSQL stopped mid-run, then restarted", () => {
  let postgres: ThrowawayPostgres;
  let bff: BffProcess;
  let token: string;
  let filing: string;

  beforeAll(async () => {
    postgres = await createThrowawayPostgres();
    bff = await startBffProcess({ env: { DATABASE_URL: postgres.url } });
    token = await devSignIn(bff.url);
    filing = await prepareFiling(bff.url, token);
  }, 120_000);

  afterAll(async () => {
    await bff?.stop();
    await postgres?.destroy();
  });

  it("answers 503 with Retry-After within a second, stays up, and resumes within 5 s with nothing half applied", async () => {
    expect((await fetch(`${bff.url}/readyz`)).status).toBe(200);
    expect(await myDossierCount(bff.url, token)).toBe(0);

    await postgres.stop();

    const key = randomUUID();
    const during = await timed(() => submit(bff.url, token, key, filing));
    expect(during.res.status).toBe(503);
    expect(during.res.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(during.res.headers.get("content-type")).toContain("application/problem+json");
    expect(((await during.res.json()) as { code: string }).code).toBe("SERVICE_UNAVAILABLE");
    expect(during.ms).toBeLessThan(1000);

    const listing = await timed(() => fetch(`${bff.url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${token}` } }));
    expect(listing.res.status).toBe(503);
    expect(listing.ms).toBeLessThan(1000);

    const ready = await timed(() => fetch(`${bff.url}/readyz`));
    expect(ready.res.status).toBe(503);
    expect(ready.ms).toBeLessThan(1500);
    // The process is alive, and the catalog, held in memory, still answers citizens.
    expect((await fetch(`${bff.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bff.url}/api/v1/procedures?q=khai%20sinh`)).status).toBe(200);

    await postgres.start();
    const recoveredMs = await waitUntil(async () => (await fetch(`${bff.url}/readyz`)).status === 200, 5000);
    expect(recoveredMs).toBeLessThan(5000);

    // The refused filing left nothing behind; its retry under the same key files exactly once.
    expect(await myDossierCount(bff.url, token)).toBe(0);
    const retried = await submit(bff.url, token, key, filing);
    expect(retried.status).toBe(201);
    const replayed = await submit(bff.url, token, key, filing);
    expect(replayed.status).toBe(201);
    expect(((await replayed.json()) as { id: string }).id).toBe(((await retried.json()) as { id: string }).id);
    expect(await myDossierCount(bff.url, token)).toBe(1);
  });
});
