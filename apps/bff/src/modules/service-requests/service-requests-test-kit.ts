import { createCalendar } from "@motcua/calendar";
import type { OfficerRole, SubmitConsultingRequest, SubmitTranslationRequest } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { apiCaller, type ApiCall } from "../../test/api-call.ts";
import { startAppHarness, type AppHarness } from "../../test/app-harness.ts";
import { countRows } from "../../test/count-rows.ts";
import { truncate, type DbKind } from "../../test/db.ts";
import { tinyPdf } from "../../test/dossier-fixtures.ts";
import { startTestServer, type TestServer } from "../../test/http-server.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { insertTestOfficer, type TestOfficer } from "../../test/officers.ts";
import { requireOfficer } from "../desk/desk-http.ts";
import { createOfficerAuthService } from "../desk/officer-auth.service.ts";
import { WEDNESDAY_8AM } from "../feedback/center-test-kit.ts";
import { serviceRequestsRoutes } from "./service-requests.routes.ts";
import { createServiceRequestsService } from "./service-requests.service.ts";

export const serviceTables = ["service_request_event", "service_request_file", "service_request", "outbox", "idempotency_key", "upload", "officer", "session", "citizen"];

type ConsultingBody = Omit<SubmitConsultingRequest, "contact"> & { contact: { name: string; phone: string; email?: string } };
type TranslationBody = Omit<SubmitTranslationRequest, "contact" | "notarised"> & { notarised?: boolean; contact: { name: string; phone: string; email?: string } };

const contact = { name: "Nguyễn Thị Mai", phone: "0912 345 678", email: "mai@example.vn" };

/** Asks for Thursday 5 March 2026, the first day one may ask for on Wednesday 4 March. */
export const consulting = (overrides: Partial<ConsultingBody> = {}): ConsultingBody => ({
  topic: "ENTERPRISE_FORMATION",
  question: "Tôi muốn thành lập công ty TNHH hai thành viên kinh doanh cà phê; cần chuẩn bị hồ sơ gì và vốn điều lệ tối thiểu bao nhiêu?",
  preferredDate: "2026-03-05",
  preferredPeriod: "MORNING",
  contact,
  ...overrides,
});

export const translation = (documentIds: string[], overrides: Partial<TranslationBody> = {}): TranslationBody => ({
  sourceLanguage: "vi",
  targetLanguage: "en",
  documentIds,
  pages: 3,
  notarised: true,
  contact,
  ...overrides,
});

const pdfForm = (name: string) => {
  const form = new FormData();
  form.set("file", new Blob([tinyPdf], { type: "application/pdf" }), name);
  return form;
};

export interface ServiceHarness {
  app: AppHarness;
  /** The service-request routes on their own socket, on the test's clock. */
  server: TestServer;
  db: Db;
  clock: { now: Date };
  /** The public administration service center, which provides these services. */
  center: string;
  /** Some other agency, whose officers have no business here. */
  otherAgency: string;
  officer(roles?: OfficerRole[], agencyCode?: string): Promise<TestOfficer>;
  call: ApiCall;
  /** A PDF uploaded the real way (POST /uploads on the whole app); returns its id. */
  upload(token: string): Promise<string>;
  /** POST /desk/service-requests/{code}/result-files with one PDF. */
  uploadResult(token: string, code: string, name?: string): Promise<Response>;
  count(table: string, where?: string): Promise<number>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startServiceHarness(kind: DbKind): Promise<ServiceHarness> {
  const app = await startAppHarness(kind, { API_LIMIT_PER_MINUTE: "100000", CITIZEN_LIMIT_PER_MINUTE: "100000" });
  const s = app.services;
  const db = s.database.db;
  const clock = { now: WEDNESDAY_8AM };
  const now = () => clock.now;
  const serviceRequests = createServiceRequestsService({ db, calendar: createCalendar(), storage: s.storage, uploads: s.uploads, now });
  const officer = requireOfficer(s.sessions, createOfficerAuthService({ db, sessions: s.sessions, now }));
  const server = await startTestServer(mountForTest(serviceRequestsRoutes({ serviceRequests, sessions: s.sessions, requireOfficer: officer }), memoryLogger().logger));

  return {
    app,
    server,
    db,
    clock,
    center: AGENCY.TTPVHCC,
    otherAgency: AGENCY.TU_PHAP,
    officer(roles = ["desk"], agencyCode = AGENCY.TTPVHCC) {
      return insertTestOfficer(s, roles, agencyCode);
    },
    call: apiCaller(server.url),
    async upload(token) {
      const res = await fetch(`${app.server.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: pdfForm("giay-to.pdf") });
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { id: string }).id;
    },
    uploadResult(token, code, name = "ban-dich.pdf") {
      return fetch(`${server.url}/api/v1/desk/service-requests/${code}/result-files`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: pdfForm(name) });
    },
    count(table, where) {
      return countRows(db, table, where);
    },
    async reset() {
      clock.now = WEDNESDAY_8AM;
      await truncate(db, serviceTables);
    },
    async close() {
      await server.close();
      await app.close();
    },
  };
}
