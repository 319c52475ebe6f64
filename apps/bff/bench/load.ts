import { printTable } from "./harness.ts";
import { runLoadProfile } from "./load-profile.ts";

const durationSec = Number(process.env.LOAD_DURATION ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 40);

const report = await runLoadProfile({ durationSec, connections });
printTable(
  `Mixed load — ${durationSec} s, ${connections} connections over two BFF instances on one PostgreSQL (70% catalog, 20% tracking, 8% drafts, 2% upload + filing)`,
  ["instance", "req/s", "requests", "p50 ms", "p99 ms", "non-2xx", "errors", "event-loop p99 ms", "statuses"],
  report.instances.map((r) => [
    r.name,
    Math.round(r.rps),
    r.requests,
    r.p50,
    r.p99,
    r.non2xx,
    r.errors,
    r.eventLoopP99Ms?.toFixed(1) ?? "-",
    Object.entries(r.statuses).map(([status, n]) => `${status}×${n}`).join(" "),
  ]),
);
const ok = report.missing === 0 && report.duplicates === 0 && report.unacknowledged <= connections;
process.stdout.write(
  `\nFilings: ${report.acknowledged} acknowledged, ${report.stored} stored, ${report.missing} missing, ${report.duplicates} duplicated, ` +
    `${report.unacknowledged} stored but unacknowledged (in flight at the stop) ${ok ? "✓" : "✗"}\n`,
);
if (!ok) process.exitCode = 1;
