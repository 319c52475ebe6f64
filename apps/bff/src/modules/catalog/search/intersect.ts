import type { Postings } from "./inverted-index.ts";

/**
 * Calls `onMatch` for each doc present in every list, in ascending order; `at[j]` is the doc's
 * position in `lists[j]`. Walks the shortest list and gallops through the others, so a rare
 * word intersected with one found in every doc costs the rare word's length, not the catalog's.
 */
export function forEachCommonDoc(lists: readonly Postings[], onMatch: (doc: number, at: Int32Array) => void): void {
  const bySize = lists.map(({ docs }, index) => ({ docs, index })).sort((a, b) => a.docs.length - b.docs.length);
  const [driver, ...others] = bySize;
  if (driver === undefined) return;
  const at = new Int32Array(lists.length);

  candidates: for (let i = 0; i < driver.docs.length; i++) {
    const doc = driver.docs[i] ?? 0;
    at[driver.index] = i;
    for (const { docs, index } of others) {
      const found = seek(docs, at[index] ?? 0, doc);
      if (found === docs.length) return;
      at[index] = found;
      if (docs[found] !== doc) continue candidates;
    }
    onMatch(doc, at);
  }
}

/** First position at or after `from` whose doc is >= `target`, by galloping then bisecting. */
function seek(docs: Int32Array, from: number, target: number): number {
  let low = from;
  let high = from;
  let step = 1;
  while (high < docs.length && (docs[high] ?? 0) < target) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, docs.length);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((docs[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
