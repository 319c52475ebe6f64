import { expandAbbreviation, LONGEST_ABBREVIATION_WORDS } from "./abbreviations.ts";
import { EXPANSION, LITERAL, SCATTERED_NICKNAME } from "./rank.ts";
import { tokenize } from "./tokenize.ts";

/** One way to satisfy a query word: a sequence of index terms that must all be present. */
export interface Alternative {
  readonly terms: readonly string[];
  readonly weight: number;
  /** The term may be completed (search-as-you-type); only ever set on single-term alternatives. */
  readonly prefix: boolean;
  /** The term may be matched with one typo. */
  readonly fuzzy: boolean;
}

/** A query word (or multi-word nickname); a doc matches it through any one alternative. */
export interface QueryWord {
  readonly key: string;
  readonly alternatives: readonly Alternative[];
}

export interface QueryPlan {
  readonly words: readonly QueryWord[];
  /** The folded query, for phrase bonuses against names. */
  readonly phrase: string;
  /** The query without separators, for code lookups. */
  readonly code: string;
}

// Real queries are a handful of words; the cap bounds the work an adversarial query can cause
// while still covering a pasted procedure name (the longest run past 30 words).
export const MAX_QUERY_WORDS = 40;
// A one-letter prefix would pull in a large part of the vocabulary for little meaning.
const MIN_PREFIX_LENGTH = 2;

export function planQuery(query: string): QueryPlan {
  const tokens = tokenize(query);
  const words = new Map<string, QueryWord>();
  for (let at = 0; at < tokens.length && words.size < MAX_QUERY_WORDS; ) {
    const nickname = nicknameAt(tokens, at);
    const word = nickname ?? singleWord(tokens, at);
    // Repeating a word adds nothing to an AND query; dropping repeats keeps long queries cheap.
    if (!words.has(word.key)) words.set(word.key, word);
    at += nickname === undefined ? 1 : nickname.key.split(" ").length;
  }
  return { words: [...words.values()], phrase: tokens.join(" "), code: tokens.join("") };
}

function nicknameAt(tokens: readonly string[], at: number): QueryWord | undefined {
  for (let length = Math.min(LONGEST_ABBREVIATION_WORDS, tokens.length - at); length > 1; length--) {
    const words = tokens.slice(at, at + length);
    const key = words.join(" ");
    const expansions = expandAbbreviation(key);
    if (expansions === undefined) continue;
    return {
      key,
      alternatives: [
        { terms: [key], weight: LITERAL, prefix: false, fuzzy: false },
        { terms: words, weight: SCATTERED_NICKNAME, prefix: false, fuzzy: false },
        ...expansions.map((terms) => ({ terms, weight: EXPANSION, prefix: false, fuzzy: false })),
      ],
    };
  }
  return undefined;
}

function singleWord(tokens: readonly string[], at: number): QueryWord {
  const token = tokens[at] ?? "";
  const prefix = at === tokens.length - 1 && token.length >= MIN_PREFIX_LENGTH;
  const expansions = expandAbbreviation(token);
  return {
    key: prefix ? `${token}*` : token,
    alternatives: [
      // Abbreviations are not corrected: "gpxd" one letter off is far more likely another abbreviation.
      { terms: [token], weight: LITERAL, prefix, fuzzy: expansions === undefined },
      ...(expansions ?? []).map((terms) => ({ terms, weight: EXPANSION, prefix: false, fuzzy: false })),
    ],
  };
}
