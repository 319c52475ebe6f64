import type { ErrorCode, FieldError } from "@motcua/contracts";

/** Our own codes for failures that never reached a problem+json answer. */
export type ClientErrorCode = "NETWORK" | "BAD_RESPONSE";

/** A refused or failed API call, carrying the problem+json fields the screens branch on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
    /** Seconds, from `Retry-After` (account lockout, rate limits). */
    readonly retryAfter: number | undefined,
  ) {
    super(detail ?? title);
    this.name = "ApiError";
  }

  /** The message for a given field, e.g. `reason` or `items.0.note`. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  body?: unknown;
  /** The ETag last read, e.g. `"v3"`; the server refuses the write with 412 if the dossier moved on. */
  ifMatch?: string;
  signal?: AbortSignal;
  /** Sign-in must not count as "session expired" when it answers 401. */
  anonymous?: boolean;
}

interface HttpHooks {
  token: () => string | null;
  /** Called when a call made with a token answers 401: the session is gone. */
  onUnauthenticated: () => void;
}

let hooks: HttpHooks = { token: () => null, onUnauthenticated: () => {} };

export function configureHttp(next: HttpHooks): void {
  hooks = next;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function retryAfterOf(res: Response): number | undefined {
  const value = Number(res.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Reads a non-2xx answer into an ApiError, whether or not it is the problem+json the BFF promises. */
export async function toApiError(res: Response): Promise<ApiError> {
  const retryAfter = retryAfterOf(res);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isRecord(body) && typeof body.code === "string" && typeof body.title === "string") {
    const errors = Array.isArray(body.errors) ? (body.errors.filter(isRecord) as FieldError[]) : [];
    const detail = typeof body.detail === "string" ? body.detail : undefined;
    return new ApiError(res.status, body.code as ErrorCode, body.title, detail, errors, retryAfter);
  }
  return new ApiError(res.status, "BAD_RESPONSE", `Máy chủ trả lời không như mong đợi (HTTP ${res.status}).`, undefined, [], retryAfter);
}

/** One call to the BFF: bearer token, JSON body, If-Match; a non-2xx answer throws an ApiError. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers({ Accept: "application/json" });
  const token = options.anonymous ? null : hooks.token();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");
  if (options.ifMatch) headers.set("If-Match", options.ifMatch);
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
      cache: "no-store",
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "NETWORK", "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.", undefined, [], undefined);
  }
  if (res.ok) return res;
  const error = await toApiError(res);
  if (res.status === 401 && token) hooks.onUnauthenticated();
  throw error;
}

export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<{ data: T; etag: string | null }> {
  const res = await request(path, options);
  return { data: (await res.json()) as T, etag: res.headers.get("etag") };
}

export const isAbort = (err: unknown): boolean => err instanceof DOMException && err.name === "AbortError";
