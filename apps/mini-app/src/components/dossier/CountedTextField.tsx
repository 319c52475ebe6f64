import { defineMessages, useMessages } from "../../i18n/i18n.tsx";

const messages = defineMessages({
  vi: { counter: "Đã viết {count}/{max} ký tự" },
  en: { counter: "{count}/{max} characters" },
});

/**
 * A long text the citizen writes, with its hint, a live count against `max` (counting as the
 * server does, without the surrounding spaces) and its error, all tied to the box for screen readers.
 */
export function CountedTextField({ id, label, hint, value, max, error, onChange }: { id: string; label: string; hint: string; value: string; max: number; error: string | undefined; onChange: (value: string) => void }) {
  const t = useMessages(messages);
  const length = value.trim().length;
  return (
    <div className="dossier-field">
      <label htmlFor={id} className="dossier-field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="muted dossier-field__hint">
        {hint}
      </p>
      <textarea
        id={id}
        className="dossier-field__control"
        rows={6}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-counter${error ? ` ${id}-error` : ""}`}
      />
      <p id={`${id}-counter`} className={`dossier-field__hint ${length > max ? "field-error" : "muted"}`} aria-live="polite">
        {t("counter", { count: length, max })}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
