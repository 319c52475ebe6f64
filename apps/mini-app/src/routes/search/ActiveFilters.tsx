import { useAgencies, useSectors } from "../../components/catalog/catalog-queries.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";
import { activeFilterKeys, type FilterKey, type SearchFilters } from "./search-params.ts";

/** The filters in force, in words, each removable with one tap; visible even with the panel closed. */
export function ActiveFilters({ filters, onRemove, onClear }: { filters: SearchFilters; onRemove: (key: FilterKey) => void; onClear: () => void }) {
  const t = useMessages(messages);
  const agencies = useAgencies();
  const sectors = useSectors();
  const active = activeFilterKeys(filters);
  if (active.length === 0) return null;

  const describe = (key: FilterKey): string => {
    switch (key) {
      case "agency":
        return agencies.data?.items.find((agency) => agency.code === filters.agency)?.name ?? filters.agency;
      case "sector":
        return sectors.data?.items.find((sector) => sector.code === filters.sector)?.name ?? filters.sector;
      case "level":
        return filters.level === "PROVINCE" ? t("levelPROVINCE") : t("levelCOMMUNE");
      case "online":
        return filters.online === "FULL" ? t("onlineFull") : t("onlineAny");
    }
  };

  return (
    <ul className="search-active" aria-label={t("filtersTitle")}>
      {active.map((key) => (
        <li key={key}>
          <button
            type="button"
            className="search-active__chip"
            aria-label={t("removeFilter", { label: t(key), value: describe(key) })}
            onClick={() => onRemove(key)}
          >
            <span>{describe(key)}</span>
            <span aria-hidden="true" className="search-active__x">
              ×
            </span>
          </button>
        </li>
      ))}
      {active.length > 1 && (
        <li>
          <button type="button" className="search-active__clear" onClick={onClear}>
            {t("clearFilters")}
          </button>
        </li>
      )}
    </ul>
  );
}
