import type { SearchDoc } from "./types.ts";
import { CODE_EXACT, CODE_EXACT_LOCAL, CODE_PREFIX, CODE_PREFIX_LOCAL } from "./rank.ts";
import { compactCode } from "./tokenize.ts";

// A code query needs a digit (codes start with one) and enough characters that a prefix
// narrows the catalog: "1.0" would match nearly everything.
const MIN_CODE_PREFIX = 3;
const HAS_DIGIT = /\d/;

interface CodeKey {
  readonly key: string;
  readonly doc: number;
  readonly local: boolean;
}

/** National and local codes without separators, sorted for prefix lookups. */
export class CodeIndex {
  private readonly keys: readonly CodeKey[];

  constructor(docs: readonly SearchDoc[]) {
    const keys: CodeKey[] = [];
    docs.forEach((doc, position) => {
      keys.push({ key: compactCode(doc.code), doc: position, local: false });
      keys.push({ key: compactCode(doc.localCode), doc: position, local: true });
    });
    this.keys = keys.filter(({ key }) => key !== "").sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Doc position -> code score for a compacted query; empty when the query is not code-like. */
  lookup(compactQuery: string): Map<number, number> {
    const scores = new Map<number, number>();
    if (compactQuery.length < MIN_CODE_PREFIX || !HAS_DIGIT.test(compactQuery)) return scores;
    for (let i = this.lowerBound(compactQuery); i < this.keys.length; i++) {
      const entry = this.keys[i];
      if (entry === undefined || !entry.key.startsWith(compactQuery)) break;
      const exact = entry.key.length === compactQuery.length;
      const score = entry.local ? (exact ? CODE_EXACT_LOCAL : CODE_PREFIX_LOCAL) : exact ? CODE_EXACT : CODE_PREFIX;
      scores.set(entry.doc, Math.max(score, scores.get(entry.doc) ?? 0));
    }
    return scores;
  }

  private lowerBound(key: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.keys[mid]?.key ?? "") < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
