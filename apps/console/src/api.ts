import type {
  AgencyScheduleView,
  AppointmentSchedule,
  DeskAppointment,
  DeskAppointmentDay,
  DeskFeedbackDetail,
  DeskFeedbackList,
  FeedbackAction,
  FeedbackCategory,
  FeedbackHandlingResponse,
  FeedbackStats,
  FeedbackStatus,
} from "@motcua/contracts";
import type {
  Agency,
  DeskActionCommand,
  DeskDossierDetail,
  DeskDossierList,
  DossierStatus,
  HolidayEntryInput,
  HolidayList,
  OfficerProfile,
  OfficerSessionGrant,
  ProcedureDetail,
  RevealIdResult,
  SatisfactionResponse,
  StatsGroupBy,
  StatsResponse,
  Province,
  Ward,
} from "@motcua/contracts";
import { request, requestJson } from "./lib/http.ts";

// Every call the console makes, in one place: when the lead mounts the desk routes in app.ts, this
// file alone switches to `createApiClient` from @motcua/bff/client.

const API = "/api/v1";

export type DocumentKind = "receipt" | "supplement-request" | "refusal" | "apology";

export interface QueueQuery {
  status?: DossierStatus;
  q?: string;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

/** A dossier together with its ETag, which every action must send back as If-Match. */
export interface VersionedDossier {
  dossier: DeskDossierDetail;
  etag: string;
}

const versioned = ({ data, etag }: { data: DeskDossierDetail; etag: string | null }): VersionedDossier => ({
  dossier: data,
  etag: etag ?? `"v${data.version}"`,
});

const id = (value: string) => encodeURIComponent(value);

export async function signIn(username: string, password: string): Promise<OfficerSessionGrant> {
  return (await requestJson<OfficerSessionGrant>(`${API}/desk/sessions`, { method: "POST", body: { username, password }, anonymous: true })).data;
}

export async function signOut(): Promise<void> {
  await request(`${API}/desk/sessions/logout`, { method: "POST" });
}

export async function me(): Promise<OfficerProfile> {
  return (await requestJson<OfficerProfile>(`${API}/desk/me`)).data;
}

export async function listDossiers(query: QueueQuery, signal?: AbortSignal): Promise<DeskDossierList> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.status) params.set("status", query.status);
  if (query.q) params.set("q", query.q);
  if (query.overdue) params.set("overdue", "true");
  return (await requestJson<DeskDossierList>(`${API}/desk/dossiers?${params}`, signal ? { signal } : {})).data;
}

export async function getDossier(dossierId: string): Promise<VersionedDossier> {
  return versioned(await requestJson<DeskDossierDetail>(`${API}/desk/dossiers/${id(dossierId)}`));
}

export async function revealId(dossierId: string, reason: string): Promise<RevealIdResult> {
  return (await requestJson<RevealIdResult>(`${API}/desk/dossiers/${id(dossierId)}/reveal-id`, { method: "POST", body: { reason } })).data;
}

export async function act(dossierId: string, command: DeskActionCommand, etag: string): Promise<VersionedDossier> {
  const { action, ...body } = command;
  const path = `${API}/desk/dossiers/${id(dossierId)}/actions/${action}`;
  return versioned(await requestJson<DeskDossierDetail>(path, { method: "POST", body, ifMatch: etag }));
}

/** The file's bytes: the route needs the bearer token, so it cannot be a plain link. */
export async function fetchUpload(uploadId: string): Promise<Blob> {
  return (await request(`${API}/desk/uploads/${id(uploadId)}`)).blob();
}

export async function fetchDocument(dossierId: string, kind: DocumentKind): Promise<string> {
  return (await request(`${API}/desk/dossiers/${id(dossierId)}/documents/${kind}`)).text();
}

export async function getProcedure(code: string): Promise<ProcedureDetail> {
  return (await requestJson<ProcedureDetail>(`${API}/procedures/${id(code)}`, { anonymous: true })).data;
}

export async function listAgencies(): Promise<Agency[]> {
  return (await requestJson<{ items: Agency[] }>(`${API}/agencies`, { anonymous: true })).data.items;
}

export async function stats(from: string, to: string, groupBy: StatsGroupBy): Promise<StatsResponse> {
  const params = new URLSearchParams({ from, to, groupBy });
  return (await requestJson<StatsResponse>(`${API}/desk/stats?${params}`)).data;
}

