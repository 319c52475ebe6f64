import type { Agency } from "@motcua/contracts";
import { useAgencies } from "../../components/catalog/catalog-queries.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { pickerMessages } from "./messages.ts";

export interface AgencySelectProps {
  id: string;
  label: string;
  value: string;
  onChange(code: string): void;
  /** The first option: choosing no agency, or (without it) a prompt that cannot be submitted. */
  emptyLabel: string;
  error?: string | undefined;
}

/** A native select, grouped province / commune: the phone's own picker, readable at any text size. */
export function AgencySelect({ id, label, value, onChange, emptyLabel, error }: AgencySelectProps) {
  const t = useMessages(pickerMessages);
  const agencies = useAgencies();
  if (agencies.isError) return <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />;
  const items: Agency[] = agencies.data?.items ?? [];
  const group = (level: Agency["level"]) =>
    items
      .filter((a) => a.level === level)
      .map((a) => (
        <option key={a.code} value={a.code}>
          {a.name}
        </option>
      ));
  return (
    <div className="dossier-field">
      <label htmlFor={id} className="dossier-field__label">
        {label}
      </label>
      <select
        id={id}
        className="dossier-field__control"
        value={value}
        disabled={agencies.isPending}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{emptyLabel}</option>
        <optgroup label={t("provinceGroup")}>{group("PROVINCE")}</optgroup>
        <optgroup label={t("communeGroup")}>{group("COMMUNE")}</optgroup>
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
