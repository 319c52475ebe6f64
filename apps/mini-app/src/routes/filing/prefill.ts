import type { FormField } from "@motcua/contracts";
import { foldText } from "./fold-text.ts";
import type { AnswerInput, ApplicantInput, PostalInput } from "./filing-data.ts";

const blank = (value: AnswerInput | undefined) =>
  value === undefined || value === "" || (typeof value === "object" && value.street === "" && value.wardCode === "");

/** What the applicant step already knows, for a procedure field that asks the same thing. */
function known(field: FormField, applicant: ApplicantInput): AnswerInput | undefined {
  switch (field.type) {
    case "id_number":
      return applicant.idNumber;
    case "phone":
      return applicant.phone;
    case "email":
      return applicant.email;
    case "address":
      return applicant.address.wardCode ? { ...applicant.address } : undefined;
    case "date":
      return field.key === "dateOfBirth" ? applicant.dateOfBirth : undefined;
    case "text":
      return field.key === "fullName" ? applicant.fullName : undefined;
    case "select": {
      if (field.key !== "gender" || !applicant.gender) return undefined;
      const wanted = applicant.gender === "MALE" ? "nam" : "nu";
      return field.options?.find((option) => foldText(option.label) === wanted)?.value;
    }
    default:
      return undefined;
  }
}

/**
 * Fills the procedure's fields that repeat the applicant's details (name, ID, birth date, phone,
 * address…) where still empty, so nobody types their ID number twice. Returns the same object when
 * nothing changes.
 */
export function prefillAnswers(fields: readonly FormField[], answers: Record<string, AnswerInput>, applicant: ApplicantInput): Record<string, AnswerInput> {
  let out = answers;
  for (const field of fields) {
    if (!blank(answers[field.key])) continue;
    const value = known(field, applicant);
    if (value === undefined || blank(value)) continue;
    if (out === answers) out = { ...answers };
    out[field.key] = value;
  }
  return out;
}

/** The applicant as the recipient of a postal delivery or pick-up. */
export const prefillPostal = (applicant: ApplicantInput): PostalInput => ({ ...applicant.address, recipient: applicant.fullName, phone: applicant.phone });

/** `current` unless the citizen has entered none of it yet. */
export function fill(current: PostalInput, suggestion: PostalInput): PostalInput {
  const untouched = !current.recipient.trim() && !current.phone.trim() && !current.street.trim() && !current.wardCode;
  return untouched ? suggestion : current;
}
