import { toVnLocal } from "@motcua/calendar";

// Officers work on Vietnam time whatever the desk PC's clock zone is set to.
const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateTime = new Intl.DateTimeFormat("vi-VN", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
const dateOnly = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const money = new Intl.NumberFormat("vi-VN");
const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });

export const formatDateTime = (iso: string | null): string => (iso ? dateTime.format(new Date(iso)) : "—");
export const formatDate = (iso: string | null): string => (iso ? dateOnly.format(new Date(iso)) : "—");

/** A `YYYY-MM-DD` local day as `dd/mm/yyyy`, without passing through a time zone. */
export function formatLocalDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

export const formatMoney = (amount: number): string => `${money.format(amount)} đồng`;
export const formatPercent = (ratio: number | null): string => (ratio === null ? "—" : percent.format(ratio));
export const formatNumber = (n: number): string => money.format(n);

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${money.format(Math.round(bytes / 102.4) / 10)} KB`;
  return `${money.format(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}

/** Today on Vietnam's calendar, `YYYY-MM-DD`. */
export const vnToday = (now: Date = new Date()): string => toVnLocal(now).date;

/** The calendar month holding `day`, first to last day, both `YYYY-MM-DD`. */
export function monthOf(day: string): { from: string; to: string } {
  const [y, m] = day.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, "0");
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, "0")}` };
}
