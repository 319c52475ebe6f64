import type { DeskDossierDetail, OfficerSessionGrant } from "@motcua/contracts";

/** A second officer working the same dossier from another desk, straight through the API. */
export async function otherDesk(baseUrl: string, username: string, password: string) {
  const signIn = await fetch(`${baseUrl}/api/v1/desk/sessions`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!signIn.ok) throw new Error(`officer sign-in failed: ${signIn.status} ${await signIn.text()}`);
  const { token } = (await signIn.json()) as OfficerSessionGrant;
  const auth = { Authorization: `Bearer ${token}` };

  return {
    async detail(id: string): Promise<{ dossier: DeskDossierDetail; etag: string }> {
      const res = await fetch(`${baseUrl}/api/v1/desk/dossiers/${id}`, { headers: auth });
      if (!res.ok) throw new Error(`detail failed: ${res.status}`);
      return { dossier: (await res.json()) as DeskDossierDetail, etag: res.headers.get("etag")! };
    },
    async act(id: string, action: string, body: unknown, etag: string): Promise<DeskDossierDetail> {
      const res = await fetch(`${baseUrl}/api/v1/desk/dossiers/${id}/actions/${action}`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json", "If-Match": etag },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${action} failed: ${res.status} ${await res.text()}`);
      return (await res.json()) as DeskDossierDetail;
    },
  };
}
