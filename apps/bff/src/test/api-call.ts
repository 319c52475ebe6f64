export type ApiCall = (method: string, path: string, token: string | null, body?: unknown, headers?: Record<string, string>) => Promise<Response>;

/** Requests to the API at `baseUrl` with a bearer token (or none); a body is sent as JSON unless it is already text. */
export function apiCaller(baseUrl: string): ApiCall {
  return (method, path, token, body, headers = {}) =>
    fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
}
