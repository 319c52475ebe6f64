import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiError } from "@motcua/contracts";
import { savedForm, type FilingData } from "./filing-data.ts";
import { readLocalDraft, writeLocalDraft, type LocalDraft } from "./draft-store.ts";
import { discardDraft, syncDraft } from "./draft-sync.ts";

export type SaveState =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "offline" }
  | { state: "local"; error: ApiError };

/** After the last keystroke, how long to wait before sending the draft to the server. */
export const SERVER_SAVE_DELAY_MS = 1500;
const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000];

/**
 * The wizard's data with autosave: each change is written to the phone at once, and sent to the
 * server a moment after typing stops; a failed send is retried with growing pauses and whenever the
 * network comes back. A new draft is stored from its first change, so merely opening the wizard
 * leaves nothing behind.
 */
export function useDraftAutosave(initial: LocalDraft, isNew: boolean) {
  const [data, setData] = useState<FilingData>(initial.data);
  const [save, setSave] = useState<SaveState>(initial.dirty ? { state: "offline" } : initial.serverId ? { state: "saved" } : { state: "idle" });
  const record = useRef<LocalDraft>(initial);
  const written = useRef(JSON.stringify(savedForm(initial.data)));
  const stored = useRef(!isNew);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const failures = useRef(0);
  const mounted = useRef(true);
  const closed = useRef(false);

  const push = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!stored.current) return;
    if (mounted.current) setSave({ state: "saving" });
    const outcome = await syncDraft(record.current.localId);
    if (!mounted.current) return;
    setSave(outcome);
    if (outcome.state === "offline") {
      const delay = RETRY_DELAYS_MS[Math.min(failures.current, RETRY_DELAYS_MS.length - 1)]!;
      failures.current += 1;
      timer.current = setTimeout(() => void push(), delay);
    } else {
      failures.current = 0;
    }
  }, []);

  useEffect(() => {
    const text = JSON.stringify(savedForm(data));
    if (closed.current || text === written.current) return;
    written.current = text;
    stored.current = true;
    // The stored record may have learnt its server id from a save that finished meanwhile.
    const current = readLocalDraft(record.current.localId) ?? record.current;
    record.current = { ...current, data: savedForm(data), updatedAt: new Date().toISOString(), dirty: true };
    writeLocalDraft(record.current);
    if (timer.current) clearTimeout(timer.current);
    failures.current = 0;
    timer.current = setTimeout(() => void push(), SERVER_SAVE_DELAY_MS);
  }, [data, push]);

  useEffect(() => {
    mounted.current = true;
    const online = () => void push();
    window.addEventListener("online", online);
    if (initial.dirty) void push();
    return () => {
      mounted.current = false;
      window.removeEventListener("online", online);
      // Leaving with a save still waiting: send it now rather than lose the server copy's freshness.
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        void syncDraft(record.current.localId);
      }
    };
  }, [push, initial.dirty]);

  /** The draft became a dossier: stop saving and delete it on the phone and the server. */
  const finish = useCallback(async () => {
    closed.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    await discardDraft(readLocalDraft(record.current.localId) ?? record.current);
  }, []);

  return { data, setData, save, finish };
}