export async function satisfaction(from: string, to: string, groupBy: StatsGroupBy, agency?: string): Promise<SatisfactionResponse> {
  const params = new URLSearchParams({ from, to, groupBy, ...(agency ? { agency } : {}) });
  return (await requestJson<SatisfactionResponse>(`${API}/desk/stats/satisfaction?${params}`)).data;
}

export async function feedbackHandling(from: string, to: string): Promise<FeedbackHandlingResponse> {
  return (await requestJson<FeedbackHandlingResponse>(`${API}/desk/stats/feedback-handling?${new URLSearchParams({ from, to })}`)).data;
}

export async function listProvinces(): Promise<Province[]> {
  return (await requestJson<{ items: Province[] }>(`${API}/provinces`, { anonymous: true })).data.items;
}

export async function listWards(provinceCode: string): Promise<Ward[]> {
  return (await requestJson<{ items: Ward[] }>(`${API}/wards?province=${id(provinceCode)}`, { anonymous: true })).data.items;
}

export async function listHolidays(year: number, signal?: AbortSignal): Promise<HolidayList> {
  return (await requestJson<HolidayList>(`${API}/desk/holidays?year=${year}`, signal ? { signal } : {})).data;
}

/** Adds or replaces the entry of `date`; answers with that year's list. */
export async function saveHoliday(date: string, entry: HolidayEntryInput): Promise<HolidayList> {
  return (await requestJson<HolidayList>(`${API}/desk/holidays/${id(date)}`, { method: "PUT", body: entry })).data;
}

export async function removeHoliday(date: string): Promise<HolidayList> {
  return (await requestJson<HolidayList>(`${API}/desk/holidays/${id(date)}`, { method: "DELETE" })).data;
}

// ---- Feedback on administrative reform (managers) and counter appointments ----

export interface FeedbackQuery {
  status?: FeedbackStatus;
  category?: FeedbackCategory;
  q?: string;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

export async function listFeedback(query: FeedbackQuery, signal?: AbortSignal): Promise<DeskFeedbackList> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.status) params.set("status", query.status);
  if (query.category) params.set("category", query.category);
  if (query.q) params.set("q", query.q);
  if (query.overdue) params.set("overdue", "true");
  return (await requestJson<DeskFeedbackList>(`${API}/desk/feedback?${params}`, signal ? { signal } : {})).data;
}

export async function getFeedback(code: string): Promise<DeskFeedbackDetail> {
  return (await requestJson<DeskFeedbackDetail>(`${API}/desk/feedback/${id(code)}`)).data;
}

export async function feedbackAction(code: string, action: FeedbackAction, body: object): Promise<DeskFeedbackDetail> {
  return (await requestJson<DeskFeedbackDetail>(`${API}/desk/feedback/${id(code)}/${action}`, { method: "POST", body })).data;
}

export async function fetchFeedbackPhoto(code: string, uploadId: string): Promise<Blob> {
  return (await request(`${API}/desk/feedback/${id(code)}/photos/${id(uploadId)}`)).blob();
}

export async function feedbackStats(from: string, to: string): Promise<FeedbackStats> {
  return (await requestJson<FeedbackStats>(`${API}/desk/stats/feedback?${new URLSearchParams({ from, to })}`)).data;
}

export async function appointmentsOf(date: string, signal?: AbortSignal): Promise<DeskAppointmentDay> {
  return (await requestJson<DeskAppointmentDay>(`${API}/desk/appointments?date=${id(date)}`, signal ? { signal } : {})).data;
}

/** By the ticket's code, as a scanner types it or an officer reads it. */
export async function checkIn(code: string): Promise<DeskAppointment> {
  return (await requestJson<DeskAppointment>(`${API}/desk/appointments/${id(code)}/check-in`, { method: "POST", body: {} })).data;
}

export async function appointmentSchedule(): Promise<AgencyScheduleView> {
  return (await requestJson<AgencyScheduleView>(`${API}/desk/appointments/schedule`)).data;
}

export async function saveAppointmentSchedule(schedule: AppointmentSchedule): Promise<AgencyScheduleView> {
  return (await requestJson<AgencyScheduleView>(`${API}/desk/appointments/schedule`, { method: "PUT", body: schedule })).data;
}
