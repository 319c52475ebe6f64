import { describe, expect, it } from "vitest";
import { href, parseRoute, type Route } from "./router.ts";

describe("hash routes", () => {
  it.each<Route>([
    { name: "queue", overdue: false, page: 1 },
    { name: "queue", status: "SUBMITTED", q: "Nguyễn Văn An", overdue: true, page: 3 },
    { name: "dossier", id: "6f1c2d1e-8a7b-4c55-9c0e-0d7f3f0a1b2c" },
    { name: "stats" },
    { name: "holidays" },
  ])("round-trips %j", (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it("falls back to the plain queue on anything it does not know", () => {
    expect(parseRoute("#/khong-co?status=BOGUS&page=-2")).toEqual({ name: "queue", overdue: false, page: 1 });
    expect(parseRoute("")).toEqual({ name: "queue", overdue: false, page: 1 });
  });
});
