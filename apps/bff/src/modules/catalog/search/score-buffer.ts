/**
 * A score per doc position, reused across queries. Clearing walks only the docs that were
 * touched, so a query costs its matches, not the catalog size. Scores are always positive,
 * which lets 0 mean "untouched".
 */
export class ScoreBuffer {
  readonly scores: Float64Array;
  private readonly touchedDocs: Int32Array;
  private touchedCount = 0;

  constructor(docCount: number) {
    this.scores = new Float64Array(docCount);
    this.touchedDocs = new Int32Array(docCount);
  }

  get size(): number {
    return this.touchedCount;
  }

  docAt(i: number): number {
    return this.touchedDocs[i] ?? 0;
  }

  raise(doc: number, score: number): void {
    const current = this.scores[doc] ?? 0;
    if (current === 0) this.touchedDocs[this.touchedCount++] = doc;
    if (score > current) this.scores[doc] = score;
  }

  add(doc: number, score: number): void {
    const current = this.scores[doc] ?? 0;
    if (current === 0) this.touchedDocs[this.touchedCount++] = doc;
    this.scores[doc] = current + score;
  }

  clear(): void {
    for (let i = 0; i < this.touchedCount; i++) this.scores[this.touchedDocs[i] ?? 0] = 0;
    this.touchedCount = 0;
  }
}
