import type { Agency } from "@motcua/contracts";
import type { RefObject } from "react";
import { ErrorState } from "../../components/ErrorState.tsx";
import { useAgencies, useSectors } from "../../components/catalog/catalog-queries.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";
import type { FilterKey, SearchFilters } from "./search-params.ts";

interface FilterPanelProps {
  id: string;
  filters: SearchFilters;
  onChange: (key: FilterKey, value: string) => void;
  agencyRef: RefObject<HTMLSelectElement>;
}

/** Native selects: light, readable at any text size, and the phone's own picker on tap. */
export function FilterPanel({ id, filters, onChange, agencyRef }: FilterPanelProps) {
  const t = useMessages(messages);
  const agencies = useAgencies();
  const sectors = useSectors();
  const byLevel = (level: Agency["level"]) => (agencies.data?.items ?? []).filter((agency) => agency.level === level);
  const failed = agencies.isError ? agencies : sectors.isError ? sectors : null;

  return (
    <div id={id} className="search-filters card" role="group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t("filtersTitle")}
      </h2>
      {failed && (
        <>
          <p className="muted">{t("filtersUnavailable")}</p>
          <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-agency`} className="field__label">
          {t("agency")}
        </label>
        <select
          id={`${id}-agency`}
          ref={agencyRef}
          className="field__control"
          value={filters.agency}
          onChange={(event) => onChange("agency", event.target.value)}
        >
          <option value="">{t("any")}</option>
          {/* Keep a code from a link selectable even before (or without) the list. */}
          {filters.agency && !agencies.data?.items.some((agency) => agency.code === filters.agency) && (
            <option value={filters.agency}>{filters.agency}</option>
          )}
          <optgroup label={t("levelPROVINCE")}>
            {byLevel("PROVINCE").map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("levelCOMMUNE")}>
            {byLevel("COMMUNE").map((agency) => (
              <option key={agency.code} value={agency.code}>
                {agency.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sector`} className="field__label">
          {t("sector")}
        </label>
        <select id={`${id}-sector`} className="field__control" value={filters.sector} onChange={(event) => onChange("sector", event.target.value)}>
          <option value="">{t("any")}</option>
          {filters.sector && !sectors.data?.items.some((sector) => sector.code === filters.sector) && (
            <option value={filters.sector}>{filters.sector}</option>
          )}
          {(sectors.data?.items ?? []).map((sector) => (
            <option key={sector.code} value={sector.code}>
              {sector.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`} className="field__label">
          {t("level")}
        </label>
        <select id={`${id}-level`} className="field__control" value={filters.level} onChange={(event) => onChange("level", event.target.value)}>
          <option value="">{t("any")}</option>
          <option value="PROVINCE">{t("levelPROVINCE")}</option>
          <option value="COMMUNE">{t("levelCOMMUNE")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-online`} className="field__label">
          {t("online")}
        </label>
        <select id={`${id}-online`} className="field__control" value={filters.online} onChange={(event) => onChange("online", event.target.value)}>
          <option value="">{t("any")}</option>
          <option value="true">{t("onlineAny")}</option>
          <option value="FULL">{t("onlineFull")}</option>
        </select>
      </div>
    </div>
  );
}
