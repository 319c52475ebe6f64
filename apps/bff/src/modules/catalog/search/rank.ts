import { tokenize } from "./tokenize.ts";
import type { SearchDoc } from "./types.ts";

/** Field bits stored in postings; a term found in several fields of a doc carries several bits. */
export const FIELD_NAME = 1;
export const FIELD_KEYWORDS = 2;
export const FIELD_SECTOR = 4;
export const FIELD_AGENCY = 8;

const FIELD_WEIGHTS: ReadonlyArray<readonly [bit: number, weight: number]> = [
  [FIELD_NAME, 1],
  [FIELD_KEYWORDS, 0.6],
  [FIELD_SECTOR, 0.25],
  [FIELD_AGENCY, 0.2],
];

// A word also found in a second field (typically a curated keyword), or matched both as typed
// and through its abbreviation, is a small vote of confidence: enough to order near-identical
// names, never enough to outweigh a better field.
const CORROBORATION_SHARE = 0.1;

/** The best of several matches of one word, plus a little for the others. */
export function corroborated(best: number, total: number): number {
  return best + CORROBORATION_SHARE * (total - best);
}

/** Weight of a word match by the fields it was found in, indexed by field bits. */
export const WEIGHT_BY_FIELDS: Float64Array = (() => {
  const table = new Float64Array(16);
  for (let mask = 1; mask < table.length; mask++) {
    const weights = FIELD_WEIGHTS.filter(([bit]) => (mask & bit) !== 0).map(([, weight]) => weight);
    table[mask] = corroborated(Math.max(...weights), weights.reduce((sum, weight) => sum + weight, 0));
  }
  return table;
})();

/** How well one query word matched a doc word: exact > completed prefix > one typo. */
export const EXACT = 1;
export const PREFIX = 0.7;
export const TYPO = 0.55;

/** Alternatives of a query word: an expansion of an abbreviation is almost as good as the word. */
export const LITERAL = 1;
export const EXPANSION = 0.95;
// The words of a multi-word nickname ("sổ đỏ") found apart from each other, usually by accident.
export const SCATTERED_NICKNAME = 0.5;

// Bonuses for the query found as a phrase, scaled by the number of query words so they keep
// their weight against longer sums. Only the better of name and keywords counts: a keyword
// repeating another procedure's name must not lift it above that procedure.
const PHRASE_IN_NAME = 0.25;
const NAME_STARTS_WITH_PHRASE = 0.15;
const NAME_IS_PHRASE = 0.5;
const PHRASE_IN_KEYWORD = 0.2;
// A curated keyword equal to the query is the catalog saying "this is what they mean".
const KEYWORD_IS_PHRASE = 0.6;
const SHORT_NAME = 0.3;

export interface RankedDoc {
  /** Folded name, words separated by single spaces. */
  readonly name: string;
  /** `" " + name`, so a phrase can be found at a word start with one `includes`. */
  readonly spacedName: string;
  readonly nameWordCount: number;
  /** Folded keywords as `"| kw one| kw two|"`: one `includes` finds a phrase in or equal to any of them. */
  readonly keywords: string;
}

export interface RankedQuery {
  /** The folded query; its last word may be a prefix, so it is matched at word starts only. */
  readonly phrase: string;
  readonly spacedPhrase: string;
  /** The phrase as a whole keyword: `"| phrase|"`. */
  readonly keywordEntry: string;
  readonly wordCount: number;
}

export function rankedDoc(doc: SearchDoc): RankedDoc {
  const name = tokenize(doc.name).join(" ");
  return {
    name,
    spacedName: ` ${name}`,
    nameWordCount: Math.max(1, name.split(" ").length),
    keywords: `${doc.keywords.map((keyword) => `| ${tokenize(keyword).join(" ")}`).join("")}|`,
  };
}

export function rankedQuery(phrase: string, wordCount: number): RankedQuery {
  return { phrase, spacedPhrase: ` ${phrase}`, keywordEntry: `| ${phrase}|`, wordCount };
}

/**
 * Score of a doc from its summed word scores. Fallback matches (not every query word) are scaled
 * by the share of words they matched, which ranks them below full matches.
 */
export function textScore(sum: number, matched: number, query: RankedQuery, doc: RankedDoc): number {
  const words = query.wordCount;
  const score = sum + SHORT_NAME * Math.min(1, words / doc.nameWordCount) + words * phraseBonus(query, doc);
  return matched === words ? score : (score * matched) / words;
}

function phraseBonus(query: RankedQuery, doc: RankedDoc): number {
  let inName = 0;
  if (doc.spacedName.includes(query.spacedPhrase)) {
    inName = PHRASE_IN_NAME;
    if (doc.name.startsWith(query.phrase)) inName += NAME_STARTS_WITH_PHRASE;
    if (doc.name === query.phrase) inName += NAME_IS_PHRASE;
  }
  if (!doc.keywords.includes(query.spacedPhrase)) return inName;
  return Math.max(inName, doc.keywords.includes(query.keywordEntry) ? KEYWORD_IS_PHRASE : PHRASE_IN_KEYWORD);
}

/** Code matches outrank any text match: whoever types a code wants that procedure. */
export const CODE_EXACT_LOCAL = 1000;
export const CODE_EXACT = 900;
export const CODE_PREFIX = 800;
export const CODE_PREFIX_LOCAL = 700;
