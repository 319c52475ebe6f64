import { boundedEditDistance, isAdjacentTransposition } from "./edit-distance.ts";

// Vietnamese syllables are short, so one edit turns many 3-letter words into other real words
// ("nha" -> "nhe", "nho", "nhu"...). Below 4 letters only a swap of two letters counts as a typo.
const MIN_TYPO_LENGTH = 4;
const MIN_SWAP_TYPO_LENGTH = 3;

/** The indexed single words, ordered for prefix lookups and bucketed by length for typo lookups. */
export class Vocabulary {
  private readonly sorted: readonly string[];
  private readonly byLength: readonly (readonly string[])[];

  constructor(words: Iterable<string>) {
    this.sorted = [...new Set(words)].sort();
    const byLength: string[][] = [];
    for (const word of this.sorted) (byLength[word.length] ??= []).push(word);
    this.byLength = byLength;
  }

  /** Words that start with `prefix`, in code-unit order. */
  withPrefix(prefix: string): readonly string[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid] ?? "") < prefix) low = mid + 1;
      else high = mid;
    }
    let end = low;
    while (end < this.sorted.length && (this.sorted[end] ?? "").startsWith(prefix)) end++;
    return this.sorted.slice(low, end);
  }

  /** Words one typo away from `word` (never `word` itself). */
  nearby(word: string): string[] {
    const length = word.length;
    if (length < MIN_SWAP_TYPO_LENGTH || length > this.byLength.length) return [];
    if (length < MIN_TYPO_LENGTH) return (this.byLength[length] ?? []).filter((other) => isAdjacentTransposition(word, other));
    const found: string[] = [];
    for (let candidateLength = length - 1; candidateLength <= length + 1; candidateLength++) {
      for (const other of this.byLength[candidateLength] ?? []) {
        if (boundedEditDistance(word, other) === 1) found.push(other);
      }
    }
    return found;
  }
}
