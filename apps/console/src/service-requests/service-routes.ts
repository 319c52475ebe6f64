import { serviceRequestKinds, serviceRequestStatuses, type ServiceRequestKind, type ServiceRequestStatus } from "@motcua/contracts";

// The service-request screens' part of the console's hash routes (lib/router.ts): `#/dich-vu…`.

export interface ServiceRequestsRoute {
  name: "serviceRequests";
  kind?: ServiceRequestKind;
  status?: ServiceRequestStatus;
  page: number;
}

export type ServiceRoute = ServiceRequestsRoute | { name: "serviceRequest"; code: string };

export const SERVICE_SEGMENT = "dich-vu";

const isOneOf = <T extends string>(values: readonly T[], v: string | null): v is T => v !== null && (values as readonly string[]).includes(v);

/** The route under `#/dich-vu`, given what follows it; unknown filters are dropped. */
export function parseServiceRoute(code: string | undefined, params: URLSearchParams): ServiceRoute {
  if (code) return { name: "serviceRequest", code: decodeURIComponent(code) };
  const kind = params.get("kind");
  const status = params.get("status");
  const page = Number(params.get("page"));
  return {
    name: "serviceRequests",
    ...(isOneOf(serviceRequestKinds, kind) ? { kind } : {}),
    ...(isOneOf(serviceRequestStatuses, status) ? { status } : {}),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function serviceHref(route: ServiceRoute): string {
  if (route.name === "serviceRequest") return `#/${SERVICE_SEGMENT}/${encodeURIComponent(route.code)}`;
  const params = new URLSearchParams();
  if (route.kind) params.set("kind", route.kind);
  if (route.status) params.set("status", route.status);
  if (route.page > 1) params.set("page", String(route.page));
  const search = params.toString();
  return search ? `#/${SERVICE_SEGMENT}?${search}` : `#/${SERVICE_SEGMENT}`;
}
