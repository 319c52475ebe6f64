import type { DossierDetail, RateDossierRequest, SupplementSubmission } from "@motcua/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/api.ts";
import { authed } from "../../api/session.ts";

export const dossierKeys = {
  all: ["me", "dossiers"] as const,
  list: ["me", "dossiers", "list"] as const,
  detail: (id: string) => ["me", "dossiers", "detail", id] as const,
  rating: (id: string) => ["me", "dossiers", "rating", id] as const,
};

/** Statuses change at the desk at any time: a visit shows what is cached and refreshes at once. */
export const myDossiersQuery = queryOptions({
  queryKey: dossierKeys.list,
  queryFn: ({ signal }) => authed((auth) => api.api.v1.me.dossiers.$get(undefined, { ...auth, init: { signal } })),
  staleTime: 0,
});

export const dossierQuery = (id: string) =>
  queryOptions({
    queryKey: dossierKeys.detail(id),
    queryFn: ({ signal }) => authed((auth) => api.api.v1.me.dossiers[":id"].$get({ param: { id } }, { ...auth, init: { signal } })),
    staleTime: 0,
  });

export const ratingQuery = (id: string) =>
  queryOptions({
    queryKey: dossierKeys.rating(id),
    queryFn: ({ signal }) => authed((auth) => api.api.v1.me.dossiers[":id"].rating.$get({ param: { id } }, { ...auth, init: { signal } })),
    staleTime: 0,
  });

export const withdrawDossier = (id: string, reason: string | undefined, key: string) =>
  authed((auth) =>
    api.api.v1.me.dossiers[":id"].withdraw.$post({ param: { id }, json: reason ? { reason } : {}, header: { "idempotency-key": key } }, auth),
  );

export const supplementDossier = (id: string, body: SupplementSubmission, key: string) =>
  authed((auth) => api.api.v1.me.dossiers[":id"].supplement.$post({ param: { id }, json: body, header: { "idempotency-key": key } }, auth));

export const rateDossier = (id: string, body: RateDossierRequest) =>
  authed((auth) => api.api.v1.me.dossiers[":id"].rating.$put({ param: { id }, json: body }, auth));

/** After an action the answer is the new detail: show it, and let the list refresh behind. */
export function applyDetail(client: QueryClient, detail: DossierDetail): void {
  client.setQueryData(dossierKeys.detail(detail.id), detail);
  void client.invalidateQueries({ queryKey: dossierKeys.list });
}
