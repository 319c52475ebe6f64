/**
 * A safety net under the manager's own editing before anything is published: numbers long enough to
 * be a phone or a citizen ID, and e-mail addresses, are masked. Names and addresses cannot be found
 * reliably by pattern, which is why publishing always takes the manager's edited wording.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Nine or more digits, allowing the spaces, dots and dashes people group them with.
const LONG_NUMBER = /(?:\+?\d[\s.-]?){9,}\d?/g;

export const REDACTED = "[đã ẩn]";

export function redactPersonalData(text: string): string {
  // The pattern may swallow the separator after the last digit; it belongs to the sentence.
  return text.replace(EMAIL, REDACTED).replace(LONG_NUMBER, (match) => REDACTED + match.slice(match.replace(/[\s.-]+$/, "").length));
}
