import { performance } from "node:perf_hooks";
import { agencies, procedures, sectors } from "../src/db/seed/catalog/index.ts";
import { syntheticCatalog } from "../src/db/seed/synthetic.ts";
import { buildSnapshot } from "../src/modules/catalog/catalog-snapshot.ts";
import { printTable } from "./harness.ts";

const QUERIES = ["dang ky khai sinh", "ly lich tu phap", "cccd", "gpxd", "cap lai giay phep", "khai sihn", "1.001193", "dang ky kha", "tro cap huu tri xa hoi", "giay chung nhan quyen su dung dat"];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(label: string, data: Parameters<typeof buildSnapshot>[0]): (string | number)[] {
  const buildStart = performance.now();
  const snapshot = buildSnapshot(data);
  const buildMs = performance.now() - buildStart;
  const samples: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      snapshot.search.search(q);
      samples.push((performance.now() - t) * 1000);
    }
  }
  samples.sort((a, b) => a - b);
  return [label, data.procedures.length, buildMs.toFixed(0), percentile(samples, 50).toFixed(1), percentile(samples, 99).toFixed(1)];
}

/** Search inside the process, without HTTP or the result cache: the index's own cost per query. */
export function searchBench(): void {
  const synthetic = syntheticCatalog(5000);
  printTable(
    "In-process search (no cache), 2,000 queries each",
    ["catalog", "procedures", "index build ms", "p50 µs", "p99 µs"],
    [
      measure("Đồng Nai seed", { revision: 1, agencies, sectors, procedures }),
      measure("synthetic", { revision: 1, ...synthetic }),
    ],
  );
}
