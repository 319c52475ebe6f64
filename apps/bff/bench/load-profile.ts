import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import autocannon from "autocannon";
import { queryRows } from "../src/db/client.ts";
import { submissionFor, tinyJpeg } from "../src/test/dossier-fixtures.ts";
import { startBff, type BenchServer } from "./harness.ts";
import { BENCH_ATTACHMENT_PROCEDURE_CODE, benchProcedureWithAttachment, fillDossiers, preparePostgres } from "./prepare-db.ts";

// Letters a secret can hold: normalisation maps O, I and L to digits.
const LOOKUP_SECRET = "BENCH7";
const BOUNDARY = "----motcuaload";
const multipartPhoto = Buffer.concat([
  Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="anh.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
  tinyJpeg,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

const SEARCHES = ["ly lich tu phap", "khai sinh", "ket hon", "ho kinh doanh", "chung thuc", "cccd", "giay phep xay dung"];
const DETAILS = ["1.001193", "1.001612", "2.000815", "1.000894"];

export interface LoadProfileOptions {
  durationSec: number;
  /** Across both instances. */
  connections: number;
}

export interface InstanceResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  eventLoopP99Ms: number | null;
  /** Responses per status code, e.g. `{ "200": 5000, "429": 3 }`. */
  statuses: Record<string, number>;
}

export interface LoadReport {
  instances: InstanceResult[];
  acknowledged: number;
  stored: number;
  missing: number;
  duplicates: number;
  /** Stored filings the client never heard back about: requests in flight when the run stopped. */
  unacknowledged: number;
}

interface ConnectionContext {
  token?: string;
  uploadId?: string;
  draftId?: string;
  [key: string]: unknown;
}

/**
 * One connection's cycle of 50 requests: 35 catalog (70%), 10 tracking (20%), 4 drafts (8%) and one
 * upload plus the filing that attaches it (2%), interleaved as phones would send them.
 */
function cycle(references: string[], filingBody: (uploadId: string) => string, tokens: string[], acknowledged: string[]): autocannon.Request[] {
  let nextToken = 0;
  const withToken = (req: autocannon.Request, context: ConnectionContext) => {
    context.token ??= tokens[nextToken++ % tokens.length]!;
    return { ...req, headers: { ...req.headers, authorization: `Bearer ${context.token}` } };
  };
  const catalog = (i: number): autocannon.Request => ({
    method: "GET",
    path: i % 3 === 0 ? `/api/v1/procedures/${DETAILS[i % DETAILS.length]}` : `/api/v1/procedures?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length]!)}`,
    headers: { "accept-encoding": "gzip" },
  });
  const track = (i: number): autocannon.Request => ({
    method: "GET",
    path: `/api/v1/track?code=${references[(i * 7919) % references.length]}&secret=${LOOKUP_SECRET}`,
  });
  const json = { "content-type": "application/json" };
  const drafts: autocannon.Request[] = [
    {
      method: "POST",
      path: "/api/v1/me/drafts",
      headers: json,
      body: JSON.stringify({ procedureCode: BENCH_ATTACHMENT_PROCEDURE_CODE, data: { step: 1, fullName: "Nguyễn Thị Bình" } }),
      setupRequest: (req, context) => withToken(req, context as ConnectionContext),
      onResponse: (status, body, context) => {
        if (status === 201) (context as ConnectionContext).draftId = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: "PUT",
      path: "/api/v1/me/drafts/",
      headers: json,
      body: JSON.stringify({ data: { step: 2, fullName: "Nguyễn Thị Bình", phone: "0912345678" } }),
      setupRequest: (req, context) => ({ ...withToken(req, context as ConnectionContext), path: `/api/v1/me/drafts/${(context as ConnectionContext).draftId}` }),
    },
    { method: "GET", path: "/api/v1/me/drafts", setupRequest: (req, context) => withToken(req, context as ConnectionContext) },
    {
      method: "DELETE",
      path: "/api/v1/me/drafts/",
      setupRequest: (req, context) => ({ ...withToken(req, context as ConnectionContext), path: `/api/v1/me/drafts/${(context as ConnectionContext).draftId}` }),
    },
  ];
  const filing: autocannon.Request[] = [
    {
      method: "POST",
      path: "/api/v1/uploads",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
      body: multipartPhoto,
      setupRequest: (req, context) => withToken(req, context as ConnectionContext),
      onResponse: (status, body, context) => {
        if (status === 201) (context as ConnectionContext).uploadId = (JSON.parse(body) as { id: string }).id;
      },
    },
    {
      method: "POST",
      path: "/api/v1/dossiers",
      headers: json,
      setupRequest: (req, context) => {
        const c = context as ConnectionContext;
        return { ...withToken(req, c), body: filingBody(c.uploadId ?? randomUUID()), headers: { ...withToken(req, c).headers, "idempotency-key": randomUUID() } };
      },
      onResponse: (status, body) => {
        if (status === 201) acknowledged.push((JSON.parse(body) as { id: string }).id);
      },
    },
  ];

  const requests: autocannon.Request[] = [];
  let c = 0;
  let t = 0;
  for (let slot = 0; slot < 10; slot++) {
    for (let i = 0; i < 3; i++) requests.push(catalog(c++));
    requests.push(track(t++));
    if (slot < 4) requests.push(drafts[slot]!);
    if (slot === 5) requests.push(...filing);
    if (slot % 2 === 0 && c < 35) requests.push(catalog(c++));
  }
  while (c < 35) requests.push(catalog(c++));
  return requests;
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/dev`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  return ((await res.json()) as { token: string }).token;
}

/** The server's own event-loop delay (p99, ms), from its /metrics. */
async function eventLoopP99(url: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const match = /nodejs_eventloop_lag_p99_seconds\s+([\d.e+-]+)/.exec(text);
    return match ? Number(match[1]) * 1000 : null;
  } catch {
    return null;
  }
}

function run(name: string, url: string, requests: autocannon.Request[], connections: number, durationSec: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: durationSec, requests, title: name });
}

/**
 * The mixed profile against two BFF instances sharing one PostgreSQL database, then the check that
 * matters after a deadline-day rush: every filing the client was told about exists, exactly once.
 */
export async function runLoadProfile(options: LoadProfileOptions): Promise<LoadReport> {
  const database = await preparePostgres();
  if (!database) throw new Error("the load profile needs PostgreSQL (BENCH_DATABASE_URL)");
  const servers: BenchServer[] = [];
  try {
    const references = await fillDossiers(database.database!, 20_000, LOOKUP_SECRET);
    const env = { ...database.env, UPLOAD_DAILY_FILES: "100000" };
    servers.push(await startBff(env, { pin: false }), await startBff(env, { pin: false }));
    const tokens = await Promise.all(Array.from({ length: options.connections }, (_, i) => signIn(servers[i % 2]!.url)));
    const wardCode = (await queryRows<{ ward_code: string }>(database.database!.db, sql`select ward_code from agency where level = 'COMMUNE' and ward_code is not null limit 1`))[0]!.ward_code;
    const procedure = benchProcedureWithAttachment();
    const filingBody = (uploadId: string) => JSON.stringify(submissionFor(procedure, wardCode, { "anh-giay-to": [uploadId] }));

    const acknowledged: string[] = [];
    // Start each instance's event-loop histogram afresh: sign-ins and start-up are not the run.
    await Promise.all(servers.map((server) => eventLoopP99(server.url)));
    const perInstance = Math.max(1, Math.floor(options.connections / servers.length));
    const results = await Promise.all(
      servers.map((server, i) => run(`instance ${i + 1}`, server.url, cycle(references, filingBody, tokens, acknowledged), perInstance, options.durationSec)),
    );
    const eventLoop = await Promise.all(servers.map((server) => eventLoopP99(server.url)));

    const stored = await queryRows<{ id: string }>(database.database!.db, sql`select id from dossier where procedure_code = ${BENCH_ATTACHMENT_PROCEDURE_CODE}`);
    const storedIds = new Set(stored.map((r) => r.id));
    const ackIds = new Set(acknowledged);
    return {
      instances: results.map((r, i) => ({
        name: `instance ${i + 1}`,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        statuses: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, (v as { count: number }).count])),
        eventLoopP99Ms: eventLoop[i] ?? null,
      })),
      acknowledged: acknowledged.length,
      stored: stored.length,
      missing: [...ackIds].filter((id) => !storedIds.has(id)).length,
      duplicates: acknowledged.length - ackIds.size,
      unacknowledged: [...storedIds].filter((id) => !ackIds.has(id)).length,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await database.drop();
  }
}
