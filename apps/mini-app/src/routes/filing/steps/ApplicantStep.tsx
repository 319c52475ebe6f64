import type { FormField } from "@motcua/contracts";
import { useMessages, type Translate } from "../../../i18n/i18n.tsx";
import { FieldControl } from "../form/FormRenderer.tsx";
import { formField } from "../form/form-field.ts";
import type { AddressInput, ApplicantInput, AnswerInput } from "../filing-data.ts";
import { filingMessages, type FilingKey } from "../filing-messages.ts";
import { ZaloNameButton, ZaloPhoneButton } from "../ZaloPrefill.tsx";
import type { StepProps } from "./step-props.ts";

/** The applicant's fields, described like a procedure's so the same controls render them. */
export function applicantFields(t: Translate<FilingKey>): Record<keyof ApplicantInput, FormField> {
  return {
    fullName: formField({ key: "fullName", type: "text", label: t("fullName"), help: t("fullNameHint") }),
    idNumber: formField({ key: "idNumber", type: "id_number", label: t("idNumber"), help: t("idNumberHint") }),
    dateOfBirth: formField({ key: "dateOfBirth", type: "date", label: t("dateOfBirth") }),
    gender: formField({
      key: "gender",
      type: "select",
      label: t("gender"),
      required: false,
      options: [
        { value: "MALE", label: t("male") },
        { value: "FEMALE", label: t("female") },
      ],
    }),
    phone: formField({ key: "phone", type: "phone", label: t("phone"), help: t("phoneHint") }),
    email: formField({ key: "email", type: "email", label: t("email"), required: false }),
    address: formField({ key: "address", type: "address", label: t("address") }),
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
