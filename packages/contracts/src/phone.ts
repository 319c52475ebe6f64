/** Mobile: 0 + 3/5/7/8/9 + 8 digits. Landline: 0 + 2xx area code + 7 digits (10 digits after the 0). */
const NATIONAL = /^(?:[35789]\d{8}|2\d{9})$/;
const SEPARATORS = /[\s.\-()]/g;

/**
 * A Vietnamese number as E.164 (`+84…`), or undefined when it is not one.
 * Accepts `0…`, `84…` (as Zalo returns it) and `+84…`, with spaces, dots, dashes or parentheses.
 * `+84 0…` (a trunk 0 after the country code) is refused rather than guessed.
 */
export function normalizeVietnamesePhone(input: string): string | undefined {
  // Long inputs cannot be phone numbers; the cap also bounds the work done on hostile strings.
  if (input.length > 32) return undefined;
  // NFKC folds fullwidth digits and plus signs typed on some keyboards into ASCII.
  const compact = input.normalize("NFKC").trim().replace(SEPARATORS, "");
  const national = /^(?:\+?84|0)(\d+)$/.exec(compact)?.[1];
  return national !== undefined && NATIONAL.test(national) ? `+84${national}` : undefined;
}
