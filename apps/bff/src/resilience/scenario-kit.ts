import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { OfficerRole, Problem, SubmitDossierRequest } from "@motcua/contracts";
import { queryRows, type Db } from "../db/client.ts";
import { insertOfficer } from "../modules/desk/officers.repo.ts";
import type { AppHarness } from "../test/app-harness.ts";
import { copyTemplateDatabase } from "../test/db.ts";
import { birthRegistration, submissionFor, uploadRequiredDocuments } from "../test/dossier-fixtures.ts";

/** The tables a citizen's filing touches; the scenario files empty them before each test. */
export const filingTables = ["dossier_rating", "id_reveal", "daily_sequence", "officer", "dossier_event", "outbox", "idempotency_key", "upload", "dossier", "draft", "session", "citizen"];

/**
 * The problem+json promise of reliability.md §5: status, code, request id matching the header, no
 * stack trace. Returns the parsed problem for further checks.
 */
export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(text) as Problem;
  expect(problem).toMatchObject({ status, code, requestId: res.headers.get("x-request-id") });
  expect(text).not.toMatch(/\n\s+at |\.ts:\d+|Error:/);
  return problem;
}

export async function rowCount(db: Db, table: string): Promise<number> {
  return (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from "${table}"`)))[0]!.n;
}

/** Row counts of the tables a write could leave something in, to compare before and after. */
export async function writeFootprint(db: Db): Promise<Record<string, number>> {
  const tables = ["citizen", "session", "upload", "draft", "dossier", "dossier_event", "outbox", "idempotency_key", "id_reveal", "dossier_rating", "holiday_override"];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await rowCount(db, t)] as const)));
}

/** A signed-in citizen with the required documents uploaded and a valid filing body ready to send. */
export async function readyFiling(h: AppHarness, name?: string): Promise<{ token: string; body: SubmitDossierRequest }> {
  const { procedure, wardCode } = birthRegistration(h);
  const token = await h.signIn(name);
  return { token, body: submissionFor(procedure, wardCode, await uploadRequiredDocuments(h.server.url, token, procedure)) };
}

/** A request to the app's API with a bearer token (or none); a body is labelled JSON, and sent as is when already text or bytes. */
export function callApi(
  h: AppHarness,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const raw = typeof body === "string" || body instanceof Uint8Array;
  return fetch(`${h.server.url}/api/v1${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(body === undefined ? {} : { body: raw ? (body as string | Uint8Array) : JSON.stringify(body) }),
  });
}

export const submitDossier = (h: AppHarness, token: string, body: unknown, key: string = randomUUID()) =>
  callApi(h, "POST", "/dossiers", token, body, { "Idempotency-Key": key });

/** An officer of `agencyCode` with a live session, straight in the database (no password sign-in). */
export async function officerToken(h: AppHarness, roles: OfficerRole[], agencyCode: string): Promise<string> {
  const row = await insertOfficer(h.services.database.db, {
    username: `can.bo.${randomUUID().slice(0, 8)}`,
    passwordHash: "unused: these officers never sign in with a password",
    fullName: "Cán bộ thử nghiệm",
    agencyCode,
    roles,
  });
  return (await h.services.sessions.issue("officer", row.id)).token;
}

export interface ApiOperation {
  method: string;
  /** As served, with path parameters filled in with well-formed values that name nothing. */
  path: string;
  secured: boolean;
  jsonBody: boolean;
  multipart: boolean;
}

const placeholderOf: Record<string, () => string> = {
  action: () => "accept",
  date: () => "2026-09-02",
  kind: () => "receipt",
};

/** Every operation the app documents in its OpenAPI description, so sweeps cannot miss a route. */
export async function apiOperations(h: AppHarness): Promise<ApiOperation[]> {
  type Doc = { paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content?: Record<string, unknown> } }>> };
  const doc = (await (await fetch(`${h.server.url}/api/openapi.json`)).json()) as Doc;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: path.replace(/\{(\w+)\}/g, (_, name: string) => (placeholderOf[name] ?? randomUUID)()),
      secured: (op.security?.length ?? 0) > 0,
      jsonBody: Boolean(op.requestBody?.content?.["application/json"]),
      multipart: Boolean(op.requestBody?.content?.["multipart/form-data"]),
    })),
  );
}

/**
 * A fresh migrated database on the run's PostgreSQL for a BFF child process, named so the run's
 * teardown drops it; undefined without PostgreSQL (the process then runs on PGlite). Starting on
 * it takes a few seconds where a fresh PGlite directory takes fifteen.
 */
export const freshPostgresUrl = (name: string): Promise<string | undefined> => copyTemplateDatabase(`${name}_${process.pid}`);
