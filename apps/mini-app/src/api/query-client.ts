import { ApiError } from "@motcua/contracts";
import { QueryClient } from "@tanstack/react-query";

/** Failures worth another try: the network, a busy server, an upstream outage. Never a 4xx. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.status === 0 || error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // On 3G a catalog answer stays good for minutes; the server's ETag keeps refetches cheap.
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        retry: (failures, error) => failures < 3 && isRetryable(error),
        retryDelay: (attempt, error) =>
          error instanceof ApiError && error.retryAfter ? error.retryAfter * 1000 : Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
