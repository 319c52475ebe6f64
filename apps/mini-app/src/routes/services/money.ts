import type { Language } from "../../i18n/i18n.tsx";

/** "650.000 đồng" / "650,000 VND": whole đồng, grouped as each language writes numbers. */
export function formatVnd(amount: number, language: Language): string {
  return language === "vi" ? `${new Intl.NumberFormat("vi-VN").format(amount)} đồng` : `${new Intl.NumberFormat("en-GB").format(amount)} VND`;
}
