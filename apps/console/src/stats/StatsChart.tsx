import type { StatsRow } from "@motcua/contracts";
import { formatNumber } from "../lib/format.ts";
import { barTotal, segmentKinds, segmentLabels, stackedBar } from "./chart.ts";

const LABEL_WIDTH = 260;
const BAR_WIDTH = 760;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 18;

const shorten = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Plain SVG, one stacked bar per row; the table beside it carries the same numbers for screen readers. */
export function StatsChart({ rows }: { rows: StatsRow[] }) {
  const max = Math.max(0, ...rows.map(barTotal));
  const height = rows.length * ROW_HEIGHT + 36;
  return (
    <figure className="chart">
      <svg width={WIDTH} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="Biểu đồ kết quả giải quyết hồ sơ theo từng dòng">
        {rows.map((row, i) => {
          const y = i * ROW_HEIGHT;
          return (
            <g key={row.key} transform={`translate(0 ${y})`}>
              <text x={LABEL_WIDTH - 8} y={BAR_HEIGHT - 4} textAnchor="end" className="chart-label">
                <title>{row.name}</title>
                {shorten(row.name)}
              </text>
              {stackedBar(row, max, BAR_WIDTH).map((s) => (
                <rect key={s.kind} x={LABEL_WIDTH + s.x} y={0} width={Math.max(s.width, 1)} height={BAR_HEIGHT} className={`seg seg-${s.kind}`}>
                  <title>{`${segmentLabels[s.kind]}: ${formatNumber(s.value)}`}</title>
                </rect>
              ))}
              <text x={LABEL_WIDTH + (max > 0 ? (barTotal(row) / max) * BAR_WIDTH : 0) + 6} y={BAR_HEIGHT - 4} className="chart-value">
                {formatNumber(barTotal(row))}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_WIDTH} ${rows.length * ROW_HEIGHT + 8})`}>
          {segmentKinds.map((kind, i) => (
            <g key={kind} transform={`translate(${i * 140} 0)`}>
              <rect width={14} height={14} className={`seg seg-${kind}`} />
              <text x={20} y={12} className="chart-legend">
                {segmentLabels[kind]}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
