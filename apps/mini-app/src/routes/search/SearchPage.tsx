import "../../components/catalog/catalog.css";
import "./search.css";
import { useEffect, useRef, useState } from "react";
import { useSearchParams } from "zmp-ui";
import { AppPage } from "../../components/AppPage.tsx";
import { SearchForm } from "../../components/catalog/SearchForm.tsx";
import { useMessages } from "../../i18n/i18n.tsx";
import { ActiveFilters } from "./ActiveFilters.tsx";
import { FilterPanel } from "./FilterPanel.tsx";
import { messages } from "./messages.ts";
import { activeFilterKeys, emptyFilters, readSearchParams, toSearchParams, type FilterKey, type SearchFilters } from "./search-params.ts";
import { SearchResults } from "./SearchResults.tsx";
import { useProcedureSearch } from "./use-procedure-search.ts";

/** Long enough to skip the letters in between, short enough to feel like results "as you type". */
const SEARCH_DEBOUNCE_MS = 300;

export default function SearchPage() {
  const t = useMessages(messages);
  const [params, setParams] = useSearchParams();
  const filters = readSearchParams(params);
  const [text, setText] = useState(filters.q);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const agencyRef = useRef<HTMLSelectElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // The q this screen last wrote to the URL: any other q came from Back/Forward or a link.
  const written = useRef(filters.q);

  // The debounced write runs later than the render that scheduled it; it must start from the URL as
  // it is then, or a filter chosen during the wait would be undone.
  const latestParams = useRef(params);
  latestParams.current = params;
  const replaceFilters = (change: (current: SearchFilters) => SearchFilters) =>
    setParams(toSearchParams(change(readSearchParams(latestParams.current))), { replace: true });

  useEffect(() => {
    if (filters.q === written.current) return;
    written.current = filters.q;
    setText(filters.q);
  }, [filters.q]);

  useEffect(() => {
    const q = text.trim();
    if (q === written.current) return;
    const timer = setTimeout(() => {
      written.current = q;
      replaceFilters((current) => ({ ...current, q }));
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Only a change of text restarts the wait; replaceFilters reads the latest URL when it runs.
  }, [text]);

  const search = useProcedureSearch(filters);
  const activeCount = activeFilterKeys(filters).length;
  const setFilter = (key: FilterKey, value: string) => replaceFilters((current) => ({ ...current, [key]: value }));
  const clearFilters = () => replaceFilters((current) => ({ ...emptyFilters, q: current.q }));
  const browseByAgency = () => {
    setFiltersOpen(true);
    // The panel renders on this state change; focus its first select once it is there.
    requestAnimationFrame(() => agencyRef.current?.focus());
  };

  return (
    <AppPage title={t("title")} root className="catalog-screen search-page">
      <SearchForm
        inputId="search-input"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        text={text}
        onText={setText}
        onSubmit={(event) => event.preventDefault()}
        inputRef={inputRef}
        inputProps={{
          "aria-describedby": "search-hint",
          onKeyDown: (event) => {
            if (event.key === "Enter") inputRef.current?.blur();
          },
        }}
        buttons={
          text && (
            <button
              type="button"
              className="action-button search-box__clear"
              aria-label={t("clearSearch")}
              onClick={() => {
                setText("");
                inputRef.current?.focus();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          )
        }
      >
        <p id="search-hint" className="muted search-box__hint">
          {t("searchHint")}
        </p>
      </SearchForm>

      <div className="search-toolbar">
        <button
          type="button"
          className="action-button"
          aria-expanded={filtersOpen}
          aria-controls="search-filter-panel"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {activeCount ? t("filtersButtonCount", { count: activeCount }) : t("filtersButton")}
        </button>
      </div>
      <ActiveFilters filters={filters} onRemove={(key) => setFilter(key, "")} onClear={clearFilters} />
      {filtersOpen && <FilterPanel id="search-filter-panel" filters={filters} onChange={setFilter} agencyRef={agencyRef} />}

      <SearchResults search={search} filters={filters} hasFilters={activeCount > 0} onClearFilters={clearFilters} onBrowseAgency={browseByAgency} />
    </AppPage>
  );
}
