/**
 * A fake BFF at the network boundary (global fetch) for component tests: it answers the routes a
 * test gives it and logs every request.
 */
import { SessionGrant } from "@motcua/contracts";
import { vi } from "vitest";

export interface FakeRequest {
  method: string;
  url: URL;
  body: unknown;
  headers: Headers;
}

type Handler = (request: FakeRequest) => Response | Promise<Response>;

export const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

export const problemResponse = (status: number, code: string, title: string, detail?: string) =>
  new Response(JSON.stringify({ type: "about:blank", title, status, code, ...(detail ? { detail } : {}) }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });

/** What the development sign-in answers: a session for a citizen who has shared nothing yet. */
export const citizenGrant = SessionGrant.parse({
  token: "t0ken",
  expiresAt: "2999-01-01T00:00:00Z",
  citizen: { id: "5a0e3c0e-6a54-4c3e-9a35-1f0f1f6b9a11", name: null, phone: null, phoneConsentAt: null, notifyOptIn: false },
});

/**
 * Replaces fetch with a BFF that knows the given `"METHOD /path"` routes; anything else answers
 * 404 so a test notices a request it did not expect. `requests` lists everything sent.
 */
export function installFakeBff(routes: Record<string, Handler>) {
  const requests: FakeRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === "GET" ? "" : await request.text();
    const fake: FakeRequest = { method: request.method, url, body: text ? JSON.parse(text) : undefined, headers: request.headers };
    requests.push(fake);
    if (init?.signal?.aborted) throw new DOMException("Aborted", "AbortError");
    const handler = routes[`${request.method} ${url.pathname}`];
    return handler ? handler(fake) : problemResponse(404, "NOT_FOUND", "Không tìm thấy");
  });
  vi.stubGlobal("fetch", fetchStub);
  return { requests, requestsTo: (path: string) => requests.filter((request) => request.url.pathname === path) };
}
