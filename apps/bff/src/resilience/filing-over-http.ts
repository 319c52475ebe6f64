import type { Procedure } from "@motcua/contracts";
import { submissionFor, uploadRequiredDocuments } from "../test/dossier-fixtures.ts";

/** The commune-level birth registration: short form, few documents. */
const PROCEDURE = "1.001193";

export async function devSignIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/dev`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  if (res.status !== 200) throw new Error(`dev sign-in failed: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** A complete, valid filing built through the public API, as a phone would: detail, wards, uploads. */
export async function prepareFiling(url: string, token: string): Promise<string> {
  const procedure = (await (await fetch(`${url}/api/v1/procedures/${PROCEDURE}`)).json()) as Procedure;
  const agencies = (await (await fetch(`${url}/api/v1/agencies`)).json()) as { items: { level: string; wardCode: string | null }[] };
  const wardCode = agencies.items.find((a) => a.level === "COMMUNE" && a.wardCode)!.wardCode!;
  const uploads = await uploadRequiredDocuments(url, token, procedure);
  return JSON.stringify(submissionFor(procedure, wardCode, uploads));
}

export function submit(url: string, token: string, key: string, body: string): Promise<Response> {
  return fetch(`${url}/api/v1/dossiers`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": key },
    body,
  });
}

export async function myDossierCount(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`listing failed: ${res.status}`);
  return ((await res.json()) as { items: unknown[] }).items.length;
}
