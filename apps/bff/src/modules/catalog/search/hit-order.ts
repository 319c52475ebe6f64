import type { ScoreBuffer } from "./score-buffer.ts";
import type { SearchDoc } from "./types.ts";

/** Scores are compared, and returned, at this precision; finer differences are float noise. */
export const SCORE_PRECISION = 1e4;

/** Orders scored docs best first, equal scores by name, then id. */
export class HitOrder {
  /** Position of each doc in (name, id) order. */
  private readonly rankOf: Int32Array;
  private readonly docAtRank: Int32Array;
  private readonly topScore: number;

  constructor(docs: readonly SearchDoc[]) {
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const byName = docs.map((_, position) => position);
    byName.sort((a, b) => compare(docs[a]?.name ?? "", docs[b]?.name ?? "") || compare(docs[a]?.id ?? "", docs[b]?.id ?? ""));
    this.docAtRank = Int32Array.from(byName);
    this.rankOf = new Int32Array(docs.length);
    byName.forEach((position, rank) => (this.rankOf[position] = rank));
    this.topScore = Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, docs.length));
  }

  /**
   * Each doc becomes one float key, (top - score) * docCount + rank, so the engine's native
   * numeric sort does the work: a comparator callback over thousands of hits cost more than
   * finding them.
   */
  order(scored: ScoreBuffer): number[] {
    const docCount = this.rankOf.length;
    const keys = new Float64Array(scored.size);
    for (let i = 0; i < keys.length; i++) {
      const doc = scored.docAt(i);
      const score = Math.min(this.topScore, Math.round((scored.scores[doc] ?? 0) * SCORE_PRECISION));
      keys[i] = (this.topScore - score) * docCount + (this.rankOf[doc] ?? 0);
    }
    keys.sort();
    const ordered = new Array<number>(keys.length);
    for (let i = 0; i < keys.length; i++) ordered[i] = this.docAtRank[(keys[i] ?? 0) % docCount] ?? 0;
    return ordered;
  }
}
