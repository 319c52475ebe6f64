import { CodeIndex } from "./code-index.ts";
import { HitOrder, SCORE_PRECISION } from "./hit-order.ts";
import { buildInvertedIndex } from "./inverted-index.ts";
import { Matcher, type Matches } from "./matcher.ts";
import { planQuery } from "./query.ts";
import { rankedDoc, rankedQuery, textScore, type RankedDoc, type RankedQuery } from "./rank.ts";
import { ScoreBuffer } from "./score-buffer.ts";
import type { SearchDoc, SearchHit, SearchIndex } from "./types.ts";
import { Vocabulary } from "./vocabulary.ts";

/** Builds an in-memory index once; `search` then runs without touching the docs again. */
export function createSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const ids = docs.map((doc) => doc.id);
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`Duplicate search doc id: ${id}`);
    seen.add(id);
  }

  const ranked = docs.map(rankedDoc);
  const postings = buildInvertedIndex(docs);
  const vocabulary = new Vocabulary([...postings.keys()].filter((term) => !term.includes(" ")));
  const matcher = new Matcher(docs.length, postings, vocabulary);
  const codes = new CodeIndex(docs);
  const hitOrder = new HitOrder(docs);
  const results = new ScoreBuffer(docs.length);

  const search = (query: string): SearchHit[] => {
    const plan = planQuery(query);
    if (plan.words.length === 0) return [];
    const codeScores = codes.lookup(plan.code);
    for (const [doc, score] of codeScores) results.add(doc, score);
    addTextScores(matcher.match(plan), rankedQuery(plan.phrase, plan.words.length), codeScores.size > 0, ranked, results);

    const hits = hitOrder.order(results).map((doc) => ({
      id: ids[doc] ?? "",
      score: Math.round((results.scores[doc] ?? 0) * SCORE_PRECISION) / SCORE_PRECISION,
    }));
    results.clear();
    return hits;
  };

  return { search, size: docs.length };
}

/**
 * Docs must match every query word. When none does, and the query did not find a code either,
 * the docs matching the most words are kept instead, scored lower.
 */
function addTextScores(matches: Matches, query: RankedQuery, foundCode: boolean, ranked: readonly RankedDoc[], into: ScoreBuffer): void {
  const { docs, sums, counts } = matches;
  let mostMatched = 0;
  for (let i = 0; i < docs.size; i++) mostMatched = Math.max(mostMatched, counts[docs.docAt(i)] ?? 0);
  if (mostMatched < query.wordCount && foundCode) return;

  for (let i = 0; i < docs.size; i++) {
    const doc = docs.docAt(i);
    const matched = counts[doc] ?? 0;
    const rankedDoc = ranked[doc];
    if (matched === mostMatched && rankedDoc !== undefined) into.add(doc, textScore(sums[doc] ?? 0, matched, query, rankedDoc));
  }
}
