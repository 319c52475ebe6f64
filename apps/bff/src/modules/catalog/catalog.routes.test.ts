import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem, ProcedureDetail, ProcedureList } from "@motcua/contracts";
import { dbKinds } from "../../test/db.ts";
import { upsertCatalog } from "./catalog.repo.ts";
import { startAppHarness, TEST_ORIGIN, type AppHarness } from "../../test/app-harness.ts";

describe.each(dbKinds)("catalog API over HTTP (%s)", (kind) => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness(kind);
  });
  afterAll(() => h.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${h.server.url}${path}`, { headers });
  const list = async (query: string) => {
    const res = await get(`/api/v1/procedures?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as ProcedureList;
  };
  const expectProblem = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = (await res.json()) as Problem;
    expect(body).toMatchObject({ status, code });
    expect(body.title.length).toBeGreaterThan(0);
    expect(body.requestId).toBe(res.headers.get("x-request-id"));
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
    return body;
  };

  describe("search", () => {
    it.each(["dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh", "dang ky khai sihn"])(
      "puts Đăng ký khai sinh first for %j",
      async (q) => {
        const body = await list(`q=${encodeURIComponent(q)}`);
        expect(body.items[0]).toMatchObject({ code: "1.001193", name: "Đăng ký khai sinh" });
        expect(body.items[0]?.agency.name).toBeTruthy();
        expect(body.items[0]?.onlineLevel).toMatch(/FULL|PARTIAL|NONE/);
      },
    );

    it.each([
      ["lltp", /lý lịch tư pháp/i],
      ["ly lich tu phap", /lý lịch tư pháp/i],
      ["GPXD", /giấy phép xây dựng/i],
      ["thanh lap ho kinh doanh", /hộ kinh doanh/i],
      ["HKD", /hộ kinh doanh/i],
      ["cccd", /căn cước/i],
    ])("understands %j", async (q, expected) => {
      const body = await list(`q=${encodeURIComponent(q)}`);
      expect(body.total).toBeGreaterThan(0);
      expect(body.items[0]?.name).toMatch(expected);
    });

    it("finds a procedure by its national and its local code", async () => {
      expect((await list("q=1.001612")).items[0]?.code).toBe("1.001612");
      expect((await list(`q=${encodeURIComponent("1.001612.000.00.00.H19")}`)).items[0]?.code).toBe("1.001612");
    });

    it("answers a repeated query from cache until the catalog changes", async () => {
      const path = `q=${encodeURIComponent("khai sinh")}&pageSize=3`;
      const first = await list(path);
      expect(await list(path)).toEqual(first);
      const khaiSinh = h.services.catalog.snapshot().byCode.get("1.001193")!.procedure;
      await upsertCatalog(h.services.database.db, { agencies: [], sectors: [], procedures: [{ ...khaiSinh, name: "Đăng ký khai sinh (mẫu mới)" }] });
      await h.services.catalog.refresh();
      expect((await list(path)).items.map((p) => p.name)).toContain("Đăng ký khai sinh (mẫu mới)");
      await upsertCatalog(h.services.database.db, { agencies: [], sectors: [], procedures: [khaiSinh] });
      await h.services.catalog.refresh();
    });

    it("returns an empty page, not an error, when nothing matches", async () => {
      expect(await list("q=xyzxyzqq")).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    });
  });

  describe("browse, filters and pages", () => {
    it("lists the whole catalog by name without a query", async () => {
      const body = await list("pageSize=100");
      expect(body.total).toBeGreaterThanOrEqual(120);
      expect(body.items).toHaveLength(100);
      const rest = await list("pageSize=100&page=2");
      expect(rest.items).toHaveLength(body.total - 100);
      const codes = new Set([...body.items, ...rest.items].map((p) => p.code));
      expect(codes.size).toBe(body.total);
    });

    it("filters by level, online level, sector and agency", async () => {
      const commune = await list("level=COMMUNE&pageSize=100");
      expect(commune.total).toBeGreaterThan(0);
      expect(commune.items.every((p) => p.level === "COMMUNE" && p.agency.code === null)).toBe(true);

      const online = await list("online=true&pageSize=100");
      expect(online.items.every((p) => p.onlineLevel !== "NONE")).toBe(true);
      const full = await list("online=FULL&pageSize=100");
      expect(full.items.every((p) => p.onlineLevel === "FULL")).toBe(true);

      const sample = (await list("level=PROVINCE&pageSize=1")).items[0]!;
      const bySector = await list(`sector=${encodeURIComponent(sample.sector.code)}&pageSize=100`);
      expect(bySector.items.every((p) => p.sector.code === sample.sector.code)).toBe(true);
      const byAgency = await list(`agency=${encodeURIComponent(sample.agency.code!)}&pageSize=100`);
      expect(byAgency.total).toBeGreaterThan(0);
      expect(byAgency.items.every((p) => p.agency.code === sample.agency.code)).toBe(true);
    });

    it("combines a query with filters", async () => {
      const body = await list(`q=${encodeURIComponent("khai sinh")}&level=PROVINCE`);
      expect(body.items.every((p) => p.level === "PROVINCE")).toBe(true);
    });
  });

  describe("procedure detail", () => {
    it("returns the full record by national or local code, with an ETag and 304", async () => {
      const res = await get("/api/v1/procedures/1.001193");
      expect(res.status).toBe(200);
      const detail = (await res.json()) as ProcedureDetail;
      expect(detail).toMatchObject({ code: "1.001193", localCode: "1.001193.000.00.00.H19", level: "COMMUNE" });
      expect(detail.form.fields.length).toBeGreaterThan(0);
      for (const field of detail.form.fields) expect(field).toHaveProperty("key");
      expect(detail.requirements.length).toBeGreaterThan(0);
      expect(detail.channels.length).toBeGreaterThan(0);
      const etag = res.headers.get("etag");
      expect(etag).toMatch(/^".+"$/);

      const local = await get("/api/v1/procedures/1.001193.000.00.00.H19");
      expect(local.headers.get("etag")).toBe(etag);
      expect(((await local.json()) as ProcedureDetail).code).toBe("1.001193");

      const again = await get("/api/v1/procedures/1.001193", { "If-None-Match": `W/${etag}` });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });

    it("sends gzip to clients that take it, with its own tag, and plain JSON to the rest", async () => {
      const zipped = await get("/api/v1/procedures/1.001193", { "Accept-Encoding": "gzip, deflate, br" });
      const plain = await get("/api/v1/procedures/1.001193", { "Accept-Encoding": "identity" });
      expect(zipped.headers.get("content-encoding")).toBe("gzip");
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(zipped.headers.get("vary")).toContain("Accept-Encoding");
      expect(zipped.headers.get("etag")).not.toBe(plain.headers.get("etag"));
      expect(await zipped.json()).toEqual(await plain.json());
      const revalidated = await get("/api/v1/procedures/1.001193", { "Accept-Encoding": "identity", "If-None-Match": zipped.headers.get("etag")! });
      expect(revalidated.status).toBe(304);
    });

    it("answers 404 problem+json for an unknown code", async () => {
      await expectProblem(await get("/api/v1/procedures/9.999999"), 404, "NOT_FOUND");
    });
  });

  describe("bad parameters get a clear 4xx, never a 500", () => {
    it.each([
      ["page=-1", 400, "BAD_REQUEST"],
      ["page=abc", 400, "BAD_REQUEST"],
      ["pageSize=100000", 400, "BAD_REQUEST"],
      ["pageSize=0", 400, "BAD_REQUEST"],
      [`q=${"a".repeat(5000)}`, 400, "BAD_REQUEST"],
      ["q=%E0%A4%A", 400, "MALFORMED_URL"],
      ["q=%ZZ", 400, "MALFORMED_URL"],
      ["colour=blue", 400, "BAD_REQUEST"],
      ["level=DISTRICT", 400, "BAD_REQUEST"],
      ["online=maybe", 400, "BAD_REQUEST"],
      ["agency=000.99.99.H99", 400, "BAD_REQUEST"],
      ["sector=NOPE", 400, "BAD_REQUEST"],
    ])("%s → %i %s", async (query, status, code) => {
      const body = await expectProblem(await get(`/api/v1/procedures?${query}`), status, code);
      if (query === "colour=blue") expect(body.errors).toEqual([expect.objectContaining({ field: "colour", code: "UNKNOWN_FIELD" })]);
    });

    it("answers 405 with Allow for a method the path does not take", async () => {
      const res = await fetch(`${h.server.url}/api/v1/procedures`, { method: "DELETE" });
      await expectProblem(res, 405, "METHOD_NOT_ALLOWED");
      expect(res.headers.get("allow")).toBe("GET, HEAD");
    });

    it("answers 404 problem+json for an unknown route", async () => {
      await expectProblem(await get("/api/v1/nothing-here"), 404, "NOT_FOUND");
    });
  });

  describe("agencies and sectors", () => {
    it("lists agencies with their level and sectors by name", async () => {
      const agencies = (await (await get("/api/v1/agencies")).json()) as { items: { code: string; level: string }[] };
      expect(agencies.items.filter((a) => a.level === "PROVINCE").length).toBeGreaterThanOrEqual(20);
      expect(agencies.items.some((a) => a.level === "COMMUNE")).toBe(true);
      const sectors = (await (await get("/api/v1/sectors")).json()) as { items: { code: string; name: string }[] };
      expect(sectors.items.length).toBeGreaterThan(5);
    });
  });

  describe("platform routes", () => {
    it("reports liveness and readiness", async () => {
      expect(await (await get("/healthz")).json()).toEqual({ status: "ok" });
      expect(await (await get("/readyz")).json()).toEqual({ status: "ready" });
    });

    it("publishes an OpenAPI 3.1 document and a page that renders it", async () => {
      type Operation = { parameters?: { name: string; in: string }[] };
      const doc = (await (await get("/api/openapi.json")).json()) as { openapi: string; paths: Record<string, { get?: Operation }> };
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(["/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/agencies", "/api/v1/sectors"]),
      );
      // The catalog's routes validate in their own handler: their parameters must still be documented.
      const parameters = (path: string) => doc.paths[path]?.get?.parameters?.map((p) => `${p.in}:${p.name}`);
      expect(parameters("/api/v1/procedures/{code}")).toEqual(["path:code"]);
      expect(parameters("/api/v1/procedures")).toEqual(expect.arrayContaining(["query:q", "query:agency", "query:page", "query:pageSize"]));
      const page = await get("/api/docs");
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      expect(await page.text()).toContain("/api/openapi.json");
      expect((await get("/api/docs/swagger-ui-bundle.js")).status).toBe(200);
    });

    it("sets security headers and a request id on every response, and echoes a safe incoming id", async () => {
      const res = await get("/api/v1/sectors", { "X-Request-Id": "client-abc-123" });
      expect(res.headers.get("x-request-id")).toBe("client-abc-123");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      const unsafe = await get("/api/v1/sectors", { "X-Request-Id": "bad id with spaces" });
      expect(unsafe.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("gives prepared catalog answers, their 304s, problems and other routes the same shared headers; Vary keeps Origin", async () => {
      const shared = ["x-request-id", "x-content-type-options", "x-frame-options", "referrer-policy", "strict-transport-security", "cross-origin-resource-policy"];
      const detail = await get("/api/v1/procedures/1.001193", { Origin: TEST_ORIGIN, "Accept-Encoding": "gzip" });
      const notModified = await get("/api/v1/procedures/1.001193", { Origin: TEST_ORIGIN, "If-None-Match": detail.headers.get("etag")! });
      const missing = await get("/api/v1/procedures/9.999999", { Origin: TEST_ORIGIN });
      const health = await get("/healthz", { Origin: TEST_ORIGIN });
      expect([detail.status, notModified.status, missing.status, health.status]).toEqual([200, 304, 404, 200]);
      for (const res of [detail, notModified, missing, health]) {
        for (const name of shared) expect(res.headers.get(name), `${res.url} ${name}`).toBeTruthy();
        expect(res.headers.get("access-control-allow-origin")).toBe(TEST_ORIGIN);
        expect(res.headers.get("access-control-expose-headers")).toContain("ETag");
      }
      expect(detail.headers.get("vary")).toBe("Origin, Accept-Encoding");
      expect(notModified.headers.get("vary")).toBe("Origin, Accept-Encoding");
      expect(health.headers.get("vary")).toBe("Origin");
      expect(detail.headers.get("content-type")).toBe("application/json; charset=UTF-8");
      expect(missing.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    });

    it("answers CORS preflights for allowed origins only", async () => {
      const ok = await fetch(`${h.server.url}/api/v1/procedures`, {
        method: "OPTIONS",
        headers: { Origin: TEST_ORIGIN, "Access-Control-Request-Method": "GET" },
      });
      expect(ok.status).toBe(204);
      expect(ok.headers.get("access-control-allow-origin")).toBe(TEST_ORIGIN);
      const other = await get("/api/v1/procedures", { Origin: "https://evil.example" });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    });
  });
});
