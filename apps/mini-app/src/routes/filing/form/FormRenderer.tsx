import type { FormField } from "@motcua/contracts";
import { fieldAria } from "../../../components/field-aria.ts";
import { useLanguage, useMessages } from "../../../i18n/i18n.tsx";
import { emptyAddress, type AddressInput, type AnswerInput } from "../filing-data.ts";
import { AddressFields } from "./AddressFields.tsx";
import { DateInput } from "./DateInput.tsx";
import { FieldError, FieldHint, FieldShell, GroupShell, OptionalMark } from "./FieldShell.tsx";
import { formMessages } from "./form-messages.ts";

/** Few options read better as radio buttons, all visible and one tap away; more go in a list. */
export const MAX_RADIO_OPTIONS = 4;

export interface FieldControlProps {
  field: FormField;
  /** The element id, and the prefix of an address's part ids. */
  id: string;
  value: AnswerInput | undefined;
  onChange: (value: AnswerInput) => void;
  /** Called with the part ("" for the field itself, "street"/"wardCode"… for an address). */
  onBlur: (part: string) => void;
  /** The message to show for the field itself or one of its parts. */
  errorOf: (part: string) => string | undefined;
}

const text = (value: AnswerInput | undefined) => (typeof value === "string" ? value : "");

const INPUT_KIND: Partial<Record<FormField["type"], { type: string; inputMode?: "numeric" | "decimal" | "tel" | "email"; autoComplete?: string }>> = {
  text: { type: "text" },
  number: { type: "text", inputMode: "decimal" },
  phone: { type: "tel", inputMode: "tel", autoComplete: "tel" },
  email: { type: "email", inputMode: "email", autoComplete: "email" },
  id_number: { type: "text", inputMode: "numeric", autoComplete: "off" },
};

/** One procedure field, rendered from its definition. */
export function FieldControl({ field, id, value, onChange, onBlur, errorOf }: FieldControlProps) {
  const t = useMessages(formMessages);
  const language = useLanguage();
  const label = language === "en" && field.labelEn ? field.labelEn : field.label;
  const error = errorOf("");

  switch (field.type) {
    case "date":
      return <DateInput id={id} label={label} required={field.required} value={text(value)} onChange={onChange} onBlur={() => onBlur("")} help={field.help} error={error} />;

    case "address": {
      const address = typeof value === "object" && value !== null ? value : emptyAddress();
      const errors = { street: errorOf("street"), wardCode: errorOf("wardCode") ?? error, provinceCode: errorOf("provinceCode") };
      return (
        <AddressFields
          id={id}
          legend={label}
          required={field.required}
          value={address}
          onChange={onChange}
          onBlur={(part: keyof AddressInput) => onBlur(part)}
          errors={Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as Record<keyof AddressInput, string>}
          help={field.help}
        />
      );
    }

    case "checkbox":
      return (
        <div className={`field field--checkbox${error ? " field--error" : ""}`}>
          <div className="field__checkbox">
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              {...fieldAria(id, !!field.help, error)}
              onChange={(event) => onChange(event.target.checked)}
              onBlur={() => onBlur("")}
            />
            <label htmlFor={id} className="field__label">
              {label}
              <OptionalMark required={field.required} />
            </label>
          </div>
          <FieldHint id={id} hint={field.help} />
          <FieldError id={id} error={error} />
        </div>
      );

    case "select": {
      const options = field.options ?? [];
      if (options.length <= MAX_RADIO_OPTIONS) {
        return (
          <GroupShell id={id} legend={label} required={field.required} hint={field.help} error={error}>
            <div className="field__choices">
              {options.map((option) => (
                <label key={option.value} className="field__choice">
                  <input
                    type="radio"
                    name={id}
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    onBlur={() => onBlur("")}
                  />
                  <span>{option.label}</span>
                </label>
              ))}
            </div>
          </GroupShell>
        );
      }
      return (
        <FieldShell id={id} label={label} required={field.required} hint={field.help} error={error}>
          <select
            id={id}
            className="field__input"
            value={text(value)}
            {...fieldAria(id, !!field.help, error)}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => onBlur("")}
          >
            <option value="">{t("choose")}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </FieldShell>
      );
    }

    case "textarea":
      return (
        <FieldShell id={id} label={label} required={field.required} hint={field.help} error={error}>
          <textarea
            id={id}
            className="field__input field__input--area"
            rows={4}
            value={text(value)}
            {...fieldAria(id, !!field.help, error)}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => onBlur("")}
          />
        </FieldShell>
      );

    default: {
      const kind = INPUT_KIND[field.type] ?? { type: "text" };
      const digits = field.type === "id_number" ? text(value).replace(/\D/g, "").length : 0;
      const hint = [field.help, field.type === "id_number" && text(value) ? t("idDigits", { count: digits }) : null].filter(Boolean).join(" · ");
      return (
        <FieldShell id={id} label={label} required={field.required} hint={hint} error={error}>
          <input
            id={id}
            className="field__input"
            type={kind.type}
            {...(kind.inputMode ? { inputMode: kind.inputMode } : {})}
            {...(kind.autoComplete ? { autoComplete: kind.autoComplete } : {})}
            value={text(value)}
            {...fieldAria(id, !!hint, error)}
            onChange={(event) => onChange(event.target.value)}
            onBlur={() => onBlur("")}
          />
        </FieldShell>
      );
    }
  }
}

/** A procedure's own form: every field from its definition, in order. */
export function FormRenderer(props: {
  fields: readonly FormField[];
  answers: Record<string, AnswerInput>;
  onChange: (key: string, value: AnswerInput) => void;
  onBlur: (path: string) => void;
  errorOf: (path: string) => string | undefined;
  idPrefix?: string;
}) {
  const prefix = props.idPrefix ?? "answers";
  return (
    <div className="form-renderer">
      {props.fields.map((field) => {
        const path = (part: string) => (part ? `${prefix}.${field.key}.${part}` : `${prefix}.${field.key}`);
        return (
          <FieldControl
            key={field.key}
            field={field}
            id={`${prefix}-${field.key}`}
            value={props.answers[field.key]}
            onChange={(value) => props.onChange(field.key, value)}
            onBlur={(part) => props.onBlur(path(part))}
            errorOf={(part) => props.errorOf(path(part))}
          />
        );
      })}
    </div>
  );
}
