import type { StatsRow } from "@motcua/contracts";

export const segmentKinds = ["finishedEarly", "finishedOnTime", "finishedLate", "inProgress"] as const;
export type SegmentKind = (typeof segmentKinds)[number];

export const segmentLabels: Record<SegmentKind, string> = {
  finishedEarly: "Trước hạn",
  finishedOnTime: "Đúng hạn",
  finishedLate: "Quá hạn",
  inProgress: "Đang giải quyết",
};

export interface Segment {
  kind: SegmentKind;
  value: number;
  x: number;
  width: number;
}

/** One stacked bar on a common scale: the longest row fills `width`, zero-count segments are dropped. */
export function stackedBar(row: Pick<StatsRow, SegmentKind>, max: number, width: number): Segment[] {
  const scale = max > 0 ? width / max : 0;
  let x = 0;
  const out: Segment[] = [];
  for (const kind of segmentKinds) {
    const value = row[kind];
    if (value <= 0) continue;
    out.push({ kind, value, x, width: value * scale });
    x += value * scale;
  }
  return out;
}

export const barTotal = (row: Pick<StatsRow, SegmentKind>): number => segmentKinds.reduce((sum, k) => sum + row[k], 0);

/** The period's rate over every row: (early + on time) / finished, null when nothing finished. */
export function overallOnTimeRate(rows: readonly StatsRow[]): number | null {
  const good = rows.reduce((s, r) => s + r.finishedEarly + r.finishedOnTime, 0);
  const finished = rows.reduce((s, r) => s + r.finishedEarly + r.finishedOnTime + r.finishedLate, 0);
  return finished === 0 ? null : good / finished;
}
