import { describe, expect, it } from "vitest";
import { href, parseRoute, type Route } from "../lib/router.ts";
import { subjectOf } from "./service-labels.ts";

describe("consulting and translation hash routes", () => {
  it.each<Route>([
    { name: "serviceRequests", page: 1 },
    { name: "serviceRequests", kind: "TRANSLATION", status: "QUOTED", page: 3 },
    { name: "serviceRequest", code: "DV-7K3P-9QX2" },
  ])("round-trips %j", (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });

  it("drops filters it does not know", () => {
    expect(parseRoute("#/dich-vu?kind=PARKING&status=LOST&page=-2")).toEqual({ name: "serviceRequests", page: 1 });
    expect(href({ name: "serviceRequests", page: 1 })).toBe("#/dich-vu");
  });
});

describe("what a request is about, in a few words", () => {
  it("names the consulting topic, or the language pair of a translation", () => {
    expect(subjectOf({ topic: "HOUSEHOLD_BUSINESS", sourceLanguage: null, targetLanguage: null })).toBe("Hộ kinh doanh");
    expect(subjectOf({ topic: null, sourceLanguage: "ja", targetLanguage: "vi" })).toBe("Tiếng Nhật → Tiếng Việt");
  });
});
