import type { Readable } from "node:stream";
import { isLocalDate, localDate, type Calendar } from "@motcua/calendar";
import {
  quoteTotal,
  TRANSLATION_MAX_RESULT_FILES,
  type CompleteServiceRequest,
  type DeskServiceRequestDetail,
  type DeskServiceRequestList,
  type DeskServiceRequestQuery,
  type QuoteServiceRequest,
  type RejectServiceRequest,
  type ScheduleServiceRequest,
  type StartServiceRequest,
} from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { hasBegun, vnClock } from "../appointments/booking-window.ts";
import type { Officer } from "../desk/officer-auth.service.ts";
import { openUpload } from "../uploads/open-upload.ts";
import type { UploadRow } from "../uploads/uploads.repo.ts";
import type { UploadsService } from "../uploads/uploads.service.ts";
import { fieldError, invalid } from "./service-request-checks.ts";
import { deskDetailOf, normalizeCode, notFound, type ServiceSteps, type Step } from "./service-request-steps.ts";
import { toDeskSummary } from "./service-request-view.ts";
import { attachFiles, detachResult, findByCode, findRequestFile, holdsResultFile, listAgencyRequests, resultCount, type ServiceRequestRow } from "./service-requests.repo.ts";
import { canTake, type ServiceAction } from "./state-machine.ts";

export interface DeskServiceRequestsDeps {
  db: Db;
  calendar: Calendar;
  storage: ObjectStorage;
  uploads: UploadsService;
  /** Who provides these services: the public administration service center. */
  agencyCode: string;
  steps: ServiceSteps;
}

/** The center's side of consulting and translation requests: its list, quotes, schedules, results. */
export function deskServiceRequests({ db, calendar, storage, uploads, agencyCode, steps }: DeskServiceRequestsDeps) {
  const { run, refusal } = steps;

  function assertCenterOfficer(officer: Officer): void {
    if (officer.agencyCode !== agencyCode) {
      throw new AppError("FORBIDDEN", "Yêu cầu tư vấn, dịch thuật do Trung tâm Phục vụ hành chính công xử lý.");
    }
  }

  /** The center's own request; another agency's officer is refused as such, so they know they are in the wrong place. */
  async function centerRequest(officer: Officer, code: string): Promise<ServiceRequestRow> {
    const row = await findByCode(db, normalizeCode(code));
    if (!row) throw notFound();
    if (row.agencyCode !== officer.agencyCode) throw new AppError("FORBIDDEN", "Yêu cầu này do cơ quan khác xử lý.");
    return row;
  }

  const officerStep = async (officer: Officer, code: string, action: ServiceAction, plan: (row: ServiceRequestRow, at: Date) => Step) =>
    run({ type: "officer", officer }, await centerRequest(officer, code), action, plan, deskDetailOf);

  return {
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
      return openUpload(storage, await findRequestFile(db, row.id, uploadId), () => new AppError("NOT_FOUND", "Không tìm thấy tệp."));
    },
  };
}
