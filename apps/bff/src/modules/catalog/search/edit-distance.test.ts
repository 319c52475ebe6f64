import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundedEditDistance, isAdjacentTransposition } from "./edit-distance.ts";

/** Textbook optimal-string-alignment distance, the reference for the linear-time version. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] ?? [])[j] = best;
    }
  }
  return at(a.length, b.length);
}

describe("boundedEditDistance", () => {
  it.each([
    ["sinh", "sinh", 0],
    ["sihn", "sinh", 1], // swap
    ["sinj", "sinh", 1], // substitution
    ["sin", "sinh", 1], // insertion
    ["sinhh", "sinh", 1], // deletion
    ["khai", "khia", 1],
    ["nish", "sinh", 2],
    ["abc", "cba", 2],
    ["", "a", 1],
    ["", "ab", 2],
    ["phap", "p", 2],
  ] as const)("%j vs %j is %i", (a, b, expected) => {
    expect(boundedEditDistance(a, b)).toBe(expected);
    expect(boundedEditDistance(b, a)).toBe(expected);
  });

  it("agrees with the full Damerau–Levenshtein (OSA) distance, cut off at 2", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), maxLength: 6 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(boundedEditDistance(a, b)).toBe(Math.min(osaDistance(a, b), 2));
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});

describe("isAdjacentTransposition", () => {
  it.each([
    ["nha", "nah", true],
    ["kte", "ket", true],
    ["nha", "nhe", false],
    ["nha", "nha", false],
    ["abc", "cba", false],
    ["ab", "abc", false],
  ] as const)("%j vs %j is %s", (a, b, expected) => {
    expect(isAdjacentTransposition(a, b)).toBe(expected);
  });
});
