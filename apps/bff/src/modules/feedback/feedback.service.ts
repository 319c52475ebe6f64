import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { addDays, fromVnLocal, localDate, type Calendar } from "@motcua/calendar";
import {
  FEEDBACK_DUE_WORKING_DAYS,
  mayBeAnonymous,
  openFeedbackStatuses,
  type AnswerFeedbackRequest,
  type AssignFeedbackRequest,
  type DeskFeedbackDetail,
  type DeskFeedbackList,
  type DeskFeedbackQuery,
  type DismissFeedbackRequest,
  type FeedbackAction,
  type FeedbackCreated,
  type FeedbackDetail,
  type FeedbackStats,
  type FeedbackStatsQuery,
  type FeedbackStatus,
  type FeedbackSummary,
  type FieldError,
  type PublishedFeedback,
  type PublishedFeedbackList,
  type PublishedFeedbackQuery,
  type PublishFeedbackRequest,
  type SubmitFeedbackRequest,
  type TriageFeedbackRequest,
} from "@motcua/contracts";
import { eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { feedback } from "../../db/schema/index.ts";
import { AGENCY } from "../../db/seed/catalog/agencies.ts";
import { AppError } from "../../http/app-error.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { openUpload } from "../uploads/open-upload.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import type { Officer } from "../desk/officer-auth.service.ts";
import { findReplay, requestHash, runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import type { UploadRow } from "../uploads/uploads.repo.ts";
import { toDeskDetail, toDeskSummary, toDetail, toPublished, toSummary } from "./feedback-view.ts";
import {
  applyChange,
  attachPhotos,
  feedbackCounts,
  feedbackPhotos,
  feedbackTimeline,
  findByCode,
  findCitizenFeedback,
  findFeedbackPhoto,
  findPublished,
  insertEvent,
  insertFeedback,
  insertFeedbackNotice,
  listAgencyFeedback,
  listCitizenFeedback,
  listPublished,
  photoFacts,
  senderOf,
  type FeedbackChange,
  type FeedbackRow,
} from "./feedback.repo.ts";
import { newPublicCode, normalizePublicCode } from "../../lib/public-code.ts";
import { redactPersonalData } from "./redact.ts";

export const FEEDBACK_CODE_PREFIX = "PA";
const CITIZEN_LIST_LIMIT = 200;

export interface FeedbackDeps {
  db: Db;
  catalog: CatalogService;
  calendar: Calendar;
  storage: ObjectStorage;
  /** Working days to answer; domain.md §5 gives "about a week". */
  dueWorkingDays?: number;
  /** Where feedback naming no agency and no provincial procedure goes to be triaged: the service center. */
  triageAgencyCode?: string;
  now?: () => Date;
}

const fieldError = (field: string, code: string, message: string, messageEn: string): FieldError => ({ field, code, message, messageEn });
const invalid = (errors: FieldError[]) => new AppError("VALIDATION_FAILED", "Phản ánh chưa hợp lệ, xem chi tiết từng trường.", { errors });

/**
 * Citizens' feedback on administrative reform (phản ánh, kiến nghị): sent with photos, tracked by
 * code, triaged, passed between agencies and answered by their managers within a working-day
 * deadline, then published with the sender's consent and without their personal data.
 */
export function createFeedbackService(deps: FeedbackDeps) {
  const { db, catalog, calendar } = deps;
  const now = deps.now ?? (() => new Date());
  const dueWorkingDays = deps.dueWorkingDays ?? FEEDBACK_DUE_WORKING_DAYS;
  const triageAgencyCode = deps.triageAgencyCode ?? AGENCY.TTPVHCC;
  const names = catalog.names;
  const normalize = (code: string) => normalizePublicCode(FEEDBACK_CODE_PREFIX, code);

  /** The agency named, else the procedure's own (province level), else the service center. */
  function target(body: SubmitFeedbackRequest): { agencyCode: string; requested: string | null; errors: FieldError[] } {
    const snapshot = catalog.snapshot();
    const errors: FieldError[] = [];
    const procedure = body.procedureCode ? snapshot.byCode.get(body.procedureCode)?.procedure : undefined;
    if (body.procedureCode && procedure?.code !== body.procedureCode) {
      errors.push(fieldError("procedureCode", "UNKNOWN_PROCEDURE", "Không có thủ tục với mã này", "Unknown procedure"));
    }
    if (body.agencyCode && !snapshot.agencies.has(body.agencyCode)) {
      errors.push(fieldError("agencyCode", "UNKNOWN_AGENCY", "Không có cơ quan với mã này", "Unknown agency"));
    }
    return { agencyCode: body.agencyCode ?? procedure?.agencyCode ?? triageAgencyCode, requested: body.agencyCode ?? null, errors };
  }

  async function photoErrors(citizenId: string, ids: readonly string[], at: Date): Promise<{ errors: FieldError[]; taken: boolean }> {
    const facts = await photoFacts(db, citizenId, ids);
    const errors: FieldError[] = [];
    let taken = false;
    ids.forEach((id, i) => {
      const field = `photoIds.${i}`;
      const fact = facts.get(id);
      if (!fact) errors.push(fieldError(field, "UNKNOWN_UPLOAD", "Không tìm thấy ảnh đã tải lên; hãy chọn lại ảnh", "Upload not found; choose the photo again"));
      else if (fact.kind === "pdf") errors.push(fieldError(field, "NOT_AN_IMAGE", "Chỉ gửi kèm được ảnh (JPEG, PNG, HEIC)", "Only photos can be attached"));
      else if (fact.dossierId || fact.usedByFeedback) {
        taken = true;
        errors.push(fieldError(field, "ALREADY_USED", "Ảnh này đã được gửi kèm ở nơi khác; hãy tải lại ảnh", "This photo is already attached elsewhere"));
      } else if (fact.expiresAt <= at) errors.push(fieldError(field, "EXPIRED", "Ảnh đã hết hạn lưu tạm; hãy tải lại ảnh", "The upload expired; upload it again"));
    });
    return { errors, taken };
  }

  /** Sends feedback once per Idempotency-Key; a retry after a lost answer gets the first answer. */
  async function submit(citizenId: string, key: string | undefined, body: SubmitFeedbackRequest): Promise<StoredResponse> {
    const at = now();
    const scope = `citizen:${citizenId}:POST /feedback`;
    const destination = target(body);
    const photos = await photoErrors(citizenId, body.photoIds, at);
    const errors = [...destination.errors, ...photos.errors];
    if (errors.length) {
      // The photos may be "taken" by this very request's first attempt.
      const earlier = key && photos.taken ? await findReplay(db, scope, key, requestHash(body)) : undefined;
      if (earlier) return earlier;
      throw invalid(errors);
    }
    const id = randomUUID();
    const code = newPublicCode(FEEDBACK_CODE_PREFIX);
    const dueAt = calendar.dueAt(at, { value: dueWorkingDays, unit: "WORKING_DAY", cutoff: null }).dueAt;
    const created: FeedbackCreated = { id, code, status: "RECEIVED", createdAt: at.toISOString(), dueAt: dueAt.toISOString() };
    return runIdempotent(db, { scope, key, body, now: at }, async (tx) => {
      await insertFeedback(
        tx,
        {
          id,
          code,
          citizenId,
          category: body.category,
          requestedAgencyCode: destination.requested,
          agencyCode: destination.agencyCode,
          procedureCode: body.procedureCode ?? null,
          text: body.text,
          anonymous: body.anonymous,
          contactPhone: body.contactPhone ?? null,
          publishConsent: body.publishConsent,
          status: "RECEIVED",
          createdAt: at,
          dueAt,
          updatedAt: at,
        },
        {
          feedbackId: id,
          at,
          actorType: "citizen",
          actorId: citizenId,
          action: "submit",
          toStatus: "RECEIVED",
          agencyCode: destination.agencyCode,
          data: { photos: body.photoIds.length },
        },
      );
      if (!(await attachPhotos(tx, citizenId, id, body.photoIds, at))) {
        throw new AppError("CONFLICT", "Một ảnh vừa được gửi kèm ở nơi khác; hãy tải lại ảnh.");
      }
      return { status: 201, body: created };
    });
  }

  async function citizenDetail(citizenId: string, code: string): Promise<FeedbackDetail> {
    const row = await findCitizenFeedback(db, citizenId, normalize(code));
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy phản ánh với mã này.");
    return toDetail(row, names, await feedbackPhotos(db, row.id));
  }

  /** The agency's own feedback; another agency's is refused as such, so a misdirected officer knows. */
  async function agencyFeedback(officer: Officer, code: string, tx: Db = db): Promise<FeedbackRow> {
    const row = await findByCode(tx, normalize(code));
    if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy phản ánh với mã này.");
    if (row.agencyCode !== officer.agencyCode) throw new AppError("FORBIDDEN", "Phản ánh này do cơ quan khác xử lý.");
    return row;
  }

  async function deskDetailOf(tx: Db, row: FeedbackRow): Promise<DeskFeedbackDetail> {
    // One after another: inside a transaction they share one connection.
    const photos = await feedbackPhotos(tx, row.id);
    const sender = row.anonymous ? undefined : await senderOf(tx, row.citizenId);
    const events = await feedbackTimeline(tx, row.id);
    return toDeskDetail(row, names, { photos, sender, events }, now());
  }

  interface Step {
    from: readonly FeedbackStatus[];
    change: Omit<FeedbackChange, "id" | "agencyCode" | "from">;
    /** Whether the citizen is told (answer, dismissal). */
    notice?: "answer" | "dismiss";
    note?: string | null;
    data?: Record<string, unknown>;
  }

  /** Runs one manager step: guarded update, event and notice in one transaction. */
  async function run(officer: Officer, code: string, action: FeedbackAction, plan: (row: FeedbackRow, at: Date) => Step): Promise<DeskFeedbackDetail> {
    const at = now();
    return db.transaction(async (tx) => {
      const current = await agencyFeedback(officer, code, tx);
      const step = plan(current, at);
      const row = await applyChange(tx, { id: current.id, agencyCode: officer.agencyCode, from: step.from, ...step.change }, at);
      if (!row) throw await refusal(tx, officer, current.id, action);
      await insertEvent(tx, {
        feedbackId: row.id,
        at,
        actorType: "officer",
        actorId: officer.id,
        action,
        fromStatus: row.previousStatus,
        toStatus: row.status,
        agencyCode: row.agencyCode,
        note: step.note ?? null,
        data: step.data ?? null,
      });
      if (step.notice) await insertFeedbackNotice(tx, row, step.notice, at);
      return deskDetailOf(tx, row);
    });
  }

  /** Why a guarded update changed nothing: it moved to another agency, or its state no longer allows the step. */
  async function refusal(tx: Db, officer: Officer, id: string, action: FeedbackAction): Promise<AppError> {
    const [row] = await tx.select().from(feedback).where(eq(feedback.id, id));
    if (!row) return new AppError("NOT_FOUND", "Không tìm thấy phản ánh với mã này.");
    if (row.agencyCode !== officer.agencyCode) return new AppError("FORBIDDEN", "Phản ánh này vừa được chuyển cho cơ quan khác.");
    if (action === "publish" && row.status === "ANSWERED" && !row.publishConsent) {
      return new AppError("CONFLICT", "Người gửi không đồng ý công khai phản ánh này.");
    }
    if (action === "unpublish" && row.status === "ANSWERED") return new AppError("CONFLICT", "Phản ánh này chưa được công khai.");
    return new AppError("ILLEGAL_TRANSITION", `Không thể thực hiện thao tác này khi phản ánh ở trạng thái ${row.status}.`);
  }

  const open = openFeedbackStatuses;

  return {
    submit,

    async listOwn(citizenId: string): Promise<FeedbackSummary[]> {
      return (await listCitizenFeedback(db, citizenId, CITIZEN_LIST_LIMIT)).map((row) => toSummary(row, names));
    },

    detailOwn: citizenDetail,

    async published(query: PublishedFeedbackQuery): Promise<PublishedFeedbackList> {
      const { rows, total } = await listPublished(db, query);
      return { items: rows.map((row) => toPublished(row, names)), total, page: query.page, pageSize: query.pageSize };
    },

    async publishedOne(code: string): Promise<PublishedFeedback> {
      const row = await findPublished(db, normalize(code));
      if (!row) throw new AppError("NOT_FOUND", "Không có phản ánh đã công khai với mã này.");
      return toPublished(row, names);
    },

    async list(officer: Officer, query: DeskFeedbackQuery): Promise<DeskFeedbackList> {
      const at = now();
      const { rows, total } = await listAgencyFeedback(db, officer.agencyCode, query, at);
      return { items: rows.map((row) => toDeskSummary(row, names, at)), total, page: query.page, pageSize: query.pageSize };
    },

    async detail(officer: Officer, code: string): Promise<DeskFeedbackDetail> {
      return deskDetailOf(db, await agencyFeedback(officer, code));
    },

    triage: (officer: Officer, code: string, body: TriageFeedbackRequest) =>
      run(officer, code, "triage", (row) => {
        if (body.category && row.anonymous && !mayBeAnonymous(body.category)) {
          throw invalid([fieldError("category", "ANONYMOUS_NOT_ALLOWED", "Góp ý ẩn danh chỉ có thể là kiến nghị, đề xuất", "Anonymous feedback can only be a proposal")]);
        }
        return {
          from: ["RECEIVED"],
          change: { set: { status: "IN_PROGRESS", ...(body.category ? { category: body.category } : {}) } },
          note: body.note ?? null,
          data: body.category && body.category !== row.category ? { category: { from: row.category, to: body.category } } : {},
        };
      }),

    assign: (officer: Officer, code: string, body: AssignFeedbackRequest) =>
      run(officer, code, "assign", () => {
        if (!catalog.snapshot().agencies.has(body.agencyCode)) {
          throw invalid([fieldError("agencyCode", "UNKNOWN_AGENCY", "Không có cơ quan với mã này", "Unknown agency")]);
        }
        if (body.agencyCode === officer.agencyCode) {
          throw invalid([fieldError("agencyCode", "SAME_AGENCY", "Phản ánh đang do chính cơ quan này xử lý", "The feedback is already with this agency")]);
        }
        // The receiving agency triages it afresh; the deadline set at receipt stays.
        return { from: open, change: { set: { status: "RECEIVED", agencyCode: body.agencyCode } }, note: body.note ?? null, data: { from: officer.agencyCode } };
      }),

    answer: (officer: Officer, code: string, body: AnswerFeedbackRequest) =>
      run(officer, code, "answer", (_row, at) => ({
        from: open,
        change: { set: { status: "ANSWERED", answer: body.answer, answeredAt: at, answeredBy: officer.id } },
        notice: "answer",
      })),

    dismiss: (officer: Officer, code: string, body: DismissFeedbackRequest) =>
      run(officer, code, "dismiss", () => ({
        from: open,
        change: { set: { status: "DISMISSED", dismissReason: body.reason } },
        note: body.reason,
        notice: "dismiss",
      })),

    publish: (officer: Officer, code: string, body: PublishFeedbackRequest) =>
      run(officer, code, "publish", (row, at) => ({
        from: ["ANSWERED"],
        change: {
          also: eq(feedback.publishConsent, true),
          set: {
            publicQuestion: redactPersonalData(body.question),
            publicAnswer: redactPersonalData(body.answer ?? row.answer ?? ""),
            publishedAt: row.publishedAt ?? at,
          },
        },
      })),

    unpublish: (officer: Officer, code: string) =>
      run(officer, code, "unpublish", () => ({
        from: ["ANSWERED"],
        change: { also: isNotNull(feedback.publishedAt), set: { publishedAt: null, publicQuestion: null, publicAnswer: null } },
      })),

    async openPhoto(officer: Officer, code: string, uploadId: string): Promise<{ upload: UploadRow; body: Readable }> {
      const row = await agencyFeedback(officer, code);
      return openUpload(deps.storage, await findFeedbackPhoto(db, row.id, uploadId), () => new AppError("NOT_FOUND", "Không tìm thấy ảnh."));
    },

    /** The agency's feedback received from `from` to `to` (Vietnam days, both included). */
    async stats(officer: Officer, query: FeedbackStatsQuery): Promise<FeedbackStats> {
      const start = fromVnLocal(localDate(query.from));
      const end = fromVnLocal(addDays(localDate(query.to), 1));
      const counts = await feedbackCounts(db, officer.agencyCode, start, end, now());
      const answered = counts.answeredOnTime + counts.answeredLate;
      return { from: query.from, to: query.to, ...counts, onTimeRate: answered === 0 ? null : counts.answeredOnTime / answered };
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
