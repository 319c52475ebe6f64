import { fieldAria } from "../../../components/field-aria.ts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { formatDateTyping } from "../dates.ts";
import { FieldShell } from "./FieldShell.tsx";
import { formMessages } from "./form-messages.ts";

/** A date typed as day/month/year; slashes appear by themselves. The value is the text as typed. */
export function DateInput(props: {
  id: string;
  label: string;
  required: boolean;
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  error?: string;
  help?: string | null;
}) {
  const t = useMessages(formMessages);
  const hint = props.help ? `${props.help} · ${t("dateHint")}` : t("dateHint");
  return (
    <FieldShell id={props.id} label={props.label} required={props.required} hint={hint} error={props.error}>
      <input
        id={props.id}
        className="field__input field__input--date"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        maxLength={10}
        value={props.value}
        {...fieldAria(props.id, true, props.error)}
        onChange={(event) => props.onChange(formatDateTyping(props.value, event.target.value))}
        onBlur={props.onBlur}
      />
    </FieldShell>
  );
}
