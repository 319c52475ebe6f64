import { ApiError, type Draft } from "@motcua/contracts";
import { api } from "../../api/api.ts";
import { isRetryable } from "../../api/query-client.ts";
import { authed, sendAuthed } from "../../api/session.ts";
import { savedForm } from "./filing-data.ts";
import { listLocalDrafts, markServerDelete, pendingServerDeletes, readLocalDraft, removeLocalDraft, writeLocalDraft, type LocalDraft } from "./draft-store.ts";

/**
 * - `saved`: the server has the latest copy;
 * - `offline`: kept on the phone, to be sent again (no network, server busy);
 * - `local`: kept on the phone only, because the server refused it (full quota, too large).
 */
export type SyncOutcome = { state: "saved" } | { state: "offline" } | { state: "local"; error: ApiError };

const create = (draft: LocalDraft) =>
  authed((auth) => api.api.v1.me.drafts.$post({ json: { procedureCode: draft.procedureCode, data: { ...savedForm(draft.data) } } }, auth));

// No If-Match: the phone the citizen is typing on holds the newest text, and it must win.
const replace = (draft: LocalDraft, serverId: string) =>
  authed((auth) => api.api.v1.me.drafts[":id"].$put({ param: { id: serverId }, header: {}, json: { data: { ...savedForm(draft.data) } } }, auth));

async function pushOnce(localId: string): Promise<SyncOutcome> {
  const draft = readLocalDraft(localId);
  if (!draft || !draft.dirty) return { state: "saved" };
  const sentAt = draft.updatedAt;
  let stored: Draft;
  try {
    if (draft.serverId) {
      try {
        stored = await replace(draft, draft.serverId);
      } catch (err) {
        // Deleted meanwhile (expired, or removed on another phone): this phone's text becomes a new draft.
        if (!(err instanceof ApiError) || err.status !== 404) throw err;
        stored = await create(draft);
      }
    } else {
      stored = await create(draft);
    }
  } catch (err) {
    if (err instanceof ApiError && !isRetryable(err) && err.status !== 401) return { state: "local", error: err };
    return { state: "offline" };
  }
  const now = readLocalDraft(localId);
  if (!now) {
    // Discarded while the request was under way: the server copy goes too.
    await deleteServerDraft(stored.id);
    return { state: "saved" };
  }
  writeLocalDraft({ ...now, serverId: stored.id, serverVersion: stored.version, dirty: now.updatedAt !== sentAt });
  return now.updatedAt !== sentAt ? pushOnce(localId) : { state: "saved" };
}

const inFlight = new Map<string, Promise<SyncOutcome>>();

/** Sends a draft's latest local copy to the server; calls for one draft never overlap (one create, never two). */
export function syncDraft(localId: string): Promise<SyncOutcome> {
  const running = inFlight.get(localId);
  // The running push re-reads the record when it ends and sends again if it changed meanwhile.
  if (running) return running;
  const run = pushOnce(localId).finally(() => inFlight.delete(localId));
  inFlight.set(localId, run);
  return run;
}

/** Deletes on the server, or remembers to when the network is back. */
export async function deleteServerDraft(serverId: string): Promise<void> {
  try {
    await sendAuthed((auth) => api.api.v1.me.drafts[":id"].$delete({ param: { id: serverId } }, auth));
    markServerDelete(serverId, false);
  } catch (err) {
    const gone = err instanceof ApiError && err.status === 404;
    markServerDelete(serverId, !gone);
  }
}

/** Removes a draft everywhere (the citizen's "Xoá", or after filing it). */
export async function discardDraft(draft: Pick<LocalDraft, "localId" | "serverId">): Promise<void> {
  removeLocalDraft(draft.localId);
  if (draft.serverId) await deleteServerDraft(draft.serverId);
}

/** Catches up on what an earlier visit could not send: unsynced drafts and deletions. */
export async function syncPendingDrafts(): Promise<void> {
  for (const serverId of pendingServerDeletes()) await deleteServerDraft(serverId);
  for (const draft of listLocalDrafts()) if (draft.dirty) await syncDraft(draft.localId);
}

export async function fetchServerDrafts(): Promise<Draft[]> {
  const deleted = new Set(pendingServerDeletes());
  const { items } = await authed((auth) => api.api.v1.me.drafts.$get({}, auth));
  return items.filter((draft) => !deleted.has(draft.id));
}

export const fetchServerDraft = (id: string): Promise<Draft> => authed((auth) => api.api.v1.me.drafts[":id"].$get({ param: { id } }, auth));
