import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { isLocalDate, localDate, type Calendar } from "@motcua/calendar";
import {
  quoteTotal,
  TRANSLATION_MAX_RESULT_FILES,
  type AcceptServiceQuoteRequest,
  type CancelServiceRequest,
  type CompleteServiceRequest,
  type DeskServiceRequestDetail,
  type DeskServiceRequestList,
  type DeskServiceRequestQuery,
  type FieldError,
  type QuoteServiceRequest,
  type RejectServiceRequest,
  type ScheduleServiceRequest,
  type ServiceRequestCreated,
  type ServiceRequestDetail,
  type ServiceRequestKind,
  type ServiceRequestSummary,
  type StartServiceRequest,
  type SubmitConsultingRequest,
  type SubmitTranslationRequest,
} from "@motcua/contracts";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { serviceRequest } from "../../db/schema/index.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { openUpload } from "../uploads/open-upload.ts";
import { newPublicCode, normalizePublicCode } from "../../lib/public-code.ts";
import { hasBegun, vnClock } from "../appointments/booking-window.ts";
import type { Officer } from "../desk/officer-auth.service.ts";
import { findReplay, requestHash, runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import type { UploadRow } from "../uploads/uploads.repo.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";
import { documentErrors, fieldError, invalid, preferredDateErrors } from "./service-request-checks.ts";
import { toDeskDetail, toDeskSummary, toDetail, toSummary } from "./service-request-view.ts";
import {
  applyChange,
  attachFiles,
  detachResult,
  findById,
  findByCode,
  findCitizenRequest,
  findRequestFile,
  holdsResultFile,
  insertEvent,
  insertRequest,
  insertServiceNotice,
  listAgencyRequests,
  listCitizenRequests,
  requestFiles,
  requestTimeline,
  resultCount,
  senderOf,
  type ServiceChange,
  type ServiceRequestRow,
} from "./service-requests.repo.ts";
import { canTake, fromStates, serviceTransitions, type ServiceAction } from "./state-machine.ts";

export const SERVICE_REQUEST_CODE_PREFIX = "DV";
const CITIZEN_LIST_LIMIT = 200;

export interface ServiceRequestsDeps {
  db: Db;
  calendar: Calendar;
  storage: ObjectStorage;
  /** Officers' result files arrive through the same checks as citizens' uploads. */
  uploads: UploadsService;
  /** Who provides these services: the public administration service center. */
  agencyCode?: string;
  now?: () => Date;
}

const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy yêu cầu với mã này.");

/**
 * Business consulting and document translation (issue 6): the citizen asks in the mini app and
 * follows the request by code; the center quotes a translation, the citizen accepts the price, the
 * center returns the translated files; a consultation is scheduled or answered in writing.
 * Every change is one guarded update, an event and, where the citizen must act or learn of it, a
 * notice, in one transaction.
 */
export function createServiceRequestsService(deps: ServiceRequestsDeps) {
  const { db, calendar, uploads } = deps;
  const now = deps.now ?? (() => new Date());
  const agencyCode = deps.agencyCode ?? AGENCY.TTPVHCC;
  const normalize = (code: string) => normalizePublicCode(SERVICE_REQUEST_CODE_PREFIX, code);

  type Submitted = Omit<typeof serviceRequest.$inferInsert, "id" | "code" | "citizenId" | "kind" | "agencyCode" | "status" | "createdAt" | "updatedAt">;

  interface Submission {
    kind: ServiceRequestKind;
    /** As sent, for the idempotency key's hash. */
    body: SubmitConsultingRequest | SubmitTranslationRequest;
    fields: Submitted;
    documentIds: readonly string[];
    errors: FieldError[];
    /** Whether a document is held by something, perhaps this request's first attempt. */
    taken: boolean;
  }

  /** Files once per Idempotency-Key; a retry after a lost answer gets the first answer. */
  async function submit(citizenId: string, key: string | undefined, { kind, body, fields, documentIds, errors, taken }: Submission): Promise<StoredResponse> {
    const at = now();
    const scope = `citizen:${citizenId}:POST /service-requests/${kind.toLowerCase()}`;
    if (errors.length) {
      const earlier = key && taken ? await findReplay(db, scope, key, requestHash(body)) : undefined;
      if (earlier) return earlier;
      throw invalid(errors);
    }
    const id = randomUUID();
    const code = newPublicCode(SERVICE_REQUEST_CODE_PREFIX);
    const created: ServiceRequestCreated = { id, code, kind, status: "SUBMITTED", createdAt: at.toISOString() };
    return runIdempotent(db, { scope, key, body, now: at }, async (tx) => {
      await insertRequest(
        tx,
        { ...fields, id, code, citizenId, kind, agencyCode, status: "SUBMITTED", createdAt: at, updatedAt: at },
        { requestId: id, at, actorType: "citizen", actorId: citizenId, action: "submit", toStatus: "SUBMITTED", data: documentIds.length ? { documents: documentIds.length } : null },
      );
      if (!(await attachFiles(tx, { citizenId, requestId: id, uploadIds: documentIds, role: "DOCUMENT", addedBy: null, firstPosition: 0 }, at))) {
        throw new AppError("CONFLICT", "Một tệp vừa được gửi kèm ở nơi khác; hãy tải lại tệp.");
      }
      return { status: 201, body: created };
    });
  }

  const contactOf = (body: SubmitConsultingRequest | SubmitTranslationRequest) => ({
    contactName: body.contact.name,
    contactPhone: body.contact.phone,
    contactEmail: body.contact.email ?? null,
  });

  async function submitConsulting(citizenId: string, key: string | undefined, body: SubmitConsultingRequest): Promise<StoredResponse> {
    const fields: Submitted = {
      ...contactOf(body),
      topic: body.topic,
      topicOther: body.topicOther ?? null,
      question: body.question,
      preferredDate: body.preferredDate,
      preferredPeriod: body.preferredPeriod,
    };
    return submit(citizenId, key, { kind: "CONSULTING", body, fields, documentIds: [], errors: preferredDateErrors(calendar, body.preferredDate, now()), taken: false });
  }

  async function submitTranslation(citizenId: string, key: string | undefined, body: SubmitTranslationRequest): Promise<StoredResponse> {
    const documents = await documentErrors(db, citizenId, body.documentIds, now());
    const fields: Submitted = {
      ...contactOf(body),
      sourceLanguage: body.sourceLanguage,
      targetLanguage: body.targetLanguage,
      declaredPages: body.pages,
      notarised: body.notarised,
      note: body.note || null,
    };
    return submit(citizenId, key, { kind: "TRANSLATION", body, fields, documentIds: body.documentIds, ...documents });
  }

  async function citizenDetailOf(tx: Db, row: ServiceRequestRow): Promise<ServiceRequestDetail> {
    // One after another: inside a transaction they share one connection.
    const files = await requestFiles(tx, row.id);
    return toDetail(row, files, await requestTimeline(tx, row.id));
  }

  async function deskDetailOf(tx: Db, row: ServiceRequestRow): Promise<DeskServiceRequestDetail> {
    const files = await requestFiles(tx, row.id);
    const events = await requestTimeline(tx, row.id);
    return toDeskDetail(row, { files, events, sender: await senderOf(tx, row.citizenId) });
  }

  function assertCenterOfficer(officer: Officer): void {
    if (officer.agencyCode !== agencyCode) {
      throw new AppError("FORBIDDEN", "Yêu cầu tư vấn, dịch thuật do Trung tâm Phục vụ hành chính công xử lý.");
    }
  }

  /** The center's own request; another agency's officer is refused as such, so they know they are in the wrong place. */
  async function centerRequest(officer: Officer, code: string): Promise<ServiceRequestRow> {
    const row = await findByCode(db, normalize(code));
    if (!row) throw notFound();
    if (row.agencyCode !== officer.agencyCode) throw new AppError("FORBIDDEN", "Yêu cầu này do cơ quan khác xử lý.");
    return row;
  }

  /** Why a guarded update changed nothing: the state moved on, or the step needs something it lacks. */
  async function refusal(tx: Db, id: string, action: ServiceAction, body?: { totalVnd?: number }): Promise<AppError> {
    const row = await findById(tx, id);
    if (!row) return notFound();
    if (action === "accept" && row.status === "QUOTED" && row.quoteTotal !== body?.totalVnd) {
      return new AppError("CONFLICT", "Báo giá vừa được thay đổi; hãy xem lại giá mới rồi đồng ý.");
    }
    if (action === "complete" && canTake("complete", row)) {
      return new AppError("CONFLICT", "Hãy tải lên ít nhất một tệp bản dịch trước khi hoàn thành.");
    }
    if (fromStates(action, row.kind).length === 0) {
      return new AppError("ILLEGAL_TRANSITION", `Yêu cầu ${row.kind === "CONSULTING" ? "tư vấn" : "dịch thuật"} không có bước này.`);
    }
    return new AppError("ILLEGAL_TRANSITION", `Không thể thực hiện thao tác này khi yêu cầu ở trạng thái ${row.status}.`);
  }

  interface Step {
    set?: ServiceChange["set"];
    also?: ServiceChange["also"];
    note?: string | null;
    data?: Record<string, unknown> | null;
    /** More work in the same transaction once the update went through (binding files). */
    effect?: (tx: Db, row: ServiceRequestRow, at: Date) => Promise<void>;
  }

  type Actor = { type: "citizen"; id: string } | { type: "officer"; officer: Officer };

  /** One step: guarded update, event and notice in one transaction; `plan` may refuse with 422 first. */
  async function run<T>(actor: Actor, row: ServiceRequestRow, action: ServiceAction, plan: (row: ServiceRequestRow, at: Date) => Step, view: (tx: Db, row: ServiceRequestRow) => Promise<T>, refusalBody?: { totalVnd?: number }): Promise<T> {
    const at = now();
    const step = plan(row, at);
    const rule = serviceTransitions[action];
    return db.transaction(async (tx) => {
      const changed = await applyChange(
        tx,
        {
          id: row.id,
          kind: row.kind,
          owner: actor.type === "citizen" ? { citizenId: actor.id } : { agencyCode: actor.officer.agencyCode },
          from: fromStates(action, row.kind),
          also: step.also,
          set: { status: rule.to, ...step.set },
        },
        at,
      );
      if (!changed) throw await refusal(tx, row.id, action, refusalBody);
      await step.effect?.(tx, changed, at);
      await insertEvent(tx, {
        requestId: changed.id,
        at,
        actorType: actor.type,
        actorId: actor.type === "citizen" ? actor.id : actor.officer.id,
        action,
        fromStatus: changed.previousStatus,
        toStatus: changed.status,
        note: step.note ?? null,
        data: step.data ?? null,
      });
      if (rule.notify) await insertServiceNotice(tx, changed, action, at);
      return view(tx, changed);
    });
  }

  async function ownRequest(citizenId: string, code: string): Promise<ServiceRequestRow> {
    const row = await findCitizenRequest(db, citizenId, normalize(code));
    if (!row) throw notFound();
    return row;
  }

  const citizenStep = async (citizenId: string, code: string, action: "accept" | "cancel", plan: (row: ServiceRequestRow) => Step, refusalBody?: { totalVnd?: number }) =>
    run({ type: "citizen", id: citizenId }, await ownRequest(citizenId, code), action, plan, citizenDetailOf, refusalBody);

  const officerStep = async (officer: Officer, code: string, action: ServiceAction, plan: (row: ServiceRequestRow, at: Date) => Step) =>
    run({ type: "officer", officer }, await centerRequest(officer, code), action, plan, deskDetailOf);

  return {
    submitConsulting,
    submitTranslation,

    async listOwn(citizenId: string): Promise<ServiceRequestSummary[]> {
      return (await listCitizenRequests(db, citizenId, CITIZEN_LIST_LIMIT)).map(toSummary);
    },

    async detailOwn(citizenId: string, code: string): Promise<ServiceRequestDetail> {
      return citizenDetailOf(db, await ownRequest(citizenId, code));
    },

    accept: (citizenId: string, code: string, body: AcceptServiceQuoteRequest) =>
      citizenStep(citizenId, code, "accept", () => ({ also: eq(serviceRequest.quoteTotal, body.totalVnd), data: { totalVnd: body.totalVnd } }), body),

    cancel: (citizenId: string, code: string, body: CancelServiceRequest) => citizenStep(citizenId, code, "cancel", () => ({ note: body.reason || null })),

    async list(officer: Officer, query: DeskServiceRequestQuery): Promise<DeskServiceRequestList> {
      assertCenterOfficer(officer);
      const { rows, total } = await listAgencyRequests(db, officer.agencyCode, query);
      return { items: rows.map(toDeskSummary), total, page: query.page, pageSize: query.pageSize };
    },

    async detail(officer: Officer, code: string): Promise<DeskServiceRequestDetail> {
      return deskDetailOf(db, await centerRequest(officer, code));
    },

    quote: (officer: Officer, code: string, body: QuoteServiceRequest) =>
      officerStep(officer, code, "quote", (row, at) => {
        if (body.notarisationFeeVnd > 0 && !row.notarised) {
          throw invalid([fieldError("notarisationFeeVnd", "NOT_NOTARISED", "Người gửi không yêu cầu công chứng bản dịch", "The sender did not ask for notarisation")]);
        }
        const total = quoteTotal(body);
        return {
          set: {
            quotePages: body.pages,
            quotePricePerPage: body.pricePerPageVnd,
            quoteNotarisationFee: body.notarisationFeeVnd,
            quoteTotal: total,
            quoteNote: body.note || null,
            quotedAt: at,
          },
          note: body.note || null,
          data: { pages: body.pages, pricePerPageVnd: body.pricePerPageVnd, notarisationFeeVnd: body.notarisationFeeVnd, totalVnd: total },
        };
      }),

    schedule: (officer: Officer, code: string, body: ScheduleServiceRequest) =>
      officerStep(officer, code, "schedule", (_row, at) => {
        if (!isLocalDate(body.date) || !calendar.isWorkingDay(localDate(body.date)) || hasBegun(body.date, body.time, vnClock(at))) {
          throw invalid([fieldError("date", "DAY_NOT_AVAILABLE", "Hãy hẹn vào một ngày làm việc, chưa qua", "Choose a working day that has not passed")]);
        }
        return {
          set: { scheduledDate: body.date, scheduledTime: body.time, schedulePlace: body.place, scheduleNote: body.note || null, scheduledAt: at },
          note: body.note || null,
          data: { date: body.date, time: body.time, place: body.place },
        };
      }),

    start: (officer: Officer, code: string, body: StartServiceRequest) => officerStep(officer, code, "start", () => ({ note: body.note || null })),

    complete: (officer: Officer, code: string, body: CompleteServiceRequest) =>
      officerStep(officer, code, "complete", (row, at) => {
        if (row.kind === "CONSULTING" && !body.answer) {
          throw invalid([fieldError("answer", "REQUIRED", "Hãy ghi nội dung tư vấn gửi người hỏi", "Write the answer for the citizen")]);
        }
        return {
          set: { answer: body.answer ?? null, completedAt: at, completedBy: officer.id },
          also: row.kind === "TRANSLATION" ? holdsResultFile : undefined,
        };
      }),

    reject: (officer: Officer, code: string, body: RejectServiceRequest) =>
      officerStep(officer, code, "reject", () => ({ set: { rejectReason: body.reason }, note: body.reason })),

    /** Receives one result file (multipart, like POST /uploads) into the citizen's files and binds it to the request. */
    async addResult(officer: Officer, code: string, request: Request): Promise<DeskServiceRequestDetail> {
      const row = await centerRequest(officer, code);
      // Refused before the body is read: the wrong state, or enough files already.
      if (!canTake("attach_result", row)) throw await refusal(db, row.id, "attach_result");
      const tooMany = () => new AppError("CONFLICT", `Mỗi yêu cầu có tối đa ${TRANSLATION_MAX_RESULT_FILES} tệp kết quả.`);
      if ((await resultCount(db, row.id)).files >= TRANSLATION_MAX_RESULT_FILES) throw tooMany();
      const received = await uploads.receive(row.citizenId, request);
      try {
        return await run({ type: "officer", officer }, row, "attach_result", () => ({
          note: received.displayName,
          data: { uploadId: received.id },
          effect: async (tx, changed, at) => {
            const { files, nextPosition } = await resultCount(tx, changed.id);
            if (files >= TRANSLATION_MAX_RESULT_FILES) throw tooMany();
            const file = { citizenId: changed.citizenId, requestId: changed.id, uploadIds: [received.id], role: "RESULT" as const, addedBy: officer.id, firstPosition: nextPosition };
            if (!(await attachFiles(tx, file, at))) throw new AppError("CONFLICT", "Tệp vừa tải lên không còn; hãy tải lại.");
          },
        }), deskDetailOf);
      } catch (err) {
        // Nothing holds the upload now; it would only wait for the sweeper.
        await uploads.remove(row.citizenId, received.id).catch(() => undefined);
        throw err;
      }
    },

    removeResult: (officer: Officer, code: string, uploadId: string) =>
      officerStep(officer, code, "detach_result", () => ({
        data: { uploadId },
        effect: async (tx, changed, at) => {
          if (!(await detachResult(tx, changed.id, uploadId, at))) throw new AppError("NOT_FOUND", "Không có tệp kết quả này.");
        },
      })),

    async openFile(officer: Officer, code: string, uploadId: string): Promise<{ upload: UploadRow; body: Readable }> {
      const row = await centerRequest(officer, code);
      return openUpload(deps.storage, await findRequestFile(db, row.id, uploadId), () => new AppError("NOT_FOUND", "Không tìm thấy tệp."));
    },
  };
}

export type ServiceRequestsService = ReturnType<typeof createServiceRequestsService>;
