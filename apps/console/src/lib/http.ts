import { ApiError, toApiError } from "@motcua/contracts";

export { ApiError, toApiError };

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** JSON, or a FormData sent as multipart (file uploads). */
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

/** One call to the BFF: bearer token, JSON body, If-Match; a non-2xx answer throws an ApiError. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const headers = new Headers({ Accept: "application/json" });
  const token = options.anonymous ? null : hooks.token();
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (options.body !== undefined && !(options.body instanceof FormData)) headers.set("Content-Type", "application/json");
  if (options.ifMatch) headers.set("If-Match", options.ifMatch);
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? null : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
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
