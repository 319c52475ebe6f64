import { ApiError, toApiError, type Upload } from "@motcua/contracts";
import { api, apiOrigin, networkError } from "../api/api.ts";
import { forgetSession, sendAuthed, signInNow } from "../api/session.ts";

export interface SendOptions {
  signal?: AbortSignal;
  /** 0–1 of the request body sent. */
  onProgress?: (fraction: number) => void;
  /** The same for every attempt at one file, so the server stores it once. */
  idempotencyKey?: string;
}

function abortError(): DOMException {
  return new DOMException("The upload was cancelled", "AbortError");
}

/**
 * One POST of one file with XMLHttpRequest, because fetch reports no upload progress. The answer
 * becomes an Upload or an ApiError exactly as the typed client's would.
 */
function post(file: File, token: string, options: SendOptions): Promise<Upload> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${apiOrigin}/api/v1/uploads`);
    xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    if (options.idempotencyKey) xhr.setRequestHeader("Idempotency-Key", options.idempotencyKey);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onerror = () => reject(networkError());
    xhr.ontimeout = () => reject(networkError());
    xhr.onabort = () => reject(abortError());
    xhr.onload = () => {
      const headers = new Headers();
      const type = xhr.getResponseHeader("content-type");
      if (type) headers.set("content-type", type);
      const retryAfter = xhr.getResponseHeader("retry-after");
      if (retryAfter) headers.set("retry-after", retryAfter);
      const response = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers });
      if (response.ok) {
        response.json().then((body) => resolve(body as Upload), () => reject(networkError()));
      } else {
        toApiError(response).then(reject, reject);
      }
    };
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

/** Sends one file as the signed-in citizen; a revoked session signs in again once, like every other call. */
export async function sendUpload(file: File, options: SendOptions = {}): Promise<Upload> {
  const session = await signInNow();
  try {
    return await post(file, session.token, options);
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 401) throw err;
    forgetSession();
    const again = await signInNow();
    return post(file, again.token, options);
  }
}

/** Deletes an upload no dossier uses; failures are ignored because the server expires it anyway. */
export async function discardUpload(id: string): Promise<void> {
  try {
    await sendAuthed((auth) => api.api.v1.uploads[":id"].$delete({ param: { id } }, auth));
  } catch {
    // Unattached uploads expire on their own.
  }
}
