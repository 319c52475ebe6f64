import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "@motcua/contracts";
import { startTestServer, type TestServer } from "../test/http-server.ts";
import { memoryLogger } from "../test/logger.ts";
import { mountForTest } from "../test/module-app.ts";
import { isDatabaseUnavailable } from "./error-handler.ts";

describe("error handler", () => {
  const { logger, lines } = memoryLogger();
  let server: TestServer;
  beforeAll(async () => {
    const router = new Hono()
      .get("/boom", () => {
        throw new Error("unexpected failure while handling citizen 079203001234");
      })
      .get("/db-down", () => {
        throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      })
      .get("/db-shutdown", () => {
        throw Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" });
      });
    server = await startTestServer(mountForTest(router, logger));
  });
  afterAll(() => server.close());

  it("turns an unexpected exception into a generic 500 problem without stack or personal data", async () => {
    const res = await fetch(`${server.url}/api/v1/boom`);
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const text = await res.text();
    const body = JSON.parse(text) as Problem;
    expect(body).toMatchObject({ status: 500, code: "INTERNAL", requestId: res.headers.get("x-request-id") });
    expect(text).not.toMatch(/079203001234|Error|\.ts/);
    const logged = lines.join("\n");
    expect(logged).toContain("unhandled error");
    expect(logged).not.toContain("079203001234");
  });

  it.each(["/db-down", "/db-shutdown"])("answers %s with 503 and Retry-After: the request may succeed later", async (path) => {
    const res = await fetch(`${server.url}/api/v1${path}`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(((await res.json()) as Problem).code).toBe("SERVICE_UNAVAILABLE");
  });

  it("recognises connection failures wrapped by the driver", () => {
    expect(isDatabaseUnavailable({ message: "query failed", cause: { code: "ECONNRESET" } })).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });
});
