import type { FormField } from "@motcua/contracts";
import { useMessages, type Translate } from "../../../i18n/i18n.tsx";
import { FieldControl } from "../form/FormRenderer.tsx";
import type { AddressInput, ApplicantInput, AnswerInput } from "../filing-data.ts";
import { filingMessages, type FilingKey } from "../filing-messages.ts";
import { ZaloNameButton, ZaloPhoneButton } from "../ZaloPrefill.tsx";
import type { StepProps } from "./step-props.ts";

const field = (key: string, type: FormField["type"], label: string, required: boolean, help: string | null = null, options: FormField["options"] = null): FormField => ({
  key,
  type,
  label,
  labelEn: null,
  required,
  help,
  options,
  minLength: null,
  maxLength: null,
  min: null,
  max: null,
  pattern: null,
});

/** The applicant's fields, described like a procedure's so the same controls render them. */
export function applicantFields(t: Translate<FilingKey>): Record<keyof ApplicantInput, FormField> {
  return {
    fullName: field("fullName", "text", t("fullName"), true, t("fullNameHint")),
    idNumber: field("idNumber", "id_number", t("idNumber"), true, t("idNumberHint")),
    dateOfBirth: field("dateOfBirth", "date", t("dateOfBirth"), true),
    gender: field("gender", "select", t("gender"), false, null, [
      { value: "MALE", label: t("male") },
      { value: "FEMALE", label: t("female") },
    ]),
    phone: field("phone", "phone", t("phone"), true, t("phoneHint")),
    email: field("email", "email", t("email"), false),
    address: field("address", "address", t("address"), true),
  };
}

export function ApplicantStep({ data, update, errorOf, touch }: StepProps) {
  const t = useMessages(filingMessages);
  const fields = applicantFields(t);
  const set = (key: keyof ApplicantInput) => (value: AnswerInput) =>
    update((d) => ({ ...d, applicant: { ...d.applicant, [key]: value as string & AddressInput } }), `applicant.${key}`);
  const control = (key: keyof ApplicantInput) => (
    <FieldControl
      field={fields[key]}
      id={`applicant-${key}`}
      value={data.applicant[key]}
      onChange={set(key)}
      onBlur={(part) => touch(part ? `applicant.${key}.${part}` : `applicant.${key}`)}
      errorOf={(part) => errorOf(part ? `applicant.${key}.${part}` : `applicant.${key}`)}
    />
  );
  return (
    <div className="filing-step">
      <p className="muted">{t("requiredNote")}</p>
      {control("fullName")}
      <ZaloNameButton onName={(name) => set("fullName")(name)} />
      {control("idNumber")}
      {control("dateOfBirth")}
      {control("gender")}
      {control("phone")}
      <ZaloPhoneButton onPhone={(phone) => set("phone")(phone)} />
      {control("email")}
      {control("address")}
    </div>
  );
}
