/** A Markdown table on stdout: the first column left-aligned, the rest right-aligned. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  process.stdout.write(`\n${title}\n\n${[line(header), rule, ...cells.slice(1).map(line)].join("\n")}\n`);
}

/** Sizes in kB of 1000 bytes, as Vite prints them. */
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);
