import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorState } from "./ErrorState.tsx";
import { PageLoading } from "./PageLoading.tsx";

/** What a query brought, once it has: the spinner until then, or the failure with a way to try again. */
export function QueryGate<Data, Failure>({ query, children }: { query: UseQueryResult<Data, Failure>; children: (data: Data) => ReactNode }) {
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
