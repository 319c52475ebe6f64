import {
  Applicant,
  answersSchema,
  Delivery,
  issuesToFieldErrors,
  Pickup,
  type FieldError,
  type FormField,
  type ProcedureDetail,
} from "@motcua/contracts";
import type { z } from "zod";
import { isBusy, isExpired, isUsable } from "../../uploads/upload-item.ts";
import { toIsoDate } from "./dates.ts";
import type { AddressInput, AnswerInput, ApplicantInput, FilingData, StepId } from "./filing-data.ts";

/** Field errors by dotted path ("applicant.idNumber", "answers.residence.wardCode"), the first per path. */
export type FieldErrors = Record<string, FieldError>;

const fieldError = (field: string, code: string, message: string, messageEn: string): FieldError => ({ field, code, message, messageEn });

export function byPath(errors: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const error of errors) out[error.field] ??= error;
  return out;
}

function valueAt(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), root);
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * The schema's messages, with three kinder ones where it speaks to a programmer: an empty field is
 * "required" (not "at least 2 characters"), a ward not yet chosen says so, and a date asks for
 * day/month/year, the form in which it is typed here, rather than YYYY-MM-DD.
 */
function humanise(errors: FieldError[], typed: unknown, prefix: string, dateFields: ReadonlySet<string>, selectFields: ReadonlySet<string>): FieldError[] {
  return errors.map((error) => {
    const local = error.field.slice(prefix.length + 1);
    const value = valueAt(typed, local);
    if (local.endsWith("wardCode") && isBlank(value)) return fieldError(error.field, "REQUIRED", "Hãy chọn phường, xã", "Choose the ward or commune");
    if (local.endsWith("provinceCode") && isBlank(value)) return fieldError(error.field, "REQUIRED", "Hãy chọn tỉnh, thành phố", "Choose the province or city");
    if (selectFields.has(local) && isBlank(value)) return fieldError(error.field, "REQUIRED", "Hãy chọn một mục", "Choose one");
    if (isBlank(value)) return fieldError(error.field, "REQUIRED", "Không được để trống", "Required");
    if (dateFields.has(local) && error.code === "INVALID_FORMAT") {
      return fieldError(error.field, error.code, "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/1965", "Type the date as day/month/year, e.g. 05/09/1965");
    }
    return error;
  });
}

function check(schema: z.ZodType, value: unknown, typed: unknown, prefix: string, dates: string[] = [], selects: string[] = []): FieldError[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return humanise(issuesToFieldErrors(parsed.error.issues, prefix), typed, prefix, new Set(dates), new Set(selects));
}

// ----- the request parts, from what was typed -----

const optionalText = (text: string) => (text.trim() === "" ? undefined : text);

export function applicantValue(input: ApplicantInput) {
  return {
    fullName: input.fullName,
    idNumber: input.idNumber,
    dateOfBirth: toIsoDate(input.dateOfBirth),
    ...(input.gender ? { gender: input.gender } : {}),
    phone: input.phone,
    ...(optionalText(input.email) ? { email: input.email.trim() } : {}),
    address: input.address,
  };
}

const isAddress = (value: AnswerInput): value is AddressInput => typeof value === "object" && value !== null;

function answerValue(field: FormField, input: AnswerInput | undefined): unknown {
  if (input === undefined) return undefined;
  switch (field.type) {
    case "number": {
      const text = String(input).trim().replace(",", ".");
      if (text === "") return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : String(input);
    }
    case "date":
      return toIsoDate(String(input));
    case "checkbox":
      return input === true;
    case "address":
      if (!isAddress(input)) return undefined;
      return !field.required && input.street.trim() === "" && input.wardCode === "" ? undefined : input;
    default:
      return typeof input === "string" ? input : undefined;
  }
}

/** The procedure's answers as the server's schema takes them; optional ones left empty are omitted. */
export function answersValue(fields: readonly FormField[], answers: Record<string, AnswerInput>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = answerValue(field, answers[field.key]);
    if (value !== undefined && !(value === "" && !field.required)) out[field.key] = value;
  }
  return out;
}

export function deliveryValue(data: FilingData) {
  return data.delivery.method === "post" ? { method: "post" as const, address: data.delivery.address } : { method: "counter" as const };
}

export function pickupValue(data: FilingData) {
  if (!data.pickup.wanted) return undefined;
  return { address: data.pickup.address, ...(data.pickup.note.trim() ? { note: data.pickup.note } : {}) };
}

// ----- the checks, the same schemas the server runs -----

export function validateApplicant(input: ApplicantInput): FieldErrors {
  return byPath(check(Applicant, applicantValue(input), input, "applicant", ["dateOfBirth"]));
}

export function validateAnswers(fields: readonly FormField[], answers: Record<string, AnswerInput>): FieldErrors {
  const typed = Object.fromEntries(fields.map((field) => [field.key, answers[field.key]]));
  // Required fields left empty are absent from the value, so the schema reports them as missing.
  return byPath(
    check(
      answersSchema(fields),
      answersValue(fields, answers),
      typed,
      "answers",
      fields.filter((f) => f.type === "date").map((f) => f.key),
      fields.filter((f) => f.type === "select").map((f) => f.key),
    ),
  );
}

export function validateDelivery(data: FilingData): FieldErrors {
  const errors = check(Delivery, deliveryValue(data), data.delivery, "delivery");
  const pickup = pickupValue(data);
  if (pickup) errors.push(...check(Pickup, pickup, data.pickup, "pickup"));
  return byPath(errors);
}

export function validateDocuments(procedure: Pick<ProcedureDetail, "requirements">, documents: FilingData["documents"]): FieldErrors {
  const errors: FieldError[] = [];
  for (const requirement of procedure.requirements) {
    if (requirement.presentOnly) continue;
    const items = documents[requirement.id] ?? [];
    const field = `documents.${requirement.id}`;
    if (items.some(isBusy)) errors.push(fieldError(field, "UPLOADING", "Đang tải lên, vui lòng chờ xong", "Still uploading, please wait"));
    else if (items.some((item) => isExpired(item))) errors.push(fieldError(field, "EXPIRED", "Có tệp đã quá hạn lưu, hãy xoá và chọn lại", "A file has expired; remove it and choose it again"));
    else if (items.some((item) => item.status === "failed")) errors.push(fieldError(field, "FAILED", "Có tệp chưa tải lên được: bấm Thử lại hoặc Xoá", "A file did not upload: tap Try again or Remove"));
    else if (requirement.required && !items.some((item) => isUsable(item))) errors.push(fieldError(field, "REQUIRED", "Cần tải lên giấy tờ này", "This document is required"));
  }
  return byPath(errors);
}

/** The step that holds a field, for jumping to the first error the server found. */
export function stepOfField(path: string): StepId {
  const head = path.split(".")[0];
  if (head === "applicant") return "applicant";
  if (head === "answers") return "form";
  if (head === "documents") return "documents";
  if (head === "delivery" || head === "pickup" || head === "agencyCode" || head === "channel") return "delivery";
  return "review";
}

/** The message in the chosen language. */
export const messageOf = (error: FieldError | undefined, language: "vi" | "en"): string | undefined =>
  error ? ((language === "en" ? error.messageEn : error.message) ?? error.message ?? error.code) : undefined;
