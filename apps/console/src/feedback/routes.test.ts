import { describe, expect, it } from "vitest";
import { href, parseRoute, type Route } from "../lib/router.ts";

describe("feedback and appointment hash routes", () => {
  it.each<Route>([
    { name: "feedback", overdue: false, page: 1 },
    { name: "feedback", status: "IN_PROGRESS", category: "STAFF_CONDUCT", q: "máy lấy số", overdue: true, page: 2 },
    { name: "feedbackItem", code: "PA-7K3P-9QX2" },
    { name: "appointments" },
    { name: "appointments", date: "2026-03-05" },
  ])("round-trips %j", (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it("drops filters and dates it does not know", () => {
    expect(parseRoute("#/phan-anh?status=LOST&category=X&page=0")).toEqual({ name: "feedback", overdue: false, page: 1 });
    expect(parseRoute("#/lich-hen?date=05/03/2026")).toEqual({ name: "appointments" });
  });
});
