import type { Agency } from "@motcua/contracts";
import type { ReactNode, RefObject } from "react";
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

/** A labelled select whose first choice, "any", leaves the filter off. */
function FilterSelect({
  id,
  label,
  value,
  onChange,
  selectRef,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  selectRef?: RefObject<HTMLSelectElement>;
  children: ReactNode;
}) {
  const t = useMessages(messages);
  return (
    <div className="catalog-field">
      <label htmlFor={id} className="catalog-field__label">
        {label}
      </label>
      <select id={id} ref={selectRef} className="field__control" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t("any")}</option>
        {children}
      </select>
    </div>
  );
}

/** Keeps a code from a link selectable even before (or without) the list it should be in. */
function UnlistedChoice({ value, listed }: { value: string; listed: readonly string[] | undefined }) {
  return value && !listed?.includes(value) ? <option value={value}>{value}</option> : null;
}

function NamedOptions({ items }: { items: ReadonlyArray<{ code: string; name: string }> }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.code} value={item.code}>
          {item.name}
        </option>
      ))}
    </>
  );
}

/** Native selects: light, readable at any text size, and the phone's own picker on tap. */
export function FilterPanel({ id, filters, onChange, agencyRef }: FilterPanelProps) {
  const t = useMessages(messages);
  const agencies = useAgencies();
  const sectors = useSectors();
  const byLevel = (level: Agency["level"]) => (agencies.data?.items ?? []).filter((agency) => agency.level === level);
  const failed = agencies.isError ? agencies : sectors.isError ? sectors : null;
  const choose = (key: FilterKey) => (value: string) => onChange(key, value);

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
      <FilterSelect id={`${id}-agency`} label={t("agency")} value={filters.agency} onChange={choose("agency")} selectRef={agencyRef}>
        <UnlistedChoice value={filters.agency} listed={agencies.data?.items.map((agency) => agency.code)} />
        <optgroup label={t("levelPROVINCE")}>
          <NamedOptions items={byLevel("PROVINCE")} />
        </optgroup>
        <optgroup label={t("levelCOMMUNE")}>
          <NamedOptions items={byLevel("COMMUNE")} />
        </optgroup>
      </FilterSelect>
      <FilterSelect id={`${id}-sector`} label={t("sector")} value={filters.sector} onChange={choose("sector")}>
        <UnlistedChoice value={filters.sector} listed={sectors.data?.items.map((sector) => sector.code)} />
        <NamedOptions items={sectors.data?.items ?? []} />
      </FilterSelect>
      <FilterSelect id={`${id}-level`} label={t("level")} value={filters.level} onChange={choose("level")}>
        <option value="PROVINCE">{t("levelPROVINCE")}</option>
        <option value="COMMUNE">{t("levelCOMMUNE")}</option>
      </FilterSelect>
      <FilterSelect id={`${id}-online`} label={t("online")} value={filters.online} onChange={choose("online")}>
        <option value="true">{t("onlineAny")}</option>
        <option value="FULL">{t("onlineFull")}</option>
      </FilterSelect>
    </div>
  );
}
