import { forEachCommonDoc } from "./intersect.ts";
import type { Postings } from "./inverted-index.ts";
import type { Alternative, QueryPlan, QueryWord } from "./query.ts";
import { corroborated, EXACT, PREFIX, TYPO, WEIGHT_BY_FIELDS } from "./rank.ts";
import { ScoreBuffer } from "./score-buffer.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** Per-doc results of one query; valid until the next `match`. */
export interface Matches {
  /** Docs that matched at least one query word. */
  readonly docs: ScoreBuffer;
  /** Sum over query words of each word's score, by doc position. */
  readonly sums: Float64Array;
  /** Number of query words matched, by doc position (a plan holds far fewer than 256). */
  readonly counts: Uint8Array;
}

/**
 * Scores every doc against every query word. An alternative scores its best-matching index term;
 * one of several terms needs all of them and scores their mean. A word scores its best
 * alternative, corroborated by the others.
 */
export class Matcher {
  private readonly matched: ScoreBuffer;
  private readonly sums: Float64Array;
  private readonly counts: Uint8Array;
  private readonly word: ScoreBuffer;
  private readonly wordTotals: Float64Array;
  private readonly alternative: ScoreBuffer;

  constructor(
    docCount: number,
    private readonly postings: ReadonlyMap<string, Postings>,
    private readonly vocabulary: Vocabulary,
  ) {
    this.matched = new ScoreBuffer(docCount);
    this.sums = new Float64Array(docCount);
    this.counts = new Uint8Array(docCount);
    this.word = new ScoreBuffer(docCount);
    this.wordTotals = new Float64Array(docCount);
    this.alternative = new ScoreBuffer(docCount);
  }

  match(plan: QueryPlan): Matches {
    for (let i = 0; i < this.matched.size; i++) {
      const doc = this.matched.docAt(i);
      this.sums[doc] = 0;
      this.counts[doc] = 0;
    }
    this.matched.clear();
    for (const word of plan.words) this.matchWord(word);
    return { docs: this.matched, sums: this.sums, counts: this.counts };
  }

  private matchWord({ alternatives }: QueryWord): void {
    const [only] = alternatives;
    if (only !== undefined && alternatives.length === 1) {
      const [term] = only.terms;
      const postings = only.terms.length === 1 && !only.prefix && term !== undefined ? this.postings.get(term) : undefined;
      // Most query words are one known word, whose postings hold each doc once: count them
      // directly instead of going through the per-word buffer.
      if (postings !== undefined) {
        for (let i = 0; i < postings.docs.length; i++) {
          this.countDoc(postings.docs[i] ?? 0, only.weight * EXACT * (WEIGHT_BY_FIELDS[postings.fields[i] ?? 0] ?? 0));
        }
        return;
      }
      this.scoreAlternative(only, this.word);
    } else {
      for (const alternative of alternatives) this.mergeAlternative(alternative);
    }
    for (let i = 0; i < this.word.size; i++) {
      const doc = this.word.docAt(i);
      const best = this.word.scores[doc] ?? 0;
      const total = this.wordTotals[doc] ?? 0;
      // No total means a single alternative wrote straight into the word buffer.
      this.countDoc(doc, total === 0 ? best : corroborated(best, total));
      this.wordTotals[doc] = 0;
    }
    this.word.clear();
  }

  private countDoc(doc: number, score: number): void {
    this.matched.raise(doc, 1);
    this.sums[doc] = (this.sums[doc] ?? 0) + score;
    this.counts[doc] = (this.counts[doc] ?? 0) + 1;
  }

  private mergeAlternative(alternative: Alternative): void {
    this.scoreAlternative(alternative, this.alternative);
    for (let i = 0; i < this.alternative.size; i++) {
      const doc = this.alternative.docAt(i);
      const score = this.alternative.scores[doc] ?? 0;
      this.word.raise(doc, score);
      this.wordTotals[doc] = (this.wordTotals[doc] ?? 0) + score;
    }
    this.alternative.clear();
  }

  private scoreAlternative(alternative: Alternative, into: ScoreBuffer): void {
    const { terms, weight } = alternative;
    const [only] = terms;
    if (terms.length === 1 && only !== undefined) {
      this.scoreTerm(only, alternative, into);
      return;
    }
    // Several terms are an expansion or nickname, always matched exactly, so their postings
    // can be intersected directly.
    const lists: Postings[] = [];
    for (const term of terms) {
      const postings = this.postings.get(term);
      if (postings === undefined) return;
      lists.push(postings);
    }
    const quality = (weight * EXACT) / lists.length;
    forEachCommonDoc(lists, (doc, at) => {
      let sum = 0;
      for (let j = 0; j < lists.length; j++) sum += WEIGHT_BY_FIELDS[lists[j]?.fields[at[j] ?? 0] ?? 0] ?? 0;
      into.raise(doc, quality * sum);
    });
  }

  private scoreTerm(term: string, alternative: Alternative, into: ScoreBuffer): void {
    const { weight } = alternative;
    const exact = this.postings.get(term);
    if (exact !== undefined) this.spread(exact, weight * EXACT, into);
    let completed = false;
    if (alternative.prefix) {
      for (const longer of this.vocabulary.withPrefix(term)) {
        const postings = longer === term ? undefined : this.postings.get(longer);
        if (postings === undefined) continue;
        this.spread(postings, weight * PREFIX, into);
        completed = true;
      }
    }
    // Only a word we do not know is a typo; a still-being-typed word that completes is not.
    if (!alternative.fuzzy || exact !== undefined || completed) return;
    for (const near of this.vocabulary.nearby(term)) {
      const postings = this.postings.get(near);
      if (postings !== undefined) this.spread(postings, weight * TYPO, into);
    }
  }

  private spread(postings: Postings, quality: number, into: ScoreBuffer): void {
    const { docs, fields } = postings;
    for (let i = 0; i < docs.length; i++) into.raise(docs[i] ?? 0, quality * (WEIGHT_BY_FIELDS[fields[i] ?? 0] ?? 0));
  }
}
