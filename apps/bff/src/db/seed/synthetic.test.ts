import { describe, expect, it } from "vitest";
import { findCatalogProblems, procedures as seedProcedures } from "./catalog/index.ts";
import { syntheticCatalog } from "./synthetic.ts";

describe("syntheticCatalog", () => {
  const catalog = syntheticCatalog(5000);

  it("produces 5,000 schema-valid procedures with sound references", () => {
    expect(catalog.procedures).toHaveLength(5000);
    expect(findCatalogProblems(catalog)).toEqual([]);
  });

  it("uses unique 9.NNNNNN codes that never collide with the real seed", () => {
    const codes = catalog.procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^9\.\d{6}$/);
    const real = new Set(seedProcedures.map((p) => p.code));
    expect(codes.some((c) => real.has(c))).toBe(false);
  });

  it("is deterministic for a seed and varies across seeds", () => {
    expect(syntheticCatalog(300, 7)).toEqual(syntheticCatalog(300, 7));
    expect(syntheticCatalog(300, 7).procedures.map((p) => p.name)).not.toEqual(syntheticCatalog(300, 8).procedures.map((p) => p.name));
  });

  it("looks like a real catalog: varied Vietnamese names, both levels, all online levels", () => {
    const names = new Set(catalog.procedures.map((p) => p.name));
    expect(names.size).toBeGreaterThan(1000);
    for (const n of names) expect(n.normalize("NFC")).toBe(n);
    const levels = new Set(catalog.procedures.map((p) => p.level));
    expect(levels).toEqual(new Set(["COMMUNE", "PROVINCE"]));
    const online = new Set(catalog.procedures.map((p) => p.onlineLevel));
    expect(online).toEqual(new Set(["FULL", "PARTIAL", "NONE"]));
    expect(catalog.procedures.every((p) => !p.verified)).toBe(true);
  });

  it("rejects impossible sizes", () => {
    expect(syntheticCatalog(0).procedures).toEqual([]);
    expect(() => syntheticCatalog(-1)).toThrow(RangeError);
    expect(() => syntheticCatalog(1.5)).toThrow(RangeError);
  });
});
