import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { ProcedureList } from "@motcua/contracts";
import { startAppHarness, type AppHarness } from "./test/app-harness.ts";
import { createApiClient } from "./client.ts";

describe("typed API client", () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness("pglite");
  });
  afterAll(() => h.close());

  it("calls the real routes with typed inputs and outputs", async () => {
    const api = createApiClient(h.server.url);
    const res = await api.api.v1.procedures.$get({ query: { q: "khai sinh", pageSize: "3" } });
    if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
    const body = await res.json();
    expectTypeOf(body).toEqualTypeOf<ProcedureList>();
    expect(body.items[0]?.name).toBe("Đăng ký khai sinh");

    const detail = await api.api.v1.procedures[":code"].$get({ param: { code: "1.001193" } });
    if (detail.status !== 200) throw new Error(`unexpected ${detail.status}`);
    expect((await detail.json()).form.fields.length).toBeGreaterThan(0);
  });
});
