import type { ReactNode } from "react";
import { useMessages } from "../../../i18n/i18n.tsx";
import { formMessages } from "./form-messages.ts";

/** The ids a control points its aria-describedby at. */
export const describedBy = (id: string, hint: boolean, error: boolean): string | undefined =>
  [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

/**
 * A visible label, an optional hint and the error message around one control. Required fields are
 * the rule, so only optional ones are marked, in words.
 */
export function FieldShell({
  id,
  label,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  required: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const t = useMessages(formMessages);
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {!required && <span className="field__optional">{t("optional")}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A group (radios, an address) under a legend, with the same hint and error placement. */
export function GroupShell({
  id,
  legend,
  required,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  required: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const t = useMessages(formMessages);
  return (
    <fieldset className={`field field--group${error ? " field--error" : ""}`} id={id} aria-describedby={describedBy(id, !!hint, !!error)}>
      <legend className="field__label">
        {legend}
        {!required && <span className="field__optional">{t("optional")}</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
