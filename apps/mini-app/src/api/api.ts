import { createApiClient } from "@motcua/bff/client";
import { ApiError, toApiError } from "@motcua/contracts";
import type { ClientResponse } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";

/**
 * Where the BFF answers. Served by the BFF itself (local use, tests) it is this page's origin; inside
 * Zalo the page lives on Zalo's host, so the build names the BFF's public address.
 */
export const apiOrigin: string = import.meta.env.VITE_API_ORIGIN || window.location.origin;

/** The typed client: paths, inputs and bodies come from the BFF's route definitions. */
export const api = createApiClient(apiOrigin, { init: { cache: "no-store" } });

type AnyResponse = ClientResponse<unknown, number, string>;
/** The body type of a response's success branch. */
export type OkBody<R> = R extends ClientResponse<infer B, infer S, infer _F> ? (S extends SuccessStatusCode ? B : never) : never;

/** A failed fetch (offline, DNS, connection cut) as an ApiError the screens can show and retry. */
export function networkError(): ApiError {
  return new ApiError(0, "NETWORK", "Không kết nối được máy chủ.", undefined, [], undefined);
}

/** Sends a request; a non-2xx answer or a network failure becomes an ApiError. */
export async function send<R extends AnyResponse>(request: () => Promise<R>): Promise<R> {
  let res: R;
  try {
    res = await request();
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw networkError();
  }
  if (!res.ok) throw await toApiError(res as unknown as Response);
  return res;
}

/** Sends a request and reads its JSON success body. */
export async function json<R extends AnyResponse>(request: () => Promise<R>): Promise<OkBody<R>> {
  const res = await send(request);
  return (await res.json()) as OkBody<R>;
}
