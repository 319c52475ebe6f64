import type { Ward } from "@motcua/contracts";
import { useMemo, useState } from "react";
import { ErrorState } from "../../../components/ErrorState.tsx";
import { describedBy, fieldAria } from "../../../components/field-aria.ts";
import { useMessages } from "../../../i18n/i18n.tsx";
import { foldText } from "../fold-text.ts";
import { useWards } from "./admin-units.ts";
import { FieldShell } from "./FieldShell.tsx";
import { formMessages } from "./form-messages.ts";

const SHOWN = 8;

/** Wards whose name holds every typed word, accents ignored; names that start with the query first. */
export function matchWards(wards: readonly Ward[], query: string): Ward[] {
  const words = foldText(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...wards];
  const folded = foldText(query);
  return wards
    .map((ward) => ({ ward, name: foldText(ward.name), full: foldText(ward.fullName) }))
    .filter(({ full, name }) => words.every((word) => full.includes(word) || name.includes(word)))
    .sort((a, b) => Number(b.name.startsWith(folded)) - Number(a.name.startsWith(folded)) || a.name.localeCompare(b.name, "vi"))
    .map(({ ward }) => ward);
}

/**
 * The ward or commune of an address (two tiers since 1/7/2025: no district), found by typing part
 * of its name. Once chosen it shows as text with "Đổi" beside it.
 */
export function WardPicker(props: {
  id: string;
  label?: string;
  provinceCode: string;
  value: string;
  onChange: (wardCode: string) => void;
  onBlur?: () => void;
  error?: string;
}) {
  const t = useMessages(formMessages);
  const label = props.label ?? t("ward");
  const wards = useWards(props.provinceCode);
  const [query, setQuery] = useState("");
  const [showAll, setShowAll] = useState(false);
  const chosen = wards.data?.find((ward) => ward.code === props.value);
  const matches = useMemo(() => matchWards(wards.data ?? [], query), [wards.data, query]);

  if (chosen) {
    return (
      <FieldShell id={props.id} label={label} required error={props.error}>
        <div className="ward-picker__chosen">
          <output id={props.id} className="ward-picker__value" aria-describedby={describedBy(props.id, false, !!props.error)}>
            {chosen.fullName}
          </output>
          <button
            type="button"
            className="ward-picker__change"
            aria-label={t("wardChangeNamed", { label })}
            onClick={() => {
              setQuery("");
              props.onChange("");
            }}
          >
            {t("wardChange")}
          </button>
        </div>
      </FieldShell>
    );
  }

  const visible = query.trim() || showAll ? matches : [];
  const listed = showAll ? visible : visible.slice(0, SHOWN);
  return (
    <FieldShell id={props.id} label={label} required hint={t("wardSearchHint")} error={props.error}>
      <input
        id={props.id}
        className="field__input"
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        value={query}
        {...fieldAria(props.id, true, props.error)}
        aria-controls={`${props.id}-results`}
        onChange={(event) => setQuery(event.target.value)}
        onBlur={props.onBlur}
      />
      {wards.isPending && wards.fetchStatus !== "idle" && <p className="field__hint">{t("wardLoading")}</p>}
      {wards.isError && <ErrorState error={wards.error} onRetry={() => void wards.refetch()} />}
      {wards.data && wards.data.length === 0 && <p className="field__hint">{t("wardNotListed")}</p>}
      {wards.data && (query.trim() || showAll) && matches.length === 0 && <p className="field__hint">{t("wardNone")}</p>}
      {listed.length > 0 && (
        <ul id={`${props.id}-results`} className="ward-picker__results" aria-label={t("wardResults")}>
          {listed.map((ward) => (
            <li key={ward.code}>
              <button
                type="button"
                className="ward-picker__option"
                onClick={() => {
                  setShowAll(false);
                  props.onChange(ward.code);
                }}
              >
                {ward.fullName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {wards.data && wards.data.length > 0 && !showAll && (
        <button
          type="button"
          className="ward-picker__all"
          onClick={() => {
            setQuery("");
            setShowAll(true);
          }}
        >
          {t("wardShowAll", { count: wards.data.length })}
        </button>
      )}
    </FieldShell>
  );
}
