import { describedBy } from "../field-aria.ts";

/**
 * One answer picked from a few, each a large tappable row (the voice-choice styles of feedback.css,
 * which the asking page imports), with the error under them.
 */
export function ChoiceFieldset<Value extends string>({
  name,
  legend,
  values,
  labelOf,
  value,
  error,
  onChange,
}: {
  /** The radios' name; the error's id is `<name>-error`. */
  name: string;
  legend: string;
  values: readonly Value[];
  labelOf: (value: Value) => string;
  value: Value | null;
  error: string | undefined;
  onChange: (value: Value) => void;
}) {
  return (
    <fieldset className="voice-choices" aria-describedby={describedBy(name, false, !!error)}>
      <legend>{legend}</legend>
      {values.map((choice) => (
        <label key={choice} className={`voice-choice ${value === choice ? "voice-choice--chosen" : ""}`}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          <span>{labelOf(choice)}</span>
        </label>
      ))}
      {error && (
        <p id={`${name}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
