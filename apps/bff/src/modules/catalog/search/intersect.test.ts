import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachCommonDoc } from "./intersect.ts";
import type { Postings } from "./inverted-index.ts";

const postingsOf = (docs: readonly number[]): Postings => {
  const sorted = Int32Array.from(new Set(docs)).sort();
  return { docs: sorted, fields: new Uint8Array(sorted.length) };
};

describe("forEachCommonDoc", () => {
  it("visits exactly the docs every list holds, in order, with their positions", () => {
    const list = fc.array(fc.integer({ min: 0, max: 80 }), { maxLength: 60 }).map(postingsOf);
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 5 }), (lists) => {
        const expected = [...(lists[0]?.docs ?? [])].filter((doc) => lists.every((other) => other.docs.includes(doc)));
        const visited: number[] = [];
        forEachCommonDoc(lists, (doc, at) => {
          visited.push(doc);
          lists.forEach((other, j) => expect(other.docs[at[j] ?? -1]).toBe(doc));
        });
        expect(visited).toEqual(expected);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("visits nothing for no lists", () => {
    let visits = 0;
    forEachCommonDoc([], () => visits++);
    expect(visits).toBe(0);
  });
});
