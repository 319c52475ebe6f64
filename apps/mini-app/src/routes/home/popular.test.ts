import { describe, expect, it } from "vitest";
// The seed is the catalog the BFF serves; the home screen's shortcuts must all lead somewhere.
import { procedures } from "../../../../bff/src/db/seed/catalog/procedures/index.ts";
import { popularProcedures } from "./popular.ts";

describe("popular procedures", () => {
  it("are all in the catalog", () => {
    const codes = new Set(procedures.map((procedure) => procedure.code));
    expect(popularProcedures.filter((popular) => !codes.has(popular.code))).toEqual([]);
  });
});
