import type { DossierStatus } from "@motcua/contracts";

/**
 * How a status should feel at a glance: `action` means the citizen has to do something and is the
 * only filled (loud) tone. Colour only repeats the words; every pair meets WCAG AA (checked in tests).
 */
export type StatusTone = "action" | "progress" | "done" | "negative" | "closed";

export const toneOfStatus: Record<DossierStatus, StatusTone> = {
  SUBMITTED: "progress",
  RECEIVED: "progress",
  IN_PROGRESS: "progress",
  AWAITING_SUPPLEMENT: "action",
  AWAITING_PAYMENT: "action",
  RESULT_READY: "done",
  IN_DELIVERY: "done",
  DELIVERED: "done",
  REFUSED: "negative",
  STOPPED: "negative",
  WITHDRAWN: "closed",
};

export const toneColours: Record<StatusTone, { text: string; background: string }> = {
  action: { text: "#ffffff", background: "#9a3412" },
  progress: { text: "#0b4a8b", background: "#ddeeff" },
  done: { text: "#0f5323", background: "#dcf5e3" },
  negative: { text: "#8c1d18", background: "#fde8e7" },
  closed: { text: "#3d444d", background: "#eaeef2" },
};

function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channels = [n >> 16, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
