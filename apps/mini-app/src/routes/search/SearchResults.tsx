import { ErrorState } from "../../components/ErrorState.tsx";
import { ProcedureRow } from "../../components/catalog/ProcedureRow.tsx";
import { SkeletonRows } from "../../components/catalog/Skeleton.tsx";
import { useMessages, type Translate } from "../../i18n/i18n.tsx";
import { EmptyResults } from "./EmptyResults.tsx";
import { messages, type SearchKey } from "./messages.ts";
import type { SearchFilters } from "./search-params.ts";
import type { useProcedureSearch } from "./use-procedure-search.ts";

function countText(total: number, q: string, t: Translate<SearchKey>): string {
  if (total === 0) return q ? t("emptyTitleFor", { q }) : t("emptyTitle");
  return q ? t("resultCountFor", { count: total, q }) : t("resultCount", { count: total });
}

interface SearchResultsProps {
  search: ReturnType<typeof useProcedureSearch>;
  filters: SearchFilters;
  hasFilters: boolean;
  onClearFilters: () => void;
  onBrowseAgency: () => void;
}

export function SearchResults({ search, filters, hasFilters, onClearFilters, onBrowseAgency }: SearchResultsProps) {
  const t = useMessages(messages);
  const { data, isPending, isError, error, refetch, isPlaceholderData, isFetching } = search;

  if (isPending) return <SkeletonRows rows={4} />;
  // A failed first page has nothing to show; a failed "show more" keeps what is already listed.
  if (isError && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;

  const items = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? 0;
  const remaining = total - items.length;
  const updating = isPlaceholderData && isFetching;

  return (
    <section className="search-results" aria-busy={updating}>
      <p className="search-results__count" role="status" aria-live="polite">
        {updating ? t("searching") : countText(total, filters.q, t)}
      </p>
      {isError && data && !search.isFetchNextPageError && <ErrorState error={error} onRetry={() => void refetch()} />}
      {total === 0 ? (
        <EmptyResults hasQuery={filters.q !== ""} hasFilters={hasFilters} onClearFilters={onClearFilters} onBrowseAgency={onBrowseAgency} />
      ) : (
        <ol className={`procedure-list ${updating ? "search-results__list--stale" : ""}`}>
          {items.map((procedure) => (
            <ProcedureRow key={procedure.code} procedure={procedure} />
          ))}
        </ol>
      )}
      {search.isFetchNextPageError && <ErrorState error={error} onRetry={() => void search.fetchNextPage()} />}
      {search.hasNextPage && !search.isFetchNextPageError && (
        <button
          type="button"
          className="action-button action-button--block"
          disabled={search.isFetchingNextPage}
          onClick={() => void search.fetchNextPage()}
        >
          {search.isFetchingNextPage ? t("loadingMore") : t("loadMore", { count: remaining })}
        </button>
      )}
      {!search.hasNextPage && total > data.pages[0]!.pageSize && <p className="muted search-results__end">{t("allShown", { count: total })}</p>}
    </section>
  );
}
