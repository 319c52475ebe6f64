import { describe, expect, it } from "vitest";
import { lookupCodesFromQuery, parseLookupLink } from "./lookup-link.ts";

describe("parseLookupLink (the receipt's QR code)", () => {
  it("reads code and secret from the tracking link the receipt prints", () => {
    expect(parseLookupLink("https://motcua.dongnai.gov.vn/tra-cuu?code=000.00.32.H19-260302-0007&secret=K7P9QX")).toEqual({
      code: "000.00.32.H19-260302-0007",
      secret: "K7P9QX",
    });
  });

  it("accepts the local address, encoded characters and surrounding whitespace", () => {
    expect(parseLookupLink("  http://localhost:8787/tra-cuu?secret=k7p9qx&code=HS-7K2M-9QXA \n")).toEqual({ code: "HS-7K2M-9QXA", secret: "k7p9qx" });
    expect(parseLookupLink("https://x.vn/tra-cuu?code=HS-7K2M-9QXA%20&secret=%20K7P9QX")).toEqual({ code: "HS-7K2M-9QXA", secret: "K7P9QX" });
  });

  it("takes a receipt that printed the code only, leaving the secret to be typed", () => {
    expect(parseLookupLink("https://motcua.example.vn/tra-cuu?code=000.00.32.H19-260302-0007")).toEqual({ code: "000.00.32.H19-260302-0007" });
    expect(parseLookupLink("HS-7K2M-9QXA")).toEqual({ code: "HS-7K2M-9QXA" });
  });

  it.each([
    ["an empty scan", ""],
    ["a shop's payment QR", "00020101021138570010A000000727012700069704070113VIETQR"],
    ["a link without a code", "https://zalo.me/s/123456/"],
    ["a code that is not a dossier code", "https://x.vn/tra-cuu?code=<script>&secret=ABCDEF"],
    ["a javascript: URL", "javascript:alert(1)?code=HS-7K2M-9QXA"],
    ["a sentence", "Xin chào các bạn"],
  ])("rejects %s", (_label, text) => {
    expect(parseLookupLink(text)).toBeNull();
  });
});

describe("lookupCodesFromQuery (the /lookup page's own address)", () => {
  it("reads what /tra-cuu passed on", () => {
    expect(lookupCodesFromQuery(new URLSearchParams("code=HS-7K2M-9QXA&secret=K7P9QX"))).toEqual({ code: "HS-7K2M-9QXA", secret: "K7P9QX" });
    expect(lookupCodesFromQuery(new URLSearchParams(""))).toBeNull();
  });
});
