import type { DeskActionCommand } from "@motcua/contracts";
import { AppError } from "../../http/app-error.ts";
import type { DossierPatch, DossierRow } from "../dossiers/transition.repo.ts";

/** What a command changes beyond the status: columns, the event's note and its data. */
export interface ActionPlan {
  patch: DossierPatch;
  note: string | null;
  data?: Record<string, unknown>;
}

export interface PlanContext {
  row: DossierRow;
  now: Date;
  /** Only called on acceptance: the appointment date counted from now, and the official code. */
  receive(): Promise<{ officialCode: string; dueAt: Date }>;
  agencyExists(code: string): boolean;
}

const invalid = (field: string, code: string, message: string, messageEn: string) =>
  new AppError("VALIDATION_FAILED", message, { errors: [{ field, code, message, messageEn }] });

export async function planAction(command: DeskActionCommand, ctx: PlanContext): Promise<ActionPlan> {
  const { row, now } = ctx;
  switch (command.action) {
    case "accept": {
      // Frozen here: later steps never recompute it, except the restart after a supplement.
      const { officialCode, dueAt } = await ctx.receive();
      return { patch: { officialCode, receivedAt: now, dueAt }, note: command.note ?? null, data: { officialCode, dueAt: dueAt.toISOString() } };
    }
    case "refuse":
    case "stop":
      return { patch: { finishedAt: now }, note: command.reason };
    case "request_supplement": {
      const items = command.items.map((i) => ({ requirementId: i.requirementId ?? null, note: i.note }));
      const note = command.note ?? null;
      return { patch: { supplementRequest: { items, note, requestedAt: now.toISOString() } }, note, data: { items } };
    }
    case "start_processing":
      return { patch: {}, note: command.note ?? null };
    case "confirm_payment":
      return { patch: row.feesDue ? { feesDue: { ...row.feesDue, paidAt: now.toISOString() } } : {}, note: command.note ?? null };
    case "transfer": {
      if (command.agencyCode === row.agencyCode) {
        throw invalid("agencyCode", "SAME_AGENCY", "Hồ sơ đang thuộc cơ quan này.", "The dossier already belongs to this agency.");
      }
      if (!ctx.agencyExists(command.agencyCode)) {
        throw invalid("agencyCode", "UNKNOWN_AGENCY", "Không có cơ quan với mã này.", "Unknown agency code.");
      }
      return { patch: { agencyCode: command.agencyCode }, note: command.reason, data: { from: row.agencyCode, to: command.agencyCode } };
    }
    case "request_payment": {
      const note = command.note ?? null;
      return { patch: { feesDue: { amount: command.amount, note, paidAt: null } }, note, data: { amount: command.amount } };
    }
    case "extend": {
      const dueAt = new Date(command.dueAt);
      const floor = row.dueAt && row.dueAt > now ? row.dueAt : now;
      if (dueAt <= floor) {
        throw invalid("dueAt", "NOT_LATER", "Ngày hẹn mới phải sau ngày hẹn hiện tại và sau thời điểm này.", "The new date must be after the current one and after now.");
      }
      // The first appointment stays in the event: statistics still count the dossier as late.
      return { patch: { dueAt }, note: command.reason, data: { previousDueAt: row.dueAt?.toISOString() ?? null, dueAt: dueAt.toISOString() } };
    }
    case "result_ready":
      return { patch: {}, note: command.note ?? null, data: { documents: command.documents } };
    case "dispatch":
      return { patch: {}, note: command.note ?? null, data: { carrier: "VNPost", trackingNumber: command.trackingNumber } };
    case "deliver":
      return { patch: { finishedAt: now }, note: command.note ?? null, data: command.recipient ? { recipient: command.recipient } : undefined };
  }
}
