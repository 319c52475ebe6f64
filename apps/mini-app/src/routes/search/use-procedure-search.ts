import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { api, json } from "../../api/api.ts";
import { toApiQuery, type SearchFilters } from "./search-params.ts";

export const PAGE_SIZE = 20;

/**
 * One search, paged by "show more". While a new query is on its way the previous results stay on
 * screen (no flash to empty between keystrokes), and a superseded request is aborted, which matters
 * on 3G.
 */
export function useProcedureSearch(filters: SearchFilters) {
  const query = toApiQuery(filters);
  return useInfiniteQuery({
    queryKey: ["catalog", "search", query],
    queryFn: ({ pageParam, signal }) =>
      json(() =>
        api.api.v1.procedures.$get({ query: { ...query, page: String(pageParam), pageSize: String(PAGE_SIZE) } }, { init: { signal } }),
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    placeholderData: keepPreviousData,
  });
}
