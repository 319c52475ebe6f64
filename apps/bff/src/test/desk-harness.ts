import { randomUUID } from "node:crypto";
import { createCalendar } from "@motcua/calendar";
import type { DeskDossierDetail, OfficerRole, Procedure, SubmitDossierRequest } from "@motcua/contracts";
import type { Db } from "../db/client.ts";
import { createDeskService } from "../modules/desk/desk.service.ts";
import { deskRoutes } from "../modules/desk/desk.routes.ts";
import { createOfficerAuthService } from "../modules/desk/officer-auth.service.ts";
import { apiCaller, type ApiCall } from "./api-call.ts";
import { startAppHarness, type AppHarness } from "./app-harness.ts";
import { countRows } from "./count-rows.ts";
import { truncate, type DbKind } from "./db.ts";
import { submissionFor, uploadRequiredDocuments } from "./dossier-fixtures.ts";
import { harnessPerSuite } from "./harness-per-suite.ts";
import { startTestServer, type TestServer } from "./http-server.ts";
import { memoryLogger } from "./logger.ts";
import { mountForTest } from "./module-app.ts";
import { insertTestOfficer, type TestOfficer } from "./officers.ts";

export const deskTables = ["id_reveal", "daily_sequence", "officer", "dossier_event", "outbox", "idempotency_key", "upload", "dossier", "draft", "session", "citizen"];

export interface DeskHarness {
  app: AppHarness;
  desk: TestServer;
  db: Db;
  logLines: string[];
  procedure: Procedure;
  /** Where a filing for `procedure` lands (the applicant's commune), and a second, unrelated agency. */
  agencyA: string;
  agencyB: string;
  /** Shifts the desk's clock (sign-in lockout, overdue), not the citizen side's. */
  clock: { offsetMs: number };
  officer(roles: OfficerRole[], agencyCode?: string, username?: string): Promise<TestOfficer>;
  file(overrides?: Partial<SubmitDossierRequest["applicant"]>): Promise<{ id: string; citizenToken: string; body: SubmitDossierRequest }>;
  call: ApiCall;
  act(token: string, id: string, action: string, body: unknown, version: number | null, headers?: Record<string, string>): Promise<Response>;
  /** Performs an action that must succeed; returns the new detail. */
  step(token: string, id: string, action: string, body?: unknown): Promise<DeskDossierDetail>;
  count(table: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The whole citizen app (to file dossiers the real way) plus the desk router on its own socket,
 * built from the same services, behind the app's middleware and error handling.
 */
export async function startDeskHarness(kind: DbKind, env: Record<string, string> = {}): Promise<DeskHarness> {
  const app = await startAppHarness(kind, env);
  const s = app.services;
  const db = s.database.db;
  const clock = { offsetMs: 0 };
  const now = () => new Date(Date.now() + clock.offsetMs);
  const desk = createDeskService({ db, crypto: s.crypto, calendar: createCalendar(), catalog: s.catalog, storage: s.storage, now });
  const officerAuth = createOfficerAuthService({ db, sessions: s.sessions, now });
  const { logger, lines } = memoryLogger();
  const server = await startTestServer(mountForTest(deskRoutes({ desk, officerAuth, sessions: s.sessions }), logger));

  const snapshot = s.catalog.snapshot();
  const procedure = snapshot.byCode.get("1.001193")!.procedure;
  const communes = [...snapshot.agencies.values()].filter((a) => a.level === "COMMUNE" && a.wardCode);
  const [a, b] = [communes[0]!, communes[1]!];

  const call = apiCaller(server.url);
  const act: DeskHarness["act"] = (token, id, action, body, version, headers = {}) =>
    call("POST", `/desk/dossiers/${id}/actions/${action}`, token, body, { ...(version === null ? {} : { "If-Match": `"v${version}"` }), ...headers });

  return {
    app,
    desk: server,
    db,
    logLines: lines,
    procedure,
    agencyA: a.code,
    agencyB: b.code,
    clock,
    officer(roles, agencyCode = a.code, username) {
      return insertTestOfficer(s, roles, agencyCode, username);
    },
    async file(overrides = {}) {
      const citizenToken = await app.signIn();
      const uploads = await uploadRequiredDocuments(app.server.url, citizenToken, procedure);
      const base = submissionFor(procedure, a.wardCode!, uploads);
      const body = { ...base, applicant: { ...base.applicant, ...overrides } };
      const res = await fetch(`${app.server.url}/api/v1/dossiers`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${citizenToken}`, "Idempotency-Key": randomUUID() },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${await res.text()} ${app.logLines.filter((l) => l.includes("error")).slice(-1).join("")}`);
      return { id: ((await res.json()) as { id: string }).id, citizenToken, body };
    },
    call,
    act,
    async step(token, id, action, body = {}) {
      const current = await call("GET", `/desk/dossiers/${id}`, token);
      const version = ((await current.json()) as DeskDossierDetail).version;
      const res = await act(token, id, action, body, version);
      if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as DeskDossierDetail;
    },
    count(table, where) {
      return countRows(db, table, where);
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}

/** One desk harness for the calling `describe` block, its tables emptied and its clock put back before each test. */
export function deskHarnessPerSuite(kind: DbKind): DeskHarness {
  return harnessPerSuite(
    () => startDeskHarness(kind),
    async (h) => {
      await truncate(h.db, deskTables);
      h.clock.offsetMs = 0;
    },
  );
}
