import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gets, loadInterleaved, printTable, startBff, startHello, type InterleavedResult, type LoadResult } from "./harness.ts";

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
 * Bare hello-world vs catalog search vs procedure detail in one run, taking turns round after round
 * (see loadInterleaved), so the ratios hold even when the machine's speed moves during the run.
 */
export async function catalogHttpBench(options: { connections: number; duration: number; rounds: number }): Promise<LoadResult[]> {
  let results: InterleavedResult[];
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-"));
  const detail = ["1.001193", "1.001612", "2.000815", "1.001612.000.00.00.H19"].map((c) => `/api/v1/procedures/${c}`);
  const search = QUERIES.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`);
  const bff = await startBff({ DATA_DIR: dataDir });
  let copy: { file: string; headers: Record<string, string> };
  try {
    copy = await recordResponse(bff.url + detail[0], join(dataDir, "detail.json"));
    const hello = await startHello({ COPY_BODY_FILE: copy.file, COPY_HEADERS: JSON.stringify(copy.headers) });
    try {
      results = await loadInterleaved(
        [
          { name: "hello-world (bare Hono)", url: hello.url, requests: gets(["/hello"]), server: hello },
          { name: "same detail bytes, bare Hono", url: hello.url, requests: gets(["/copy"]), server: hello },
          { name: "GET /api/v1/procedures?q=…", url: bff.url, requests: gets(search), server: bff },
          { name: "GET /api/v1/procedures/{code}", url: bff.url, requests: gets(detail), server: bff },
        ],
        options,
      );
    } finally {
      await hello.stop();
    }
  } finally {
    await bff.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const base = results[0]!;
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  printTable(
    `Catalog over HTTP — ${options.connections} connections, ${options.duration} s each in ${options.rounds} turns (server pinned to core 0; BFF = full middleware, PGlite on disk)`,
    ["route", "req/s", "p50 ms", "p99 ms", "worst turn's p99", "vs hello", "vs hello, per turn", "server CPU µs/req", "capacity vs hello", "non-2xx", "errors"],
    results.map((r) => [
      r.name,
      Math.round(r.rps),
      r.p50,
      r.p99,
      r.worstP99,
      percent(r.rps / base.rps),
      sorted(r.ratios).map(percent).join(" "),
      r.cpuMicrosPerRequest?.toFixed(1) ?? "—",
      r.cpuMicrosPerRequest && base.cpuMicrosPerRequest ? percent(base.cpuMicrosPerRequest / r.cpuMicrosPerRequest) : "—",
      r.non2xx,
      r.errors,
    ]),
  );
  console.log(
    `"same detail bytes" replays one recorded detail answer (${copy.headers["content-length"] ?? "?"} bytes, gzip as the phone asks, same headers) from bare Hono: no route can beat it. p50 and p99 are the median turn's. "per turn" lists, lowest first, each turn's req/s over hello-world's in the same round. "capacity" compares server CPU per request, which the load generator's own limits do not move.\n`,
  );
  return results;
}

/** A route's answer as the load asks for it (gzip), bytes as sent: body saved to `file`, headers kept but per-request and hop ones. */
function recordResponse(url: string, file: string): Promise<{ file: string; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        writeFileSync(file, Buffer.concat(chunks));
        const skipped = ["date", "connection", "keep-alive", "x-request-id", "transfer-encoding"];
        const headers = Object.fromEntries(Object.entries(res.headers).filter(([name, v]) => !skipped.includes(name) && typeof v === "string")) as Record<string, string>;
        resolve({ file, headers });
      });
      res.on("error", reject);
    }).on("error", reject);
  });
}
