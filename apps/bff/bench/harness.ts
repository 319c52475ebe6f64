import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const TASKSET = "/usr/bin/taskset";
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export interface BenchServer {
  url: string;
  /** CPU time the server process has used so far (user + system), in µs; undefined without /proc. */
  cpuMicros(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process from /proc, in µs (Linux counts them in 1/100 s). */
function processCpuMicros(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return undefined;
  }
}

/** Runs a TypeScript entry in its own process pinned to core 0 (where taskset exists); the load runs on the other. */
function spawnServer(entry: string, args: string[], env: Record<string, string>, ready: RegExp, pin = true): Promise<BenchServer> {
  const argv = [process.execPath, "--import", "tsx", entry, ...args];
  // tsx resolves from the BFF package, whatever directory the bench or test was started from.
  const options = { cwd: here(".."), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] as ["ignore", "pipe", "inherit"] };
  const child: ChildProcess = pin && existsSync(TASKSET) ? spawn(TASKSET, ["-c", "0", ...argv], options) : spawn(argv[0]!, argv.slice(1), options);
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = ready.exec(out);
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          // taskset execs the server, so the child's pid is the server's.
          cpuMicros: () => processCpuMicros(child.pid),
          stop: () =>
            new Promise<void>((done) => {
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`${entry} exited with ${code} before listening`)));
  });
}

/** A bare Hono hello-world on @hono/node-server: the baseline every route is compared with. */
export const startHello = (env: Record<string, string> = {}) => spawnServer(here("./hello-server.ts"), [], env, /PORT (\d+)/);

/**
 * All load comes from one address and one citizen: the limits are raised so they never refuse it,
 * while their checks (and the shared counters' writes) still run and still count in the timings.
 */
const UNREFUSED_LIMITS = {
  API_LIMIT_PER_MINUTE: "1000000000",
  CITIZEN_LIMIT_PER_MINUTE: "1000000000",
  TRACK_LIMIT_PER_MINUTE: "1000000000",
  UPLOAD_LIMIT_PER_MINUTE: "1000000000",
  SIGN_IN_LIMIT_PER_MINUTE: "1000000",
};

/**
 * The real BFF process (src/server.ts), as the start command runs it. `env` picks the database:
 * DATA_DIR for PGlite on disk, DATABASE_URL for PostgreSQL. `pin: false` lets the OS place it (several
 * instances at once).
 */
export const startBff = (env: Record<string, string>, { pin = true } = {}) =>
  spawnServer(
    here("../src/server.ts"),
    [],
    { NODE_ENV: "test", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", CATALOG_REFRESH_MS: "0", ...UNREFUSED_LIMITS, ...env },
    /http:\/\/localhost:(\d+)\//,
    pin,
  );

export interface LoadResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** 2xx responses over warm-up and run together: for writes, everything the server acknowledged. */
  acknowledged: number;
  non2xx: number;
  errors: number;
  /**
   * The server's CPU time per answered request, when its process was given: what the route costs,
   * whoever is slower. autocannon decodes every body into a string, so on a two-core machine a large
   * UTF-8 or gzip body can make the load generator, not the server, the limit of req/s.
   */
  cpuMicrosPerRequest?: number;
}

/** GETs as a phone sends them: Zalo's webview accepts gzip. */
export const gets = (paths: string[]): autocannon.Request[] =>
  paths.map((path) => ({ method: "GET", path, headers: { "accept-encoding": "gzip, deflate, br" } }));

/** Two seconds of warm-up, then the measured run, against the same requests. */
export async function load(
  name: string,
  url: string,
  requests: autocannon.Request[],
  options: { connections: number; duration: number },
  server?: BenchServer,
): Promise<LoadResult> {
  const common = { url, connections: options.connections, pipelining: 1, requests };
  const warmUp = await autocannon({ ...common, duration: 2 });
  const cpuBefore = server?.cpuMicros();
  const result = await autocannon({ ...common, duration: options.duration });
  const cpuAfter = server?.cpuMicros();
  const answered = result["2xx"] + result.non2xx;
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined && answered > 0 ? { cpuMicrosPerRequest: (cpuAfter - cpuBefore) / answered } : {}),
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged: warmUp["2xx"] + result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export interface LoadTarget {
  name: string;
  url: string;
  requests: autocannon.Request[];
  server?: BenchServer;
}

export interface InterleavedResult extends LoadResult {
  /** Per round, this target's req/s over the first target's req/s in the same round. */
  ratios: number[];
  /** The worst round's p99 (`p99` is the median round's). */
  worstP99: number;
}

/**
 * The targets in turn, round after round (after a warm-up of each), so a machine that speeds up
 * or slows down during the run weighs on every target alike. Each target gets `duration` seconds
 * in all. req/s and CPU per request are totals over the rounds; p50 and p99 are the median
 * round's, and the worst round's p99 is kept beside them.
 */
export async function loadInterleaved(targets: LoadTarget[], options: { connections: number; duration: number; rounds: number }): Promise<InterleavedResult[]> {
  const run = (t: LoadTarget, duration: number) => autocannon({ url: t.url, connections: options.connections, pipelining: 1, requests: t.requests, duration });
  for (const t of targets) await run(t, 2);
  const slice = Math.max(1, Math.round(options.duration / options.rounds));
  const rounds = targets.map(() => [] as { rps: number; p50: number; p99: number; answered: number; ok: number; non2xx: number; errors: number; cpu?: number }[]);
  for (let round = 0; round < options.rounds; round++) {
    for (const [i, t] of targets.entries()) {
      const cpuBefore = t.server?.cpuMicros();
      const r = await run(t, slice);
      const cpuAfter = t.server?.cpuMicros();
      rounds[i]!.push({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        answered: r["2xx"] + r.non2xx,
        ok: r["2xx"],
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpu: cpuAfter - cpuBefore } : {}),
      });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return targets.map((t, i) => {
    const own = rounds[i]!;
    const answered = sum(own.map((r) => r.answered));
    const cpu = own.every((r) => r.cpu !== undefined) ? sum(own.map((r) => r.cpu!)) : undefined;
    return {
      name: t.name,
      rps: sum(own.map((r) => r.rps)) / own.length,
      p50: median(own.map((r) => r.p50)),
      p99: median(own.map((r) => r.p99)),
      worstP99: Math.max(...own.map((r) => r.p99)),
      acknowledged: sum(own.map((r) => r.ok)),
      non2xx: sum(own.map((r) => r.non2xx)),
      errors: sum(own.map((r) => r.errors)),
      ...(cpu !== undefined && answered > 0 ? { cpuMicrosPerRequest: cpu / answered } : {}),
      ratios: own.map((r, round) => r.rps / rounds[0]![round]!.rps),
    };
  });
}

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  process.stdout.write(`\n${title}\n\n${line(header)}\n|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}
