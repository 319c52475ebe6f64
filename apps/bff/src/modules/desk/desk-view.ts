import { maskIdNumber, type DeskAction, type DeskDossierDetail, type DeskDossierSummary } from "@motcua/contracts";
import type { EventRow } from "../dossiers/dossiers.repo.ts";
import { toDetail, toSummary, toTimeline, type Names } from "../dossiers/dossier-view.ts";
import type { DossierRow } from "../dossiers/transition.repo.ts";

export function toDeskSummary(row: DossierRow, names: Names, now: Date): DeskDossierSummary {
  return {
    ...toSummary(row, names, now),
    applicantName: row.applicant.fullName,
    applicantPhone: row.applicant.phone,
    idNumberMasked: maskIdNumber(row.idNumberLast4),
  };
}

/** The citizen's detail plus what only staff need: who acted, each step's data, and the next possible actions. */
export function toDeskDetail(
  row: DossierRow,
  names: Names,
  extra: { events: EventRow[]; documents: DeskDossierDetail["documents"]; allowedActions: DeskAction[] },
  now: Date,
): DeskDossierDetail {
  const timeline = toTimeline(extra.events).map((entry, i) => ({
    ...entry,
    actorType: extra.events[i]!.actorType,
    data: extra.events[i]!.data ?? null,
  }));
  return {
    ...toDetail(row, names, extra, now),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    timeline,
    allowedActions: extra.allowedActions,
  };
}
