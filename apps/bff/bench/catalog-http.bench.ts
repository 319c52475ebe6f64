import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gets, load, printTable, startBff, startHello, type LoadResult } from "./harness.ts";

const QUERIES = [
  "dang ky khai sinh",
  "ly lich tu phap",
  "cccd",
  "GPXD",
  "thanh lap ho kinh doanh",
  "giay chung nhan quyen su dung dat",
  "ket hon",
  "chung thuc ban sao",
  "tro cap",
  "giay phep lai xe",
];

/**
 * Bare hello-world vs catalog search vs procedure detail, one after another on the same machine in
 * one run, so the ratios hold even when the absolute numbers move with the machine's load.
 */
export async function catalogHttpBench(options: { connections: number; duration: number }): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const hello = await startHello();
  try {
    results.push(await load("hello-world (bare Hono)", hello.url, gets(["/hello"]), options));
  } finally {
    await hello.stop();
  }
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-"));
  const bff = await startBff({ DATA_DIR: dataDir });
  try {
    const search = QUERIES.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`);
    results.push(await load("GET /api/v1/procedures?q=…", bff.url, gets(search), options));
    const detail = ["1.001193", "1.001612", "2.000815", "1.001612.000.00.00.H19"].map((c) => `/api/v1/procedures/${c}`);
    results.push(await load("GET /api/v1/procedures/{code}", bff.url, gets(detail), options));
  } finally {
    await bff.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const base = results[0]!.rps;
  printTable(
    `Catalog over HTTP — ${options.connections} connections, ${options.duration} s each (server pinned to core 0; BFF = full middleware, PGlite on disk)`,
    ["route", "req/s", "p50 ms", "p99 ms", "vs hello", "non-2xx", "errors"],
    results.map((r) => [r.name, Math.round(r.rps), r.p50, r.p99, `${((r.rps / base) * 100).toFixed(0)}%`, r.non2xx, r.errors]),
  );
  return results;
}
