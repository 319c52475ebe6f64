import { storage } from "../../platform/zalo.ts";
import type { FilingData } from "./filing-data.ts";

/**
 * Drafts on the phone. Every change is written here at once, before any network, so closing the
 * app, a dead battery or no signal never loses what was typed; the server copy follows when it can.
 */
export interface LocalDraft {
  localId: string;
  /** The server draft's id once created; null until the first successful save there. */
  serverId: string | null;
  serverVersion: number | null;
  procedureCode: string;
  procedureName: string;
  updatedAt: string;
  /** Changed since the server last stored it. */
  dirty: boolean;
  data: FilingData;
}

const INDEX_KEY = "motcua.filing.drafts";
const DELETED_KEY = "motcua.filing.deleted";
const recordKey = (localId: string) => `motcua.filing.draft.${localId}`;

function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = storage.get(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

const readIndex = (): string[] => readJson<string[]>(INDEX_KEY, []).filter((id) => typeof id === "string");

export function readLocalDraft(localId: string): LocalDraft | null {
  const draft = readJson<LocalDraft | null>(recordKey(localId), null);
  return draft && typeof draft === "object" && draft.data ? draft : null;
}

/** Newest first. */
export function listLocalDrafts(): LocalDraft[] {
  return readIndex()
    .map(readLocalDraft)
    .filter((draft): draft is LocalDraft => draft !== null)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** By the local id or by the server id (links to drafts carry the server's). */
export function findLocalDraft(id: string): LocalDraft | null {
  return readLocalDraft(id) ?? listLocalDrafts().find((draft) => draft.serverId === id) ?? null;
}

export function writeLocalDraft(draft: LocalDraft): void {
  storage.set(recordKey(draft.localId), JSON.stringify(draft));
  const index = readIndex();
  if (!index.includes(draft.localId)) storage.set(INDEX_KEY, JSON.stringify([...index, draft.localId]));
}

export function removeLocalDraft(localId: string): void {
  storage.remove(recordKey(localId));
  storage.set(INDEX_KEY, JSON.stringify(readIndex().filter((id) => id !== localId)));
}

/** Server drafts deleted on the phone while the network was down, to delete there later. */
export const pendingServerDeletes = (): string[] => readJson<string[]>(DELETED_KEY, []);

export function markServerDelete(serverId: string, pending: boolean): void {
  const others = pendingServerDeletes().filter((id) => id !== serverId);
  storage.set(DELETED_KEY, JSON.stringify(pending ? [...others, serverId] : others));
}
