import type { DeskServiceRequestDetail, DeskServiceRequestList, OfficerServiceAction, ServiceRequestKind, ServiceRequestStatus } from "@motcua/contracts";
import { request, requestJson } from "../lib/http.ts";

// The service-request screens' calls, beside the rest of the console's in ../api.ts.

const API = "/api/v1/desk/service-requests";
const id = (value: string) => encodeURIComponent(value);

export interface ServiceRequestsQuery {
  kind?: ServiceRequestKind;
  status?: ServiceRequestStatus;
  page: number;
  pageSize: number;
}

export async function listServiceRequests(query: ServiceRequestsQuery, signal?: AbortSignal): Promise<DeskServiceRequestList> {
  const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
  if (query.kind) params.set("kind", query.kind);
  if (query.status) params.set("status", query.status);
  return (await requestJson<DeskServiceRequestList>(`${API}?${params}`, signal ? { signal } : {})).data;
}

export async function getServiceRequest(code: string): Promise<DeskServiceRequestDetail> {
  return (await requestJson<DeskServiceRequestDetail>(`${API}/${id(code)}`)).data;
}

export async function serviceRequestAction(code: string, action: OfficerServiceAction, body: object): Promise<DeskServiceRequestDetail> {
  return (await requestJson<DeskServiceRequestDetail>(`${API}/${id(code)}/${action}`, { method: "POST", body })).data;
}

export async function addResultFile(code: string, file: File): Promise<DeskServiceRequestDetail> {
  const form = new FormData();
  form.set("file", file, file.name);
  return (await requestJson<DeskServiceRequestDetail>(`${API}/${id(code)}/result-files`, { method: "POST", body: form })).data;
}

export async function removeResultFile(code: string, uploadId: string): Promise<DeskServiceRequestDetail> {
  return (await requestJson<DeskServiceRequestDetail>(`${API}/${id(code)}/result-files/${id(uploadId)}`, { method: "DELETE" })).data;
}

/** The file's bytes: the route needs the bearer token, so it cannot be a plain link. */
export async function fetchServiceFile(code: string, uploadId: string): Promise<Blob> {
  return (await request(`${API}/${id(code)}/files/${id(uploadId)}`)).blob();
}
