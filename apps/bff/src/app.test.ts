import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "@motcua/contracts";
import { DEMO_PASSWORD, seedDemoOfficers } from "./modules/desk/demo-officers.ts";
import { startAppHarness, type AppHarness } from "./test/app-harness.ts";

describe("the assembled app", () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness("pglite", { SIGN_IN_LIMIT_PER_MINUTE: "3" });
    await seedDemoOfficers(h.services.database.db, { nodeEnv: "test" });
  });
  afterAll(() => h.close());

  const signIn = (password: string) =>
    fetch(`${h.server.url}/api/v1/desk/sessions`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "tuphap.manager", password }),
    });

  it("serves the desk, statistics and documents to a signed-in officer, by role", async () => {
    const res = await signIn(DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${h.server.url}/api/v1/desk/dossiers`, { headers: auth })).status).toBe(200);
    const stats = await fetch(`${h.server.url}/api/v1/desk/stats?from=2026-11-01&to=2026-11-30`, { headers: auth });
    expect(stats.status).toBe(200);
    const paths = Object.keys(((await (await fetch(`${h.server.url}/api/openapi.json`)).json()) as { paths: object }).paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/desk/dossiers/{id}/actions/{action}", "/api/v1/desk/stats", "/api/v1/dossiers", "/api/v1/track"]));
  });

  it("limits sign-in attempts per client address with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 4; i++) {
      const res = await signIn("wrong-password");
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.at(-1)).toBe(429);
    expect(((await limited!.json()) as Problem).code).toBe("RATE_LIMITED");
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
