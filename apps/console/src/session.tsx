import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { OfficerProfile, OfficerSessionGrant } from "@motcua/contracts";
import * as api from "./api.ts";
import { configureHttp } from "./lib/http.ts";

// sessionStorage: the session ends with the tab, which suits a shared desk PC better than localStorage.
const STORAGE_KEY = "motcua.console.session";

interface Stored {
  token: string;
  officer: OfficerProfile;
}

function readStored(): Stored | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

export interface Session {
  officer: OfficerProfile | null;
  /** Why the officer is looking at the sign-in screen again, when it was not their choice. */
  endedReason: string | null;
  signIn(username: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

// Configured at load, not in an effect: children's effects run first and already call the API.
let onExpired = () => {};
configureHttp({ token: () => readStored()?.token ?? null, onUnauthenticated: () => onExpired() });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | null>(readStored);
  const [endedReason, setEndedReason] = useState<string | null>(null);

  const save = useCallback((next: Stored | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
    setStored(next);
  }, []);

  useEffect(() => {
    onExpired = () => {
      save(null);
      setEndedReason("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
    };
  }, [save]);

  // The stored profile may be stale (roles changed, account deactivated): ask once per page load.
  useEffect(() => {
    const token = readStored()?.token;
    if (!token) return;
    api.me().then(
      (officer) => save({ token, officer }),
      () => undefined,
    );
  }, [save]);

  const session = useMemo<Session>(
    () => ({
      officer: stored?.officer ?? null,
      endedReason,
      async signIn(username, password) {
        const grant: OfficerSessionGrant = await api.signIn(username, password);
        setEndedReason(null);
        save({ token: grant.token, officer: grant.officer });
      },
      async signOut() {
        // Revoke on the server when it answers; forget locally in any case.
        await api.signOut().catch(() => undefined);
        save(null);
        setEndedReason(null);
      },
    }),
    [stored, endedReason, save],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

export function useOfficer(): OfficerProfile {
  const { officer } = useSession();
  if (!officer) throw new Error("useOfficer before sign-in");
  return officer;
}

export const isManager = (officer: OfficerProfile): boolean => officer.roles.some((r) => r === "manager" || r === "admin");
