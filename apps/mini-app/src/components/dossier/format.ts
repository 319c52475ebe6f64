import type { Language } from "../../i18n/i18n.tsx";

const locales: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * The calendar day of an instant in Vietnam's time, "15/03/2026" (the form the receipt prints);
 * a due date at 00:30 in Đồng Nai is still that day, though it is the day before in UTC.
 */
export function formatDay(instant: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(instant));
}

/** "15/03/2026 14:05", in Vietnam's time: the day first in both languages, as on the receipt. */
export function formatDayTime(instant: string, language: Language): string {
  const time = new Intl.DateTimeFormat(locales[language], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Asia/Ho_Chi_Minh",
  }).format(new Date(instant));
  return `${formatDay(instant, language)} ${time}`;
}
