import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
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
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-"));
  const detail = ["1.001193", "1.001612", "2.000815", "1.001612.000.00.00.H19"].map((c) => `/api/v1/procedures/${c}`);
  const bff = await startBff({ DATA_DIR: dataDir });
  let copy: { file: string; headers: Record<string, string> };
  try {
    copy = await recordResponse(bff.url + detail[0], join(dataDir, "detail.json"));
    const hello = await startHello({ COPY_BODY_FILE: copy.file, COPY_HEADERS: JSON.stringify(copy.headers) });
    try {
      results.push(await load("hello-world (bare Hono)", hello.url, gets(["/hello"]), options, hello));
      results.push(await load("same detail bytes, bare Hono", hello.url, gets(["/copy"]), options, hello));
    } finally {
      await hello.stop();
    }
    const search = QUERIES.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`);
    results.push(await load("GET /api/v1/procedures?q=…", bff.url, gets(search), options, bff));
    results.push(await load("GET /api/v1/procedures/{code}", bff.url, gets(detail), options, bff));
  } finally {
    await bff.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const base = results[0]!;
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  printTable(
    `Catalog over HTTP — ${options.connections} connections, ${options.duration} s each (server pinned to core 0; BFF = full middleware, PGlite on disk)`,
    ["route", "req/s", "p50 ms", "p99 ms", "vs hello", "server CPU µs/req", "capacity vs hello", "non-2xx", "errors"],
    results.map((r) => [
      r.name,
      Math.round(r.rps),
      r.p50,
      r.p99,
      percent(r.rps / base.rps),
      r.cpuMicrosPerRequest?.toFixed(1) ?? "—",
      r.cpuMicrosPerRequest && base.cpuMicrosPerRequest ? percent(base.cpuMicrosPerRequest / r.cpuMicrosPerRequest) : "—",
      r.non2xx,
      r.errors,
    ]),
  );
  console.log(
    `"same detail bytes" replays one recorded detail answer (${copy.headers["content-length"] ?? "?"} bytes, gzip as the phone asks, same headers) from bare Hono: no route can beat it. "capacity" compares server CPU per request, which the load generator's own limits do not move.\n`,
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
