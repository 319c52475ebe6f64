import type { Language } from "../../i18n/i18n.tsx";

/**
 * Dates are typed as people write them here, day/month/year ("05/09/1965"), and sent as ISO
 * ("1965-09-05"). A birth date is quicker to type than to scroll to in a calendar.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/;

/** ISO for a complete day/month/year (or an ISO date pasted in); anything else unchanged, for the schema to refuse. */
export function toIsoDate(text: string): string {
  const trimmed = text.trim();
  if (ISO.test(trimmed)) return trimmed;
  const match = DMY.exec(trimmed);
  if (!match) return trimmed;
  const [, day, month, year] = match;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** When a draft was last saved, as the drafts list and the offer to resume one show it. */
export function formatSavedAt(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === "vi" ? "vi-VN" : "en-GB", { hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric" });
}

/** "1965-09-05" → "05/09/1965"; other text unchanged. */
export function toDisplayDate(text: string): string {
  const match = ISO.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : text;
}

/**
 * Formats what is being typed: "05091965" becomes "05/09/1965", a separator after one digit pads it
 * ("5/" → "05/"), a pasted ISO date turns around. Only applied when text is added, so deleting a
 * slash is never undone under the citizen's finger.
 */
export function formatDateTyping(previous: string, next: string): string {
  if (next.length <= previous.length) return next;
  if (ISO.test(next.trim())) return toDisplayDate(next.trim());
  if (!/^[\d/.\- ]*$/.test(next)) return next;
  const parts = ["", "", ""];
  let index = 0;
  for (const ch of next) {
    if (/\d/.test(ch)) {
      if (index < 2 && parts[index]!.length === 2) index += 1;
      if (index === 2 && parts[2]!.length === 4) break;
      parts[index] += ch;
    } else if (index < 2 && parts[index]!.length > 0) {
      parts[index] = parts[index]!.padStart(2, "0");
      index += 1;
    }
  }
  let out = parts[0]!;
  if (index >= 1 || parts[0]!.length === 2) out += `/${parts[1]}`;
  if (index >= 2 || parts[1]!.length === 2) out += `/${parts[2]}`;
  return out;
}
