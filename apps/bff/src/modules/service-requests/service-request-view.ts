import {
  citizenServiceActions,
  officerServiceActions,
  type DeskServiceRequestDetail,
  type DeskServiceRequestSummary,
  type ServiceRequestDetail,
  type ServiceRequestFile,
  type ServiceRequestSummary,
} from "@motcua/contracts";
import type { RequestFileRow, ServiceRequestEventRow, ServiceRequestRow } from "./service-requests.repo.ts";
import { canTake } from "./state-machine.ts";

/** Officers' edits of the result files are their working steps, not news for the citizen. */
const OFFICE_ONLY_EVENTS = new Set(["attach_result", "detach_result"]);

const file = ({ uploadId, displayName, kind, size }: RequestFileRow): ServiceRequestFile => ({ uploadId, displayName, kind, size });

export function toSummary(row: ServiceRequestRow): ServiceRequestSummary {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    status: row.status,
    topic: row.topic,
    sourceLanguage: row.sourceLanguage,
    targetLanguage: row.targetLanguage,
    quoteTotalVnd: row.quoteTotal,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toDeskSummary = (row: ServiceRequestRow): DeskServiceRequestSummary => ({ ...toSummary(row), contactName: row.contactName });

function bodyOf(row: ServiceRequestRow, files: RequestFileRow[], events: ServiceRequestEventRow[]) {
  const documents = files.filter((f) => f.role === "DOCUMENT").map(file);
  const results = files.filter((f) => f.role === "RESULT").map(file);
  return {
    ...toSummary(row),
    contact: { name: row.contactName, phone: row.contactPhone, email: row.contactEmail },
    consulting:
      row.kind === "CONSULTING" && row.topic && row.question && row.preferredDate && row.preferredPeriod
        ? { topic: row.topic, topicOther: row.topicOther, question: row.question, preferredDate: row.preferredDate, preferredPeriod: row.preferredPeriod }
        : null,
    translation:
      row.kind === "TRANSLATION" && row.sourceLanguage && row.targetLanguage
        ? { sourceLanguage: row.sourceLanguage, targetLanguage: row.targetLanguage, pages: row.declaredPages ?? 0, notarised: row.notarised ?? false, note: row.note, documents }
        : null,
    quote:
      row.quotedAt && row.quotePages !== null && row.quotePricePerPage !== null && row.quoteNotarisationFee !== null && row.quoteTotal !== null
        ? {
            pages: row.quotePages,
            pricePerPageVnd: row.quotePricePerPage,
            notarisationFeeVnd: row.quoteNotarisationFee,
            totalVnd: row.quoteTotal,
            note: row.quoteNote,
            quotedAt: row.quotedAt.toISOString(),
          }
        : null,
    schedule:
      row.scheduledAt && row.scheduledDate && row.scheduledTime && row.schedulePlace
        ? { date: row.scheduledDate, time: row.scheduledTime, place: row.schedulePlace, note: row.scheduleNote, scheduledAt: row.scheduledAt.toISOString() }
        : null,
    // Result files appear to the citizen only once the request is completed.
    result: row.status === "COMPLETED" && row.completedAt ? { text: row.answer, files: results, completedAt: row.completedAt.toISOString() } : null,
    rejectReason: row.status === "REJECTED" ? row.rejectReason : null,
    timeline: events.map((e) => ({ at: e.at.toISOString(), action: e.action, actorType: e.actorType, status: e.toStatus, note: e.note })),
  };
}

export function toDetail(row: ServiceRequestRow, files: RequestFileRow[], events: ServiceRequestEventRow[]): ServiceRequestDetail {
  return {
    ...bodyOf(row, files, events.filter((e) => !OFFICE_ONLY_EVENTS.has(e.action))),
    allowedActions: citizenServiceActions.filter((action) => canTake(action, row)),
  };
}

export interface DeskDetailParts {
  files: RequestFileRow[];
  events: ServiceRequestEventRow[];
  sender: { name: string | null; phone: string | null } | undefined;
}

export function toDeskDetail(row: ServiceRequestRow, parts: DeskDetailParts): DeskServiceRequestDetail {
  return {
    ...bodyOf(row, parts.files, parts.events),
    sender: parts.sender ?? null,
    resultFiles: parts.files.filter((f) => f.role === "RESULT").map(file),
    resultFilesEditable: canTake("attach_result", row),
    allowedActions: officerServiceActions.filter((action) => canTake(action, row)),
  };
}
