import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createCalendar } from "@motcua/calendar";
import type { OfficerRole, Problem } from "@motcua/contracts";
import { expect } from "vitest";
import { queryRows, type Db } from "../../db/client.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { startAppHarness, type AppHarness } from "../../test/app-harness.ts";
import { truncate, type DbKind } from "../../test/db.ts";
import { tinyJpeg, tinyPdf } from "../../test/dossier-fixtures.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { appointmentsRoutes } from "../appointments/appointments.routes.ts";
import { createAppointmentsService } from "../appointments/appointments.service.ts";
import { requireOfficer } from "../desk/desk-http.ts";
import { createOfficerAuthService } from "../desk/officer-auth.service.ts";
import { insertOfficer } from "../desk/officers.repo.ts";
import { hashPassword } from "../desk/password.ts";
import { feedbackRoutes } from "./feedback.routes.ts";
import { createFeedbackService } from "./feedback.service.ts";

/** Wednesday 4 March 2026, 08:00 in Vietnam: a plain working week with no holiday near. */
export const WEDNESDAY_8AM = new Date("2026-03-04T01:00:00Z");

export const centerTables = [
  "appointment_event",
  "appointment",
  "appointment_slot",
  "appointment_schedule_change",
  "appointment_schedule",
  "feedback_event",
  "feedback_photo",
  "feedback",
  "outbox",
  "idempotency_key",
  "upload",
  "officer",
  "session",
  "citizen",
];

let passwordHash: Promise<string> | undefined;

export interface CenterHarness {
  app: AppHarness;
  /** The feedback and appointment routes on their own socket, on the test's clock. */
  server: TestServer;
  db: Db;
  clock: { now: Date };
  /** Two commune agencies and the service center, from the seeded catalog. */
  agencyA: string;
  agencyB: string;
  center: string;
  officer(roles: OfficerRole[], agencyCode?: string): Promise<{ id: string; token: string }>;
  call(method: string, path: string, token: string | null, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** An upload the real way (POST /uploads on the whole app); returns its id. */
  upload(token: string, kind?: "jpeg" | "pdf"): Promise<string>;
  count(table: string, where?: string): Promise<number>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startCenterHarness(kind: DbKind): Promise<CenterHarness> {
  const app = await startAppHarness(kind, { API_LIMIT_PER_MINUTE: "100000", CITIZEN_LIMIT_PER_MINUTE: "100000" });
  const s = app.services;
  const db = s.database.db;
  const clock = { now: WEDNESDAY_8AM };
  const now = () => clock.now;
  const calendar = createCalendar();
  const feedback = createFeedbackService({ db, catalog: s.catalog, calendar, storage: s.storage, now });
  const appointments = createAppointmentsService({ db, catalog: s.catalog, calendar, now });
  const officer = requireOfficer(s.sessions, createOfficerAuthService({ db, sessions: s.sessions, now }));
  const router = createRouter()
    .route("/", feedbackRoutes({ feedback, sessions: s.sessions, requireOfficer: officer }))
    .route("/", appointmentsRoutes({ appointments, sessions: s.sessions, requireOfficer: officer }));
  const server = await startTestServer(mountForTest(router, memoryLogger().logger));

  const snapshot = s.catalog.snapshot();
  const communes = [...snapshot.agencies.values()].filter((a) => a.level === "COMMUNE");

  return {
    app,
    server,
    db,
    clock,
    agencyA: communes[0]!.code,
    agencyB: communes[1]!.code,
    center: AGENCY.TTPVHCC,
    async officer(roles, agencyCode = communes[0]!.code) {
      passwordHash ??= hashPassword("MotCua@2026");
      const row = await insertOfficer(db, { username: `cb.${randomUUID().slice(0, 8)}`, passwordHash: await passwordHash, fullName: "Cán bộ thử nghiệm", agencyCode, roles });
      return { id: row.id, token: (await s.sessions.issue("officer", row.id)).token };
    },
    call(method, path, token, body, headers = {}) {
      return fetch(`${server.url}/api/v1${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
      });
    },
    async upload(token, kind = "jpeg") {
      const form = new FormData();
      form.set("file", new Blob([kind === "jpeg" ? tinyJpeg : tinyPdf], { type: kind === "jpeg" ? "image/jpeg" : "application/pdf" }), kind === "jpeg" ? "anh.jpg" : "giay.pdf");
      const res = await fetch(`${app.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    async count(table, where = "true") {
      return (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table} where ${where}`)))[0]!.n;
    },
    async reset() {
      clock.now = WEDNESDAY_8AM;
      await truncate(db, centerTables);
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}

export async function expectProblem(res: Response, status: number, code: string): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as Problem;
  expect(problem.code).toBe(code);
  return problem;
}
