import type { FormField, ProcedureDetail, SubmitDossierRequest } from "@motcua/contracts";
import { persistable, type UploadItem } from "../../uploads/upload-item.ts";

/** Đồng Nai: the province the service runs for, and so the default for addresses. */
export const HOME_PROVINCE = "75";

export const stepIds = ["applicant", "form", "documents", "delivery", "review"] as const;
export type StepId = (typeof stepIds)[number];

/** An address as typed: codes are "" until chosen. */
export interface AddressInput {
  street: string;
  wardCode: string;
  provinceCode: string;
}

export interface PostalInput extends AddressInput {
  recipient: string;
  phone: string;
}

export interface ApplicantInput {
  fullName: string;
  idNumber: string;
  /** As typed: "05/09/1965" (converted to ISO for checking and sending). */
  dateOfBirth: string;
  gender: "" | "MALE" | "FEMALE";
  phone: string;
  email: string;
  address: AddressInput;
}

/** What a procedure field holds while typed: numbers stay text until sent, addresses are objects. */
export type AnswerInput = string | boolean | AddressInput;

/**
 * Everything the citizen has entered, exactly as entered: saved on the phone at every change and in
 * the server draft. Nothing here is validated; `submission.ts` turns it into the request.
 */
export interface FilingData {
  version: 1;
  procedureName: string;
  step: StepId;
  applicant: ApplicantInput;
  answers: Record<string, AnswerInput>;
  /** Finished uploads per requirement id. */
  documents: Record<string, UploadItem[]>;
  delivery: { method: "counter" | "post"; address: PostalInput };
  pickup: { wanted: boolean; address: PostalInput; note: string };
  /** For commune-level procedures: the receiving commune's agency code ("" = the applicant's own). */
  agencyCode: string;
  /**
   * Made once per draft and sent with every attempt to file it, so a retried submission whose first
   * answer was lost returns the same dossier instead of making a second one.
   */
  idempotencyKey: string;
  /** Requests already sent whose outcome is unknown (lost answers), newest first: see submission.ts. */
  unconfirmed: SubmitDossierRequest[];
}

export const emptyAddress = (): AddressInput => ({ street: "", wardCode: "", provinceCode: HOME_PROVINCE });
export const emptyPostal = (): PostalInput => ({ ...emptyAddress(), recipient: "", phone: "" });

export function emptyAnswer(field: FormField): AnswerInput {
  if (field.type === "checkbox") return false;
  if (field.type === "address") return emptyAddress();
  return "";
}

export function newFilingData(procedure: Pick<ProcedureDetail, "name" | "form">): FilingData {
  return {
    version: 1,
    procedureName: procedure.name,
    step: "applicant",
    applicant: { fullName: "", idNumber: "", dateOfBirth: "", gender: "", phone: "", email: "", address: emptyAddress() },
    answers: Object.fromEntries(procedure.form.fields.map((field) => [field.key, emptyAnswer(field)])),
    documents: {},
    delivery: { method: "counter", address: emptyPostal() },
    pickup: { wanted: false, address: emptyPostal(), note: "" },
    agencyCode: "",
    idempotencyKey: crypto.randomUUID(),
    unconfirmed: [],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads saved data back, filling whatever an older or damaged copy lacks, so a draft always opens;
 * an unreadable one starts fresh but keeps any idempotency key it had.
 */
export function reviveFilingData(saved: unknown, procedure: Pick<ProcedureDetail, "name" | "form">): FilingData {
  const fresh = newFilingData(procedure);
  if (!isRecord(saved)) return fresh;
  const merged = { ...fresh, ...saved } as FilingData;
  merged.applicant = { ...fresh.applicant, ...(isRecord(saved.applicant) ? saved.applicant : {}) } as ApplicantInput;
  merged.applicant.address = { ...fresh.applicant.address, ...(isRecord(merged.applicant.address) ? merged.applicant.address : {}) };
  merged.answers = { ...fresh.answers, ...(isRecord(saved.answers) ? (saved.answers as Record<string, AnswerInput>) : {}) };
  merged.documents = isRecord(saved.documents) ? (saved.documents as Record<string, UploadItem[]>) : {};
  merged.delivery = { ...fresh.delivery, ...(isRecord(saved.delivery) ? saved.delivery : {}) } as FilingData["delivery"];
  merged.delivery.address = { ...emptyPostal(), ...(isRecord(merged.delivery.address) ? merged.delivery.address : {}) };
  merged.pickup = { ...fresh.pickup, ...(isRecord(saved.pickup) ? saved.pickup : {}) } as FilingData["pickup"];
  merged.pickup.address = { ...emptyPostal(), ...(isRecord(merged.pickup.address) ? merged.pickup.address : {}) };
  merged.unconfirmed = Array.isArray(saved.unconfirmed) ? (saved.unconfirmed as SubmitDossierRequest[]) : [];
  if (typeof merged.idempotencyKey !== "string" || merged.idempotencyKey.length < 8) merged.idempotencyKey = fresh.idempotencyKey;
  if (!(stepIds as readonly string[]).includes(merged.step)) merged.step = "applicant";
  return merged;
}

/** The data as saved: uploads still in flight are left out (their bytes cannot be saved anyway). */
export function savedForm(data: FilingData): FilingData {
  return {
    ...data,
    documents: Object.fromEntries(Object.entries(data.documents).map(([id, items]) => [id, persistable(items)])),
  };
}
