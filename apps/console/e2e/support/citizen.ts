import { randomUUID } from "node:crypto";
import type { DossierCreated, DossierDetail, Procedure, ProcedureDetail, SessionGrant, SubmitDossierRequest } from "@motcua/contracts";
import { submissionFor, tinyPdf, uploadFile, uploadRequiredDocuments } from "../../../bff/src/test/dossier-fixtures.ts";

/** The citizen's side, through the same public API the mini app uses. */
export interface Citizen {
  token: string;
}

async function call<T>(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      ...(init.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Development sign-in, then consent to Zalo notifications (without it the outbox skips the citizen). */
export async function signInCitizen(baseUrl: string, name: string): Promise<Citizen> {
  const grant = await call<SessionGrant>(baseUrl, "/auth/dev", { method: "POST", body: { name } });
  await call(baseUrl, "/me/notifications", { method: "PUT", token: grant.token, body: { optIn: true } });
  return { token: grant.token };
}

/** The public detail, reshaped into the catalog record the BFF's fixtures are written against. */
export async function fetchProcedure(baseUrl: string, code: string): Promise<Procedure> {
  const { sector, agency, ...rest } = await call<ProcedureDetail>(baseUrl, `/procedures/${code}`);
  return { ...rest, sectorCode: sector.code, agencyCode: agency.code };
}

export async function fileDossier(baseUrl: string, citizen: Citizen, procedure: Procedure, wardCode: string): Promise<{ created: DossierCreated; body: SubmitDossierRequest }> {
  const uploads = await uploadRequiredDocuments(baseUrl, citizen.token, procedure);
  const body = submissionFor(procedure, wardCode, uploads);
  const created = await call<DossierCreated>(baseUrl, "/dossiers", { method: "POST", token: citizen.token, body, headers: { "Idempotency-Key": randomUUID() } });
  return { created, body };
}

export async function supplement(baseUrl: string, citizen: Citizen, dossierId: string, requirementId: string): Promise<DossierDetail> {
  const uploadId = await uploadFile(baseUrl, citizen.token, "ban-sao-chup-lai.pdf", tinyPdf);
  return call<DossierDetail>(baseUrl, `/me/dossiers/${dossierId}/supplement`, {
    method: "POST",
    token: citizen.token,
    body: { documents: [{ requirementId, uploadIds: [uploadId] }], note: "Đã chụp lại bản sao rõ nét" },
  });
}

export const citizenDossier = (baseUrl: string, citizen: Citizen, dossierId: string) =>
  call<DossierDetail>(baseUrl, `/me/dossiers/${dossierId}`, { token: citizen.token });
