import type { ProcessingTime } from "@motcua/contracts";
import type { Language, Translate } from "../../i18n/i18n.tsx";
import type { CatalogKey } from "./messages.ts";

const locales: Record<Language, string> = { vi: "vi-VN", en: "en-GB" };
/** Vietnamese readers expect 01/07/2025; English readers get the month spelled out. */
const dateStyle: Record<Language, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "2-digit", year: "numeric" },
  en: { dateStyle: "medium" },
};

/** "3 ngày làm việc", "Trong ngày (nộp sau 15:00 …)": the processing time as a citizen says it. */
export function describeProcessingTime(time: ProcessingTime, t: Translate<CatalogKey>): string {
  switch (time.unit) {
    case "SAME_DAY":
      return time.cutoff ? t("sameDayCutoff", { cutoff: time.cutoff }) : t("sameDay");
    case "WORKING_DAY":
      return time.value === 1 ? t("workingDaysOne") : t("workingDays", { count: time.value });
    case "CALENDAR_DAY":
      return time.value === 1 ? t("calendarDaysOne") : t("calendarDays", { count: time.value });
  }
}

/** "200.000 đồng" / "VND 200,000". */
export function formatVnd(amount: number, language: Language): string {
  const number = new Intl.NumberFormat(locales[language]).format(amount);
  return language === "vi" ? `${number} đồng` : `VND ${number}`;
}

/** A calendar date (`2025-07-01`) as "01/07/2025" / "1 Jul 2025", without any time-zone shift. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locales[language], { ...dateStyle[language], timeZone: "UTC" }).format(date);
}

/** An instant in Vietnam's time, where the citizen and the records are. */
export function formatDateTime(isoDateTime: string, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    language === "vi" ? { ...dateStyle.vi, hour: "2-digit", minute: "2-digit" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(locales[language], { ...options, timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(isoDateTime));
}

/** `tel:` link for a number written for people, e.g. "(0251) 1022" → "tel:02511022". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
