import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, Province, Ward } from "@motcua/contracts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { createAdminUnits } from "./admin-units.ts";
import { adminUnitsRoutes } from "./admin-units.routes.ts";

describe("administrative units over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(mountForTest(adminUnitsRoutes(createAdminUnits()), memoryLogger().logger));
  });
  afterAll(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}/api/v1${path}`, { headers });
  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status, code });
    return body;
  };

  it("lists the 34 provinces, cacheable for a day", async () => {
    const res = await get("/provinces");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(res.headers.get("etag")).toMatch(/^".+"$/);
    const { items } = (await res.json()) as { items: Province[] };
    expect(items).toHaveLength(34);
    expect(items[0]).toEqual({ code: "01", name: "Hà Nội", fullName: "Thành phố Hà Nội", unit: "Thành phố" });
  });

  it("lists Đồng Nai's 95 wards by default, in folded-name order, and answers 304 to a matching ETag", async () => {
    const res = await get("/wards");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
    const { items } = (await res.json()) as { items: Ward[] };
    expect(items).toHaveLength(95);
    expect(items).toEqual(createAdminUnits().wards("75"));
    expect(Object.keys(items[0]!).sort()).toEqual(["code", "fullName", "name", "provinceCode", "unit"]);

    const explicit = await get("/wards?province=75");
    expect(explicit.headers.get("etag")).toBe(res.headers.get("etag"));
    await explicit.body?.cancel();

    const again = await get("/wards?province=75", { "If-None-Match": res.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("lists another province's wards under a different ETag", async () => {
    const dongNai = await get("/wards?province=75");
    const hcm = await get("/wards?province=79");
    expect(hcm.status).toBe(200);
    expect(hcm.headers.get("etag")).not.toBe(dongNai.headers.get("etag"));
    await dongNai.body?.cancel();
    const { items } = (await hcm.json()) as { items: Ward[] };
    expect(items.every((w) => w.provinceCode === "79")).toBe(true);
    expect(items.some((w) => w.code === "25195")).toBe(false);
  });

  it.each([
    ["an unknown province", "/wards?province=99"],
    ["a malformed province code", "/wards?province=dong-nai"],
    ["an unknown query key", "/wards?province=75&district=1"],
  ])("answers %s with 400", async (_what, path) => {
    const body = await expectProblem(await get(path), 400, "BAD_REQUEST");
    expect(body.errors?.length).toBeGreaterThan(0);
  });
});
