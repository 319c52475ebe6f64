import { collapseToWords, foldLetters } from "./fold.ts";

// Some citizens write abbreviations with dots ("q.s.d.đ", "L.L.T.P"). Joining a run of single
// dotted letters keeps it one word, while "1.001193" and "TP.HCM" are split as usual.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])/gu;

/** Folded words of `text`; documents and queries go through this same function. */
export function tokenize(text: string): string[] {
  const folded = foldLetters(text);
  const letters = folded.includes(".") ? folded.replace(DOTTED_INITIALS, (run) => run.replaceAll(".", "")) : folded;
  const words = collapseToWords(letters);
  return words === "" ? [] : words.split(" ");
}

/** Codes compare without separators, so "1.001193", "1001193" and "1 001193" are one query. */
export function compactCode(text: string): string {
  return tokenize(text).join("");
}
