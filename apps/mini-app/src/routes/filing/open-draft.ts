import { ApiError, type Draft, type ProcedureDetail } from "@motcua/contracts";
import { currentCitizen } from "../../api/session.ts";
import { newFilingData, reviveFilingData } from "./filing-data.ts";
import { findLocalDraft, listLocalDrafts, writeLocalDraft, type LocalDraft } from "./draft-store.ts";
import { fetchServerDraft, fetchServerDrafts } from "./draft-sync.ts";
import { nationalPhone } from "./ZaloPrefill.tsx";

export type Opening =
  /** The draft the link named. */
  | { kind: "resume"; draft: LocalDraft }
  /** No draft named, but one exists for this procedure: ask before opening it. */
  | { kind: "offer"; draft: LocalDraft }
  | { kind: "new" }
  | { kind: "missing" };

/** How long to wait for the server's list of drafts before simply starting (3G, captive portals). */
const LIST_TIMEOUT_MS = 6000;

export function fromServer(server: Draft, procedure: ProcedureDetail, localId?: string): LocalDraft {
  const data = reviveFilingData(server.data, procedure);
  return {
    localId: localId ?? crypto.randomUUID(),
    serverId: server.id,
    serverVersion: server.version,
    procedureCode: server.procedureCode,
    procedureName: data.procedureName,
    updatedAt: server.updatedAt,
    dirty: false,
    data,
  };
}

/** A fresh draft, its phone number filled in when the citizen already shared it with Zalo consent. */
export function newLocalDraft(procedure: ProcedureDetail): LocalDraft {
  const data = newFilingData(procedure);
  const phone = currentCitizen()?.phone;
  if (phone) data.applicant.phone = nationalPhone(phone);
  return {
    localId: crypto.randomUUID(),
    serverId: null,
    serverVersion: null,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    updatedAt: new Date().toISOString(),
    dirty: false,
    data,
  };
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T | null> =>
  Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

/** A phone copy revived against the procedure as it is now. */
const revived = (draft: LocalDraft, procedure: ProcedureDetail): LocalDraft => ({ ...draft, data: reviveFilingData(draft.data, procedure) });

/**
 * Which draft the wizard opens. The phone's copy wins unless the server holds a newer save of the
 * same draft that this phone has not changed since (continued on another phone).
 */
export async function openDraft(procedure: ProcedureDetail, requestedId: string | null): Promise<Opening> {
  if (requestedId) {
    const local = findLocalDraft(requestedId);
    if (local && local.procedureCode !== procedure.code) return { kind: "missing" };
    let server: Draft | null = null;
    if (!local || (!local.dirty && local.serverId)) {
      try {
        server = await fetchServerDraft(local?.serverId ?? requestedId);
      } catch (err) {
        if (!local && err instanceof ApiError && (err.status === 404 || err.status === 400)) return { kind: "missing" };
        if (!local) throw err;
      }
    }
    if (server && server.procedureCode !== procedure.code) return { kind: "missing" };
    if (server && (!local || server.version > (local.serverVersion ?? 0))) {
      const draft = fromServer(server, procedure, local?.localId);
      writeLocalDraft(draft);
      return { kind: "resume", draft };
    }
    return local ? { kind: "resume", draft: revived(local, procedure) } : { kind: "missing" };
  }

  const local = listLocalDrafts().find((draft) => draft.procedureCode === procedure.code);
  if (local) return { kind: "offer", draft: revived(local, procedure) };
  try {
    const servers = await withTimeout(fetchServerDrafts(), LIST_TIMEOUT_MS);
    const server = servers?.find((draft) => draft.procedureCode === procedure.code);
    if (server) return { kind: "offer", draft: fromServer(server, procedure) };
  } catch {
    // Offline or signed out: nothing to offer, start afresh.
  }
  return { kind: "new" };
}
