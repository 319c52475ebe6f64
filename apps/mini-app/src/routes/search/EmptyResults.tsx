import { useCenter } from "../../components/catalog/catalog-queries.ts";
import { telHref } from "../../components/catalog/format.ts";
import { useMessages } from "../../i18n/i18n.tsx";
import { messages } from "./messages.ts";

interface EmptyResultsProps {
  hasQuery: boolean;
  hasFilters: boolean;
  onClearFilters: () => void;
  onBrowseAgency: () => void;
}

/** Nothing matched (the count line above says so): every way forward, ending with a person to call. */
export function EmptyResults({ hasQuery, hasFilters, onClearFilters, onBrowseAgency }: EmptyResultsProps) {
  const t = useMessages(messages);
  const { center } = useCenter();
  return (
    <div className="card search-empty">
      <p className="search-empty__title">{t("emptyTry")}</p>
      <ul className="search-empty__tips">
        {hasQuery && <li>{t("emptyFewerWords")}</li>}
        {hasQuery && <li>{t("emptySpelling")}</li>}
        {hasFilters && (
          <li>
            {t("emptyRemoveFilters")}{" "}
            <button type="button" className="action-button search-empty__button" onClick={onClearFilters}>
              {t("clearFilters")}
            </button>
          </li>
        )}
        <li>
          {t("emptyBrowseAgency")}{" "}
          <button type="button" className="action-button search-empty__button" onClick={onBrowseAgency}>
            {t("emptyBrowseAgencyButton")}
          </button>
        </li>
        <li>
          {center?.phone ? (
            <>
              {t("emptyCall")}{" "}
              <a className="text-link search-empty__phone" href={telHref(center.phone)}>
                {center.phone}
              </a>
            </>
          ) : (
            t("emptyCallNoNumber")
          )}
        </li>
      </ul>
    </div>
  );
}
