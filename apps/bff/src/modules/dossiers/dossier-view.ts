import {
  closedStatuses,
  maskIdNumber,
  nationalStatusCode,
  statusLabel,
  type DossierDetail,
  type DossierStatus,
  type DossierSummary,
  type TimelineEntry,
  type TrackResult,
} from "@motcua/contracts";
import { maskAnswerIds } from "./answer-ids.ts";
import type { EventRow, TrackRow } from "./dossiers.repo.ts";
import { actionLabel, canApply, type TransitionAction } from "./state-machine.ts";
import type { DossierRow } from "./transition.repo.ts";

import type { CatalogNames as Names } from "../catalog/catalog.service.ts";

export type { Names };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function statusView(status: DossierStatus) {
  return { status, statusCode: nationalStatusCode[status], statusLabel: statusLabel[status].vi, statusLabelEn: statusLabel[status].en };
}

/** Overdue is derived, never stored: past the due date and not yet finished. */
export function isOverdue(row: Pick<DossierRow, "dueAt" | "finishedAt" | "status">, now: Date): boolean {
  return row.dueAt !== null && row.finishedAt === null && !closedStatuses.has(row.status) && row.dueAt < now;
}

export function toSummary(row: DossierRow, names: Names, now: Date): DossierSummary {
  return {
    id: row.id,
    reference: row.reference,
    officialCode: row.officialCode,
    ...statusView(row.status),
    procedure: { code: row.procedureCode, name: names.procedureName(row.procedureCode) },
    agency: { code: row.agencyCode, name: names.agencyName(row.agencyCode) },
    submittedAt: row.submittedAt.toISOString(),
    dueAt: iso(row.dueAt),
    overdue: isOverdue(row, now),
    actionNeeded: row.status === "AWAITING_SUPPLEMENT" || row.status === "AWAITING_PAYMENT",
  };
}

export function toTimeline(events: EventRow[]): TimelineEntry[] {
  return events.map((e) => {
    const label = actionLabel[e.action as TransitionAction | "submit"] ?? { vi: e.action, en: e.action };
    return { at: e.at.toISOString(), action: e.action, status: e.toStatus, label: label.vi, labelEn: label.en, note: e.note };
  });
}

export function toDetail(
  row: DossierRow,
  names: Names,
  extra: { events: EventRow[]; documents: DossierDetail["documents"] },
  now: Date,
): DossierDetail {
  const { fullName, dateOfBirth, phone, email, address } = row.applicant;
  return {
    ...toSummary(row, names, now),
    version: row.version,
    channel: row.channel,
    applicant: { fullName, dateOfBirth, phone, ...(email ? { email } : {}), address, idNumberMasked: maskIdNumber(row.idNumberLast4) },
    answers: maskAnswerIds(row.answers),
    documents: extra.documents,
    delivery: row.delivery,
    pickup: row.pickup ?? null,
    receivedAt: iso(row.receivedAt),
    supplementRequest: row.supplementRequest ?? null,
    feesDue: row.feesDue ?? null,
    timeline: toTimeline(extra.events),
    canWithdraw: canApply("withdraw", row.status, "citizen"),
    canSupplement: canApply("supplement", row.status, "citizen"),
  };
}

export function toTrackResult(row: TrackRow, names: Names): TrackResult {
  return {
    reference: row.reference,
    officialCode: row.officialCode,
    ...statusView(row.status),
    procedureName: names.procedureName(row.procedureCode),
    agencyName: names.agencyName(row.agencyCode),
    submittedAt: row.submittedAt.toISOString(),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    resultReady: row.status === "RESULT_READY" || row.status === "IN_DELIVERY" || row.status === "DELIVERED",
  };
}
