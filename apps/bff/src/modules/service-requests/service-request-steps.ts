import type { DeskServiceRequestDetail, ServiceRequestDetail } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { normalizePublicCode } from "../../lib/public-code.ts";
import type { Officer } from "../desk/officer-auth.service.ts";
import { toDeskDetail, toDetail } from "./service-request-view.ts";
import {
  applyChange,
  findById,
  insertEvent,
  insertServiceNotice,
  requestFiles,
  requestTimeline,
  senderOf,
  type ServiceChange,
  type ServiceRequestRow,
} from "./service-requests.repo.ts";
import { canTake, fromStates, serviceTransitions, type ServiceAction } from "./state-machine.ts";

export const SERVICE_REQUEST_CODE_PREFIX = "DV";

/** A code as the citizen or officer typed it, in its stored form. */
export const normalizeCode = (code: string) => normalizePublicCode(SERVICE_REQUEST_CODE_PREFIX, code);

export const notFound = () => new AppError("NOT_FOUND", "Không tìm thấy yêu cầu với mã này.");

export async function citizenDetailOf(tx: Db, row: ServiceRequestRow): Promise<ServiceRequestDetail> {
  // One after another: inside a transaction they share one connection.
  const files = await requestFiles(tx, row.id);
  return toDetail(row, files, await requestTimeline(tx, row.id));
}

export async function deskDetailOf(tx: Db, row: ServiceRequestRow): Promise<DeskServiceRequestDetail> {
  const files = await requestFiles(tx, row.id);
  const events = await requestTimeline(tx, row.id);
  return toDeskDetail(row, { files, events, sender: await senderOf(tx, row.citizenId) });
}

export interface Step {
  set?: ServiceChange["set"];
  also?: ServiceChange["also"];
  note?: string | null;
  data?: Record<string, unknown> | null;
  /** More work in the same transaction once the update went through (binding files). */
  effect?: (tx: Db, row: ServiceRequestRow, at: Date) => Promise<void>;
}

export type Actor = { type: "citizen"; id: string } | { type: "officer"; officer: Officer };

/**
 * The steps both sides take: each is one guarded update, an event and, where the citizen must act or
 * learn of it, a notice, in one transaction; a step that changed nothing says why.
 */
export function serviceSteps(db: Db, now: () => Date) {
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

  return { run, refusal };
}

export type ServiceSteps = ReturnType<typeof serviceSteps>;
