import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeVietnamesePhone } from "./phone.ts";

const E164_VN = /^\+84(?:[35789]\d{8}|2\d{9})$/;

describe("normalizeVietnamesePhone", () => {
  it.each([
    ["0912345678", "+84912345678"],
    ["84912345678", "+84912345678"],
    ["+84912345678", "+84912345678"],
    ["+84 91 234 5678", "+84912345678"],
    ["091.234.5678", "+84912345678"],
    ["091-234-5678", "+84912345678"],
    ["  0387654321 ", "+84387654321"],
    ["0521234567", "+84521234567"],
    ["0701234567", "+84701234567"],
    ["0811234567", "+84811234567"],
    ["02838221234", "+842838221234"],
    ["(+84) 251 3822 123", "+842513822123"],
    ["(0251) 3822-123", "+842513822123"],
    ["842513822123", "+842513822123"],
    ["０９１２３４５６７８", "+84912345678"],
    ["＋８４９１２３４５６７８", "+84912345678"],
  ])("normalises %j to %s", (input, expected) => {
    expect(normalizeVietnamesePhone(input)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["no trunk prefix", "912345678"],
    ["too short mobile", "091234567"],
    ["too long mobile", "09123456789"],
    ["landline too short", "0283822123"],
    ["landline too long", "028382212345"],
    ["unknown prefix 1", "0112345678"],
    ["unknown prefix 4", "0412345678"],
    ["unknown prefix 6", "0612345678"],
    ["trunk 0 after country code", "+840912345678"],
    ["other country", "+14155552671"],
    ["00 international prefix", "0084912345678"],
    ["letters", "09123456a8"],
    ["plus in the middle", "09+12345678"],
    ["thirty digits", "0".repeat(30)],
    ["Arabic-Indic digits", "٠٩١٢٣٤٥٦٧٨"],
    ["very long input", `0912345678${" ".repeat(100)}`],
  ])("refuses %s", (_label, input) => {
    expect(normalizeVietnamesePhone(input)).toBeUndefined();
  });

  const nationalNumber = fc.oneof(
    fc.tuple(fc.constantFrom("3", "5", "7", "8", "9"), fc.stringMatching(/^\d{8}$/)).map(([p, rest]) => p + rest),
    fc.stringMatching(/^\d{9}$/).map((rest) => `2${rest}`),
  );
  const separator = fc.constantFrom("", " ", ".", "-", "(", ")");
  /** A national number written the ways people and Zalo write it. */
  const written = fc
    .tuple(nationalNumber, fc.constantFrom("0", "84", "+84"), fc.array(separator, { minLength: 12, maxLength: 12 }))
    .map(([national, prefix, seps]) => ({
      national,
      text: prefix + [...national].map((digit, i) => (seps[i] ?? "") + digit).join(""),
    }));

  it("maps every written form of a valid number to the same E.164 value", () => {
    fc.assert(
      fc.property(written, ({ national, text }) => {
        expect(normalizeVietnamesePhone(text)).toBe(`+84${national}`);
      }),
      { seed: 20250114, numRuns: 500 },
    );
  });

  it("returns E.164 or nothing for any input, and is idempotent", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), written.map((w) => w.text)), (input) => {
        const out = normalizeVietnamesePhone(input);
        if (out === undefined) return;
        expect(out).toMatch(E164_VN);
        expect(normalizeVietnamesePhone(out)).toBe(out);
      }),
      { seed: 20250114, numRuns: 1000 },
    );
  });
});
