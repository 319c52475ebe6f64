import type { ProcedureSummary } from "@motcua/contracts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, json } from "../../api/api.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { pickerMessages } from "./messages.ts";

export interface ChosenProcedure {
  code: string;
  name: string;
  /** Null for commune-level procedures, filed at the citizen's own commune. */
  agencyCode: string | null;
}

export const chosenOf = (p: ProcedureSummary): ChosenProcedure => ({ code: p.code, name: p.name, agencyCode: p.agency.code });

const RESULTS = 5;
const MIN_QUERY = 2;

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Search the catalog by name and pick one procedure; a few results at a time keep it light on 3G. */
export function ProcedurePicker({ id, value, onChange }: { id: string; value: ChosenProcedure | null; onChange(next: ChosenProcedure | null): void }) {
  const t = useMessages(pickerMessages);
  const [typed, setTyped] = useState("");
  const q = useDebounced(typed.trim(), 350);
  const results = useQuery({
    queryKey: ["catalog", "procedure-picker", q],
    queryFn: ({ signal }) => json(() => api.api.v1.procedures.$get({ query: { q, pageSize: String(RESULTS) } }, { init: { signal } })),
    enabled: value === null && q.length >= MIN_QUERY,
    placeholderData: keepPreviousData,
  });

  if (value) {
    return (
      <div className="dossier-field">
        <span className="dossier-field__label">{t("procedureLabel")}</span>
        <p className="picker-chosen">{t("procedureChosen", { name: value.name })}</p>
        <button type="button" className="dossier-button" onClick={() => onChange(null)}>
          {t("procedureClear")}
        </button>
      </div>
    );
  }

  const items = q.length >= MIN_QUERY ? (results.data?.items ?? []) : [];
  return (
    <div className="dossier-field">
      <label htmlFor={id} className="dossier-field__label">
        {t("procedureLabel")}
      </label>
      <input id={id} type="search" className="dossier-field__control" placeholder={t("procedurePlaceholder")} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      <div aria-live="polite">
        {results.isError ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : results.isFetching && items.length === 0 && q.length >= MIN_QUERY ? (
          <p className="muted">{t("procedureSearching")}</p>
        ) : q.length >= MIN_QUERY && results.isSuccess && items.length === 0 ? (
          <p className="muted">{t("procedureNone")}</p>
        ) : null}
      </div>
      {items.length > 0 && (
        <ul className="picker-results">
          {items.map((p) => (
            <li key={p.code}>
              <button type="button" className="picker-result" onClick={() => onChange(chosenOf(p))}>
                <span className="picker-result__name">{p.name}</span>
                <span className="picker-result__agency muted">{p.agency.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
