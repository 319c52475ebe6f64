import { localDate, weekday } from "@motcua/calendar";
import type { Language } from "../../i18n/i18n.tsx";

const weekdays: Record<Language, readonly string[]> = {
  vi: ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

/** "Thứ Năm, 05/03/2026" for a `YYYY-MM-DD` day, without passing through any time zone. */
export function dayLabel(date: string, language: Language, withYear = true): string {
  const [y, m, d] = date.split("-");
  return `${weekdays[language][weekday(localDate(date))]}, ${d}/${m}${withYear ? `/${y}` : ""}`;
}
