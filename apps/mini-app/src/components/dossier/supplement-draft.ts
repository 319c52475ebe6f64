import type { DossierDetail, Procedure, Requirement, SupplementSubmission } from "@motcua/contracts";
import { uploadIds, type UploadItem } from "../../uploads/upload-item.ts";

/** The field for documents the request did not tie to a requirement; the citizen says which it is. */
export const OTHER_DOCUMENT = "__other";

export interface SupplementDraft {
  /** Upload lists by requirement id (and OTHER_DOCUMENT). Kept by the page, which stays mounted while uploads run. */
  files: Record<string, UploadItem[]>;
  /** Which requirement the "other" documents count as. */
  otherRequirementId: string;
  note: string;
}

export const emptySupplementDraft: SupplementDraft = { files: {}, otherRequirementId: "", note: "" };

/** All the form needs of the procedure (the catalog answers with a richer detail). */
export type ProcedureRequirements = Pick<Procedure, "requirements">;

export const uploadableRequirements = (procedure: ProcedureRequirements) => procedure.requirements.filter((r) => !r.presentOnly);

/** The requirements the officer named, in the order asked; whether an "other" field is needed too. */
export function requestedFields(dossier: DossierDetail, procedure: ProcedureRequirements): { named: Requirement[]; other: boolean } {
  const byId = new Map(uploadableRequirements(procedure).map((r) => [r.id, r]));
  const items = dossier.supplementRequest?.items ?? [];
  const named: Requirement[] = [];
  let other = items.length === 0;
  for (const item of items) {
    const requirement = item.requirementId ? byId.get(item.requirementId) : undefined;
    if (!requirement) other = true;
    else if (!named.includes(requirement)) named.push(requirement);
  }
  return { named, other };
}

/** One document entry per requirement: the "other" files join the requirement the citizen chose. */
export function supplementBody(draft: SupplementDraft): SupplementSubmission {
  const ids = new Map<string, string[]>();
  for (const [key, items] of Object.entries(draft.files)) {
    const requirementId = key === OTHER_DOCUMENT ? draft.otherRequirementId : key;
    const chosen = uploadIds(items);
    if (!requirementId || chosen.length === 0) continue;
    ids.set(requirementId, [...(ids.get(requirementId) ?? []), ...chosen]);
  }
  const documents = [...ids].map(([requirementId, uploadIdList]) => ({ requirementId, uploadIds: uploadIdList }));
  return { documents, ...(draft.note.trim() ? { note: draft.note } : {}) };
}
