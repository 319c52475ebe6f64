import type { ServiceRequestDetail, SubmitConsultingRequest, SubmitTranslationRequest } from "@motcua/contracts";
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/api.ts";
import { authed, sendAuthed } from "../../api/session.ts";

export const serviceKeys = {
  mine: ["me", "service-requests", "list"] as const,
  detail: (code: string) => ["me", "service-requests", "detail", code] as const,
};

/** Quotes and results arrive from the center at any time: a visit shows what is cached and refreshes at once. */
export const myServiceRequestsQuery = queryOptions({
  queryKey: serviceKeys.mine,
  queryFn: ({ signal }) => authed((auth) => api.api.v1.me["service-requests"].$get(undefined, { ...auth, init: { signal } })),
  staleTime: 0,
});

export const serviceRequestQuery = (code: string) =>
  queryOptions({
    queryKey: serviceKeys.detail(code),
    queryFn: ({ signal }) => authed((auth) => api.api.v1.me["service-requests"][":code"].$get({ param: { code } }, { ...auth, init: { signal } })),
    staleTime: 0,
  });

/** The bodies as the forms hold them: the BFF fills in the defaults and normalises the phone. */
export type ConsultingBody = SubmitConsultingRequest;
export type TranslationBody = Omit<SubmitTranslationRequest, "notarised"> & { notarised?: boolean };

export const sendConsulting = (body: ConsultingBody, key: string) =>
  authed((auth) => api.api.v1["service-requests"].consulting.$post({ json: body, header: { "idempotency-key": key } }, auth));

export const sendTranslation = (body: TranslationBody, key: string) =>
  authed((auth) => api.api.v1["service-requests"].translation.$post({ json: body, header: { "idempotency-key": key } }, auth));

export const acceptQuote = (code: string, totalVnd: number) =>
  authed((auth) => api.api.v1.me["service-requests"][":code"].accept.$post({ param: { code }, json: { totalVnd } }, auth));

export const cancelRequest = (code: string, reason: string) =>
  authed((auth) => api.api.v1.me["service-requests"][":code"].cancel.$post({ param: { code }, json: reason.trim() ? { reason } : {} }, auth));

/** A file of the citizen's own (document or result): the route needs the session, so it cannot be a plain link. */
export async function downloadFile(uploadId: string): Promise<Blob> {
  const res = await sendAuthed((auth) => api.api.v1.uploads[":id"].$get({ param: { id: uploadId } }, auth));
  return res.blob();
}

/** A request changed by the citizen: show it at once, and let the list refresh behind. */
export function applyRequest(client: QueryClient, request: ServiceRequestDetail): void {
  client.setQueryData(serviceKeys.detail(request.code), request);
  void client.invalidateQueries({ queryKey: serviceKeys.mine });
}
