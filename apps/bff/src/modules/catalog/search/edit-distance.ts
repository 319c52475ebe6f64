/**
 * Damerau–Levenshtein (optimal string alignment) distance, cut off at 1: search only asks whether
 * two words are equal, one edit apart, or further, so this runs in linear time without a matrix.
 * Returns 2 for "more than one edit".
 */
export function boundedEditDistance(a: string, b: string): 0 | 1 | 2 {
  const longer = a.length >= b.length ? a : b;
  const shorter = longer === a ? b : a;
  if (longer.length - shorter.length > 1) return 2;

  const i = firstMismatch(longer, shorter);
  if (i === shorter.length) return longer.length === shorter.length ? 0 : 1;
  if (longer.length !== shorter.length) return tailsEqual(longer, i + 1, shorter, i) ? 1 : 2;
  if (tailsEqual(longer, i + 1, shorter, i + 1)) return 1;
  return isSwapAt(longer, shorter, i) && tailsEqual(longer, i + 2, shorter, i + 2) ? 1 : 2;
}

/** True when `b` is `a` with exactly one pair of adjacent, different letters swapped. */
export function isAdjacentTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const i = firstMismatch(a, b);
  return i < a.length && isSwapAt(a, b, i) && tailsEqual(a, i + 2, b, i + 2);
}

function firstMismatch(a: string, b: string): number {
  const end = Math.min(a.length, b.length);
  let i = 0;
  while (i < end && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function isSwapAt(a: string, b: string, i: number): boolean {
  return i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
}

function tailsEqual(a: string, ai: number, b: string, bi: number): boolean {
  if (a.length - ai !== b.length - bi) return false;
  while (ai < a.length) {
    if (a.charCodeAt(ai++) !== b.charCodeAt(bi++)) return false;
  }
  return true;
}
