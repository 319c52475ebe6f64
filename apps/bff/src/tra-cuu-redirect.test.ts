import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppHarness, type AppHarness } from "./test/app-harness.ts";

describe("the receipt's QR link /tra-cuu", () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness("pglite");
  });
  afterAll(() => h.close());

  const open = (path: string) => fetch(`${h.server.url}${path}`, { redirect: "manual" });

  it("sends the citizen to the mini app's lookup with the same query", async () => {
    const res = await open("/tra-cuu?code=000.99.99.H19-260302-0007&secret=K7P9QX");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/zapps/motcua/lookup?code=000.99.99.H19-260302-0007&secret=K7P9QX");
  });

  it("keeps an encoded query exactly as printed, and works without one", async () => {
    expect((await open("/tra-cuu?code=HS-AB12-CD34%20&secret=a%2Bb")).headers.get("location")).toBe(
      "/zapps/motcua/lookup?code=HS-AB12-CD34%20&secret=a%2Bb",
    );
    expect((await open("/tra-cuu")).headers.get("location")).toBe("/zapps/motcua/lookup");
  });

  it("never leaves the site, whatever the query holds", async () => {
    const location = (await open("/tra-cuu?next=https://evil.example/&code=//evil.example")).headers.get("location")!;
    expect(new URL(location, h.server.url).origin).toBe(new URL(h.server.url).origin);
  });
});
