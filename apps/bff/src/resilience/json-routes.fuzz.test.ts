import { officerRoles } from "@motcua/contracts";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDeskHarness, type DeskHarness } from "../test/desk-harness.ts";

/** CI runs a fixed number with a fixed seed; `FUZZ_RUNS=5000 pnpm fuzz` digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);

interface OpenApiOperation {
  parameters?: { name: string; in: "path" | "query" | "header"; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  bodyKeys: string[] | null;
}

function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content;
      // Multipart uploads have their own fault suite (uploads.routes.test.ts, crash-safety.test.ts);
      // logging out would only end the fuzzer's own session.
      if ((content && !content["application/json"]) || path.endsWith("/logout")) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name),
        queryParams: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        bodyKeys: content ? Object.keys(content["application/json"]?.schema?.properties ?? {}) : null,
      });
    }
  }
  return operations;
}

/** Strings a client, careless or hostile, might send: empty, huge, control characters, lone surrogates, path tricks. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "../..", "%", "%ZZ", "\u0000", "\uD800", "NaN", "-1", "1e309", "0x10", "null", "true", "[]", "{}", "__proto__", "constructor", "A".repeat(5000), "075190001234", "１２３"),
  fc.integer().map(String),
  fc.uuid(),
);

const jsonLeaf = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, jsonLeaf, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(nastyString, tie("value"), { maxKeys: 4 })),
})).value;

/** Mostly objects with the operation's own keys (so validation runs deep), sometimes anything at all. */
const bodyFor = (keys: string[]) =>
  fc.oneof(
    fc.record(Object.fromEntries(keys.map((k) => [k, jsonValue])), { requiredKeys: [] }).map((o) => JSON.stringify(o)),
    jsonValue.map((v) => JSON.stringify(v)),
    nastyString,
    fc.constantFrom("{", '{"a":1}garbage', "[".repeat(5000), '{"__proto__":{"admin":true}}'),
  );

const queryFor = (keys: string[]) =>
  fc.dictionary(fc.oneof(fc.constantFrom(...(keys.length ? keys : ["q"])), nastyString), nastyString, { maxKeys: 4 });

/** Lone surrogates cannot be percent-encoded; a real client would have sent U+FFFD in their place. */
const wellFormed = (value: string) => Buffer.from(value, "utf8").toString("utf8");

/** A request the client could not even send (fetch refuses the header) is not the server's failure. */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    new Request(url, init);
  } catch {
    return new Response(null, { status: 499 });
  }
  return fetch(url, init);
}

describe("every JSON route, fuzzed: never a 5xx", () => {
  let h: DeskHarness;
  let operations: Operation[];
  let citizenToken: string;
  let officerToken: string;
  let dossierId: string;

  beforeAll(async () => {
    h = await startDeskHarness("pglite", { TRACK_LIMIT_PER_MINUTE: "1000000" });
    const filed = await h.file();
    dossierId = filed.id;
    citizenToken = filed.citizenToken;
    officerToken = (await h.officer([...officerRoles], h.agencyA)).token;
    operations = operationsOf((await (await fetch(`${h.app.server.url}/api/openapi.json`)).json()) as Parameters<typeof operationsOf>[0]);
  }, 120_000);

  afterAll(() => h?.close());

  it("has the JSON routes to fuzz", () => {
    expect(operations.length).toBeGreaterThan(30);
  });

  it.each([["citizen"], ["officer"], ["anonymous"]] as const)("as %s", async (who) => {
    const failures: string[] = [];
    for (const op of operations) {
      const token = who === "citizen" ? citizenToken : who === "officer" ? officerToken : null;
      const pathValue = fc.oneof(fc.constant(dossierId), fc.constantFrom("1.001193", "receipt", "2026-09-02"), nastyString);
      const request = fc.record({
        params: fc.tuple(...op.pathParams.map(() => pathValue)),
        query: queryFor(op.queryParams),
        body: op.bodyKeys ? bodyFor(op.bodyKeys) : fc.constant(null),
        idempotencyKey: fc.option(fc.oneof(fc.uuid(), nastyString)),
        ifMatch: fc.option(fc.constantFrom('"v1"', '"v2"', "*", "garbage")),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ params, query, body, idempotencyKey, ifMatch }) => {
          let path = op.path;
          op.pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, encodeURIComponent(wellFormed(String(params[i]))))));
          const search = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [wellFormed(k), wellFormed(v)])).toString();
          const headers: Record<string, string> = {};
          if (token) headers.Authorization = `Bearer ${token}`;
          if (body !== null) headers["Content-Type"] = "application/json";
          if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey.replace(/[^\x20-\x7e]/g, "?");
          if (ifMatch) headers["If-Match"] = ifMatch;
          const res = await send(`${h.app.server.url}${path}${search ? `?${search}` : ""}`, {
            method: op.method,
            headers,
            ...(body !== null && op.method !== "GET" ? { body } : {}),
          });
          await res.arrayBuffer();
          if (res.status >= 500 && res.status !== 503) failures.push(`${op.method} ${path}${search ? `?${search}` : ""} → ${res.status}`);
          return res.status < 500 || res.status === 503;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      ).catch((err: unknown) => {
        if (!failures.some((f) => f.startsWith(`${op.method} ${op.path}`))) failures.push(`${op.method} ${op.path}: ${String(err).slice(0, 600)}`);
      });
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
