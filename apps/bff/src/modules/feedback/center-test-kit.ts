import { createCalendar } from "@motcua/calendar";
import type { OfficerRole } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { createRouter } from "../../http/openapi-app.ts";
import { apiCaller, type ApiCall } from "../../test/api-call.ts";
import { startAppHarness, type AppHarness } from "../../test/app-harness.ts";
import { countRows } from "../../test/count-rows.ts";
import { truncate, type DbKind } from "../../test/db.ts";
import { tinyJpeg, tinyPdf } from "../../test/dossier-fixtures.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { insertTestOfficer, type TestOfficer } from "../../test/officers.ts";
import { appointmentsRoutes } from "../appointments/appointments.routes.ts";
import { createAppointmentsService } from "../appointments/appointments.service.ts";
import { requireOfficer } from "../desk/desk-http.ts";
import { createOfficerAuthService } from "../desk/officer-auth.service.ts";
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
  officer(roles: OfficerRole[], agencyCode?: string): Promise<TestOfficer>;
  call: ApiCall;
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
    officer(roles, agencyCode = communes[0]!.code) {
      return insertTestOfficer(s, roles, agencyCode);
    },
    call: apiCaller(server.url),
    async upload(token, kind = "jpeg") {
      const form = new FormData();
      form.set("file", new Blob([kind === "jpeg" ? tinyJpeg : tinyPdf], { type: kind === "jpeg" ? "image/jpeg" : "application/pdf" }), kind === "jpeg" ? "anh.jpg" : "giay.pdf");
      const res = await fetch(`${app.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    count(table, where) {
      return countRows(db, table, where);
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
