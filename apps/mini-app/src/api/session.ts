import type { CitizenProfile, SessionGrant } from "@motcua/contracts";
import { ApiError } from "@motcua/contracts";
import type { ClientResponse } from "hono/client";
import { getAccessToken, storage } from "../platform/zalo.ts";
import { api, json, send, type OkBody } from "./api.ts";

const SESSION_KEY = "motcua.session";

interface StoredSession {
  token: string;
  expiresAt: string;
  citizen: CitizenProfile;
}

function readStored(): StoredSession | null {
  const raw = storage.get(SESSION_KEY);
  if (!raw) return null;
  try {
    const stored = JSON.parse(raw) as StoredSession;
    return Date.parse(stored.expiresAt) > Date.now() + 60_000 ? stored : null;
  } catch {
    return null;
  }
}

let current: StoredSession | null = null;
let pending: Promise<StoredSession> | null = null;
const listeners = new Set<(citizen: CitizenProfile | null) => void>();

function remember(grant: SessionGrant): StoredSession {
  current = { token: grant.token, expiresAt: grant.expiresAt, citizen: grant.citizen };
  storage.set(SESSION_KEY, JSON.stringify(current));
  for (const listener of listeners) listener(current.citizen);
  return current;
}

/**
 * Signs in with Zalo's access token, or, outside Zalo, with the BFF's development sign-in (which the
 * server only offers while no Zalo secret is set). There is never a made-up fallback token.
 */
async function signIn(): Promise<StoredSession> {
  const accessToken = await getAccessToken();
  const grant = accessToken
    ? await json(() => api.api.v1.auth.zalo.$post({ json: { accessToken } }))
    : await json(() => api.api.v1.auth.dev.$post({ json: {} })).catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 404) {
          throw new ApiError(401, "UNAUTHENTICATED", "Hãy mở ứng dụng trong Zalo để đăng nhập.", undefined, [], undefined);
        }
        throw err;
      });
  return remember(grant);
}

/** The current session, signing in once if there is none; concurrent callers share one sign-in. */
async function ensure(): Promise<StoredSession> {
  current ??= readStored();
  if (current) return current;
  pending ??= signIn().finally(() => {
    pending = null;
  });
  return pending;
}

export function forgetSession(): void {
  current = null;
  storage.remove(SESSION_KEY);
  for (const listener of listeners) listener(null);
}

export function currentCitizen(): CitizenProfile | null {
  current ??= readStored();
  return current?.citizen ?? null;
}

export function updateCitizen(citizen: CitizenProfile): void {
  if (!current) return;
  remember({ token: current.token, expiresAt: current.expiresAt, citizen });
}

export function onCitizenChange(listener: (citizen: CitizenProfile | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface AuthHeaders {
  headers: { Authorization: string };
}

type AnyResponse = ClientResponse<unknown, number, string>;

/**
 * Sends a citizen's request with the bearer session. A 401 means the session was revoked or expired
 * on the server: sign in again and send once more.
 */
export async function sendAuthed<R extends AnyResponse>(request: (auth: AuthHeaders) => Promise<R>): Promise<R> {
  const first = await ensure();
  try {
    return await send(() => request({ headers: { Authorization: `Bearer ${first.token}` } }));
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401) throw err;
    if (current?.token === first.token) forgetSession();
    const again = await ensure();
    return send(() => request({ headers: { Authorization: `Bearer ${again.token}` } }));
  }
}

export async function authed<R extends AnyResponse>(request: (auth: AuthHeaders) => Promise<R>): Promise<OkBody<R>> {
  const res = await sendAuthed(request);
  return (await res.json()) as OkBody<R>;
}

/** Starts a session ahead of the first citizen-only call, e.g. when "Hồ sơ của tôi" opens. */
export const signInNow = ensure;
