import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "./index.ts";
import { FIXTURE_DOCS } from "./search.fixture.ts";

const index = createSearchIndex(FIXTURE_DOCS);
const settings = { seed: 7, numRuns: 300 };

// Arbitrary text rarely hits the index; mixing in real words, abbreviations and codes makes
// the generated queries walk the matching and ranking paths too.
const realWords = fc.constantFrom("đăng", "ký", "khai", "sinh", "sihn", "kha", "cccd", "LLTP", "sổ đỏ", "q.s.d.đ", "1.001193", "cấp", "lại", "thẻ");
const noise = fc.constantFrom(" ", ".", "Đ", "ư", "\u0301", "🙂", "\u0000", "\uD800", "\uDFFF", "!!", "\t");
const mixedQuery = fc.array(fc.oneof(realWords, noise), { maxLength: 12 }).map((parts) => parts.join(" "));
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

const queries = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: utf16Unit }),
  mixedQuery,
);

describe("search properties", () => {
  it("never throws and returns unique ids with finite scores, best first", () => {
    fc.assert(
      fc.property(queries, (query) => {
        const hits = index.search(query);
        expect(new Set(hits.map((hit) => hit.id)).size).toBe(hits.length);
        for (const [i, hit] of hits.entries()) {
          expect(Number.isFinite(hit.score)).toBe(true);
          expect(hit.score).toBeGreaterThan(0);
          if (i > 0) expect(hit.score).toBeLessThanOrEqual(hits[i - 1]?.score ?? Number.POSITIVE_INFINITY);
        }
      }),
      settings,
    );
  });

  it("finds any procedure first (or tied first) by its exact name, however it is typed", () => {
    const spellings = fc.constantFrom(
      (name: string) => name,
      (name: string) => name.toUpperCase(),
      (name: string) => name.normalize("NFD"),
      (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURE_DOCS), spellings, (doc, spell) => {
        const hits = index.search(spell(doc.name));
        const own = hits.find((hit) => hit.id === doc.id);
        expect(own).toBeDefined();
        expect(own?.score).toBe(hits[0]?.score);
      }),
      settings,
    );
  });
});
