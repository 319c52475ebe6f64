import "./dossier.css";
import type { ReactNode } from "react";

/**
 * A label above its control, with an optional hint and the error under it. The control is the child;
 * give it `id` and `fieldAria(id, !!hint, error)` so it is named and described by these lines.
 */
export function DossierField({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
}) {
  return (
    <div className="dossier-field">
      <label htmlFor={id} className="dossier-field__label">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="muted dossier-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
