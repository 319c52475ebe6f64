import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type autocannon from "autocannon";
import { queryRows } from "../src/db/client.ts";
import { gets, load, printTable, startBff, type LoadResult } from "./harness.ts";
import { BENCH_PROCEDURE_CODE, fillDossiers, preparePglite, preparePostgres, type BenchDatabase } from "./prepare-db.ts";

const LOOKUP_SECRET = "BENCH7";
/** Filings arrive a few at a time, not fifty at once: ten connections, as many phones submitting. */
const SUBMIT_CONNECTIONS = 10;
const DOSSIERS_FOR_LOOKUP = 100_000;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";

const applicant = {
  fullName: "Nguyễn Thị Bình",
  idNumber: "075190001234",
  dateOfBirth: "1990-05-20",
  phone: "0912345678",
  address: { street: "12 Võ Thị Sáu", wardCode: "26041", provinceCode: "75" },
};

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/dev`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  return ((await res.json()) as { token: string }).token;
}

function submissions(token: string, agencyCode: string, answers: Record<string, unknown>): autocannon.Request[] {
  const body = JSON.stringify({ procedureCode: BENCH_PROCEDURE_CODE, channel: "ONLINE", agencyCode, applicant, answers, documents: [], delivery: { method: "counter" } });
  return [
    {
      method: "POST",
      path: "/api/v1/dossiers",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body,
      // A fresh key per request: each one is a new filing, not a retry.
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, "idempotency-key": randomUUID() } }),
    },
  ];
}

async function submissionRun(label: string, db: BenchDatabase, connections: number, duration: number): Promise<LoadResult> {
  const bff = await startBff(db.env);
  try {
    const token = await signIn(bff.url);
    const detail = (await (await fetch(`${bff.url}/api/v1/procedures/${BENCH_PROCEDURE_CODE}`)).json()) as { form: { fields: { key: string; type: string; options: { value: string }[] | null }[] } };
    const agencies = (await (await fetch(`${bff.url}/api/v1/agencies`)).json()) as { items: { code: string; level: string; wardCode: string | null }[] };
    const commune = agencies.items.find((a) => a.level === "COMMUNE" && a.wardCode)!;
    applicant.address.wardCode = commune.wardCode!;
    const answers = Object.fromEntries(detail.form.fields.map((f) => [f.key, sample(f, commune.wardCode!)]));
    return await load(label, bff.url, submissions(token, commune.code, answers), { connections, duration });
  } finally {
    await bff.stop();
  }
}

function sample(field: { type: string; options: { value: string }[] | null }, wardCode: string): unknown {
  switch (field.type) {
    case "number":
      return 1;
    case "date":
      return "2024-03-15";
    case "select":
      return field.options?.[0]?.value;
    case "checkbox":
      return true;
    case "phone":
      return "0912345678";
    case "email":
      return "a@example.vn";
    case "id_number":
      return "075090001234";
    case "address":
      return { street: "12 Võ Thị Sáu", wardCode, provinceCode: "75" };
    default:
      return "Nội dung mẫu";
  }
}

/**
 * Submissions per second (no attachments) on PGlite and PostgreSQL, and public lookups per second
 * over 100,000 dossiers in PostgreSQL. Each row is a fresh BFF process started as in production.
 */
export async function dossiersBench(options: { connections: number; duration: number }): Promise<void> {
  const rows: (string | number)[][] = [];
  const add = (r: LoadResult, note: string) =>
    rows.push([r.name, Math.round(r.rps), r.p50, r.p99, r.non2xx, r.errors, note]);

  const lite = await preparePglite();
  add(await submissionRun("POST /dossiers — PGlite", lite, SUBMIT_CONNECTIONS, options.duration), "");

  const pgDb = await preparePostgres();
  if (!pgDb) {
    rows.push(["PostgreSQL rows", "-", "-", "-", "-", "-", "no server at BENCH_DATABASE_URL"]);
  } else {
    try {
      const pgRun = await submissionRun("POST /dossiers — PostgreSQL", pgDb, SUBMIT_CONNECTIONS, options.duration);
      // Every acknowledged filing is stored; the only extras are requests still in flight when
      // autocannon stopped (at most one per connection, at the end of warm-up and of the run).
      const stored = (await queryRows<{ n: number }>(pgDb.database!.db, sql`select count(*)::int as n from dossier`))[0]!.n;
      const inFlight = stored - pgRun.acknowledged;
      const ok = inFlight >= 0 && inFlight <= 2 * SUBMIT_CONNECTIONS;
      add(pgRun, `${stored} stored, ${pgRun.acknowledged} acknowledged ${ok ? "✓" : "✗"}`);
      const references = await fillDossiers(pgDb.database!, DOSSIERS_FOR_LOOKUP, LOOKUP_SECRET);
      const paths = references.map((ref) => `/api/v1/track?code=${ref}&secret=${LOOKUP_SECRET}`);
      const lookups = `GET /track — PostgreSQL, ${DOSSIERS_FOR_LOOKUP.toLocaleString("en")} dossiers`;
      // Each lookup also counts against its address's limit: in the database by default, or in
      // Redis when the deployment has one (REDIS_URL); both rows, side by side.
      const stores: [string, Record<string, string>][] = [
        ["counters in PostgreSQL", {}],
        ["counters in Redis", { REDIS_URL }],
      ];
      for (const [store, env] of stores) {
        const bff = await startBff({ ...pgDb.env, ...env });
        try {
          add(await load(`${lookups}, ${store}`, bff.url, gets(paths), options), "");
        } finally {
          await bff.stop();
        }
      }
    } finally {
      await pgDb.drop();
    }
  }
  printTable(
    `Dossiers — ${options.duration} s each; submissions at ${SUBMIT_CONNECTIONS} connections, lookups at ${options.connections}`,
    ["route", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "check"],
    rows,
  );
}
