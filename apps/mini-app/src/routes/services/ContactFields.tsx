import { useId } from "react";
import { currentCitizen } from "../../api/session.ts";
import { useMessages, type Translate } from "../../i18n/i18n.tsx";
import { serviceMessages, type ServiceMessageKey } from "./messages.ts";

export interface ContactDraft {
  name: string;
  phone: string;
  email: string;
}

export type ContactErrors = Partial<Record<keyof ContactDraft, string>>;

/** A new request's contact: the name Zalo gave, the phone and email still to type. */
export const newContact = (): ContactDraft => ({ name: currentCitizen()?.name ?? "", phone: "", email: "" });

/** Our words for a refused part of the contact (`name`, `phone` or `email`). */
export function contactErrorOf(part: string, t: Translate<ServiceMessageKey>): ContactErrors {
  if (part === "name") return { name: t("contactNameInvalid") };
  if (part === "phone") return { phone: t("contactPhoneInvalid") };
  if (part === "email") return { email: t("contactEmailInvalid") };
  return {};
}

/** The contact's body as the BFF takes it: an empty email is left out. */
export const contactOf = (draft: ContactDraft) => ({
  name: draft.name,
  phone: draft.phone.trim(),
  ...(draft.email.trim() ? { email: draft.email.trim() } : {}),
});

/** Whom the center calls back: name, phone and, if they like, an email. */
export function ContactFields({ value, onChange, errors }: { value: ContactDraft; onChange: (next: ContactDraft) => void; errors: ContactErrors }) {
  const t = useMessages(serviceMessages);
  const ids = useId();
  const field = (key: keyof ContactDraft, label: string, type: "text" | "tel" | "email", autoComplete: string) => (
    <div className="dossier-field">
      <label htmlFor={`${ids}-${key}`} className="dossier-field__label">
        {label}
      </label>
      <input
        id={`${ids}-${key}`}
        className="dossier-field__control"
        type={type}
        {...(type === "tel" ? { inputMode: "tel" as const } : type === "email" ? { inputMode: "email" as const } : {})}
        autoComplete={autoComplete}
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${ids}-${key}-error` : undefined}
      />
      {errors[key] && (
        <p id={`${ids}-${key}-error`} className="field-error" role="alert">
          {errors[key]}
        </p>
      )}
    </div>
  );
  return (
    <fieldset className="service-fieldset">
      <legend>{t("contactLegend")}</legend>
      {field("name", t("contactName"), "text", "name")}
      {field("phone", t("contactPhone"), "tel", "tel")}
      {field("email", t("contactEmail"), "email", "email")}
    </fieldset>
  );
}
