import type { ReactNode } from "react";
import { describedBy } from "../../../components/field-aria.ts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { formMessages } from "./form-messages.ts";

interface ShellProps {
  id: string;
  required: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

/** Required fields are the rule, so only optional ones are marked, in words. */
export function OptionalMark({ required }: { required: boolean }) {
  const t = useMessages(formMessages);
  return required ? null : <span className="field__optional">{t("optional")}</span>;
}

export function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="field__hint">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p id={`${id}-error`} className="field__error">
      {error}
    </p>
  ) : null;
}

/** A visible label, an optional hint and the error message around one control. */
export function FieldShell({ id, label, required, hint, error, children }: ShellProps & { label: string }) {
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        <OptionalMark required={required} />
      </label>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A group (radios, an address) under a legend, with the same hint and error placement. */
export function GroupShell({ id, legend, required, hint, error, children }: ShellProps & { legend: string }) {
  return (
    <fieldset className={`field field--group${error ? " field--error" : ""}`} id={id} aria-describedby={describedBy(id, !!hint, !!error)}>
      <legend className="field__label">
        {legend}
        <OptionalMark required={required} />
      </legend>
      <FieldHint id={id} hint={hint} />
      {children}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
