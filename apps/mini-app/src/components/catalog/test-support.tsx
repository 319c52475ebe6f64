/**
 * Helpers for the catalog screens' component tests: the whole app rendered at a URL, and a fake
 * BFF at the network boundary (global fetch) that answers with recorded bodies and logs requests.
 */
import type { Settings } from "../../settings/settings.tsx";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { createQueryClient } from "../../api/query-client.ts";
import { MotcuaApp } from "../../app.tsx";

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

/** The real app (router, lazy screens, settings) at `path`; retries are off so failures show at once. */
export function renderApp(path: string, settings?: Settings) {
  window.history.replaceState({}, "", path);
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  const user = userEvent.setup();
  const view = render(<MotcuaApp queryClient={queryClient} {...(settings ? { settings } : {})} />);
  return { user, queryClient, ...view };
}
