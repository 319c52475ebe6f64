/**
 * Line icons drawn inline: zmp-ui's icon font comes from Zalo's CDN, which may not load (and then
 * shows the icon's name as text). Decorative only: every icon sits beside a text label.
 */
const shapes = {
  back: "M15 5l-7 7 7 7",
  home: "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
  procedures: "M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01",
  folder: "M3 6h6l2 2h10v11H3zM3 10h18",
  lookup: "M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 20 20",
  settings: "M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM12 2v3M12 19v3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M2 12h3M19 12h3M4.9 19.1 7 17M17 7l2.1-2.1",
  file: "M6 3h8l4 4v14H6zM14 3v4h4M12 17v-6M9 14l3-3 3 3",
  feedback: "M4 5h16v11H9l-5 4zM8 9h8M8 12h5",
  calendar: "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3",
  support: "M5 13v-2a7 7 0 0 1 14 0v2M5 13h3v5H5zM19 13h-3v5h3zM19 18a3 3 0 0 1-3 3h-3",
} as const;

export type LineIconName = keyof typeof shapes;

export function LineIcon({ name, className }: { name: LineIconName; className?: string }) {
  return (
    <svg className={className ?? "line-icon"} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={shapes[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
