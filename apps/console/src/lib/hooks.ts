import { useCallback, useEffect, useRef, useState } from "react";
import { navigate, type FeedbackRoute, type QueueRoute } from "./router.ts";

export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` whenever `key` changes; an answer that arrives after a newer request started is
 * dropped, so a slow page 1 never overwrites page 2.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    loadRef.current(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: undefined, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => controller.abort();
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}

export type Notice = { tone: "success" | "error"; text: string };

/**
 * A record screen's state: the record loaded for `key` (replaced by an action's answer), the load's
 * error, and the notice of what an action did. The notice takes keyboard focus when it appears: the
 * button that opened a dialog may be gone after the step. `applyStep` shows the record a step
 * answered with the notice of what it did.
 */
export function useRecordScreen<T>(key: string, load: () => Promise<T>) {
  const [record, setRecord] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = useCallback(async () => {
    try {
      setRecord(await loadRef.current());
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [key]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const applyStep = useCallback((next: T, text: string) => {
    setRecord(next);
    setNotice({ tone: "success", text });
  }, []);

  return { record, setRecord, error, notice, setNotice, noticeRef, reload, applyStep };
}

/**
 * The step whose dialog is open on a record screen. `finish` takes the record the step answered:
 * the dialog closes and the screen says what was done, in the words of `done`.
 */
export function useStepDialog<A extends string, T>(done: Record<A, string>, applyStep: (next: T, text: string) => void) {
  const [acting, setActing] = useState<A | null>(null);
  return {
    acting,
    open: (action: A) => setActing(action),
    close: () => setActing(null),
    finish: (next: T) => {
      setActing(null);
      if (acting) applyStep(next, done[acting]);
    },
  };
}

/**
 * A list's search box tied to the address's `q`: typing moves the route (debounced, back to page 1,
 * replacing the history entry); Back or a link puts the route's `q` back into the box.
 */
export function useRouteSearch<R extends QueueRoute | FeedbackRoute>(route: R): [string, (text: string) => void] {
  const [search, setSearch] = useState(route.q ?? "");
  const debounced = useDebounced(search.trim(), 350);
  const routeRef = useRef(route);
  routeRef.current = route;

  // Only the typed text drives this; a route change from Back or a link must not be pushed back.
  useEffect(() => {
    const current = routeRef.current;
    if (debounced === (current.q ?? "")) return;
    const { q: _, ...rest } = current;
    navigate({ ...rest, ...(debounced ? { q: debounced } : {}), page: 1 } as R, { replace: true });
  }, [debounced]);

  useEffect(() => {
    setSearch((typed) => (typed.trim() === (route.q ?? "") ? typed : (route.q ?? "")));
  }, [route.q]);

  return [search, setSearch];
}
