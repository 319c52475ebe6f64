import {
  answersSchema,
  issuesToFieldErrors,
  type Agency,
  type FieldError,
  type Procedure,
  type SubmitDossierRequest,
} from "@motcua/contracts";
import { isHeld } from "../uploads/upload-hold.ts";

/** All files of one filing together, as reliability.md §3.4 sets it (20–30 MB per dossier). */
export const MAX_DOSSIER_BYTES = 30 * 1024 * 1024;

export interface UploadFacts {
  id: string;
  kind: string;
  size: number;
  dossierId: string | null;
  expiresAt: Date;
}

export interface SubmissionContext {
  procedure: Procedure;
  agencies: ReadonlyMap<string, Agency>;
  isWardOf(wardCode: string, provinceCode: string): boolean;
  /** The citizen's own uploads among those the body names; others are simply absent. */
  uploads: ReadonlyMap<string, UploadFacts>;
  now: Date;
}

export interface CheckedSubmission {
  errors: FieldError[];
  agencyCode: string | undefined;
  answers: Record<string, unknown>;
}

const err = (field: string, code: string, message: string, messageEn: string): FieldError => ({ field, code, message, messageEn });

function checkAddress(errors: FieldError[], ctx: SubmissionContext, field: string, address: { wardCode: string; provinceCode: string }) {
  if (!ctx.isWardOf(address.wardCode, address.provinceCode)) {
    errors.push(err(`${field}.wardCode`, "UNKNOWN_WARD", "Phường/xã không thuộc tỉnh/thành phố đã chọn", "The ward is not in the chosen province"));
  }
}

/** The receiving agency: the procedure's own, or for commune-level ones the chosen (or the applicant's) commune. */
function receivingAgency(errors: FieldError[], body: SubmitDossierRequest, ctx: SubmissionContext): string | undefined {
  const { procedure } = ctx;
  if (procedure.level === "PROVINCE") return procedure.agencyCode ?? undefined;
  const code =
    body.agencyCode ?? [...ctx.agencies.values()].find((a) => a.level === "COMMUNE" && a.wardCode === body.applicant.address.wardCode)?.code;
  const agency = code ? ctx.agencies.get(code) : undefined;
  if (!agency || agency.level !== "COMMUNE") {
    errors.push(
      err("agencyCode", "AGENCY_REQUIRED", "Chọn Ủy ban nhân dân xã/phường tiếp nhận hồ sơ", "Choose the commune people's committee that receives the dossier"),
    );
    return undefined;
  }
  return agency.code;
}

export type DocumentContext = Pick<SubmissionContext, "procedure" | "uploads" | "now">;

/**
 * Documents against the procedure's requirements and the citizen's free uploads. `requireAll`:
 * every required document must be there (a filing), or only those given are checked (a supplement).
 */
export function checkDocuments(
  documents: SubmitDossierRequest["documents"],
  ctx: DocumentContext,
  requireAll: boolean,
): FieldError[] {
  const errors: FieldError[] = [];
  const requirements = new Map(ctx.procedure.requirements.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const provided = new Set<string>();
  documents.forEach((doc, i) => {
    const field = `documents.${i}`;
    const requirement = requirements.get(doc.requirementId);
    if (!requirement || requirement.presentOnly) {
      errors.push(err(`${field}.requirementId`, "UNKNOWN_REQUIREMENT", "Thủ tục không yêu cầu giấy tờ này", "The procedure does not ask for this document"));
      return;
    }
    if (provided.has(doc.requirementId)) {
      errors.push(err(`${field}.requirementId`, "DUPLICATE", "Giấy tờ này đã được kê khai", "This document is listed twice"));
    }
    provided.add(doc.requirementId);
    if (doc.uploadIds.length > requirement.maxFiles) {
      errors.push(err(`${field}.uploadIds`, "TOO_BIG", `Tối đa ${requirement.maxFiles} tệp`, `At most ${requirement.maxFiles} files`));
    }
    doc.uploadIds.forEach((uploadId, j) => {
      const f = `${field}.uploadIds.${j}`;
      const upload = ctx.uploads.get(uploadId);
      if (!upload || upload.dossierId !== null || upload.expiresAt <= ctx.now || isHeld(upload.expiresAt)) {
        errors.push(err(f, "UNKNOWN_UPLOAD", "Không tìm thấy tệp đã tải lên, hãy tải lại tệp", "Upload not found; please upload the file again"));
      } else if (!(requirement.acceptedTypes as readonly string[]).includes(upload.kind)) {
        errors.push(err(f, "FILE_TYPE_NOT_ACCEPTED", `Giấy tờ này nhận tệp ${requirement.acceptedTypes.join(", ").toUpperCase()}`, `Accepted: ${requirement.acceptedTypes.join(", ")}`));
      }
      if (seen.has(uploadId)) errors.push(err(f, "DUPLICATE", "Một tệp chỉ dùng cho một giấy tờ", "A file can back one document only"));
      seen.add(uploadId);
    });
  });
  const total = [...seen].reduce((sum, id) => sum + (ctx.uploads.get(id)?.size ?? 0), 0);
  if (total > MAX_DOSSIER_BYTES) {
    errors.push(err("documents", "QUOTA_EXCEEDED", "Tổng dung lượng tệp của hồ sơ vượt quá 30 MB", "The dossier's files exceed 30 MB in total"));
  }
  for (const requirement of requireAll ? ctx.procedure.requirements : []) {
    if (requirement.required && !requirement.presentOnly && !provided.has(requirement.id)) {
      errors.push(err(`documents.${requirement.id}`, "REQUIRED", `Thiếu giấy tờ: ${requirement.name}`, `Missing document: ${requirement.name}`));
    }
  }
  return errors;
}

/**
 * Everything about a filing that depends on the procedure and the database rather than on shape:
 * online availability, the procedure's own form, addresses, the receiving agency and documents.
 */
export function checkSubmission(body: SubmitDossierRequest, ctx: SubmissionContext): CheckedSubmission {
  const errors: FieldError[] = [];
  const { procedure } = ctx;
  if (procedure.onlineLevel === "NONE") {
    errors.push(err("procedureCode", "NOT_ONLINE", "Thủ tục này chưa nhận hồ sơ trực tuyến", "This procedure is not offered online"));
  }
  if (!procedure.channels.some((c) => c.channel === body.channel)) {
    errors.push(err("channel", "CHANNEL_NOT_OFFERED", "Thủ tục không có hình thức nộp này", "The procedure is not offered through this channel"));
  }
  const parsed = answersSchema(procedure.form.fields).safeParse(body.answers);
  if (!parsed.success) errors.push(...issuesToFieldErrors(parsed.error.issues, "answers"));

  checkAddress(errors, ctx, "applicant.address", body.applicant.address);
  if (body.delivery.method === "post") checkAddress(errors, ctx, "delivery.address", body.delivery.address);
  if (body.pickup) checkAddress(errors, ctx, "pickup.address", body.pickup.address);
  const agencyCode = receivingAgency(errors, body, ctx);
  errors.push(...checkDocuments(body.documents, ctx, true));

  return { errors, agencyCode, answers: parsed.success ? (parsed.data as Record<string, unknown>) : {} };
}
