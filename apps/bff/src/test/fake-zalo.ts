import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeZaloFailure = "timeout" | "http500" | "malformed";

export interface FakeZaloUser {
  accessToken: string;
  id: string;
  name?: string;
  /** As Zalo returns it: `84…`. */
  phone?: string;
  /** Issues one phone token for this user right away. */
  phoneToken?: string;
  /** Secret of the Zalo app the token was issued to; another app's token fails our proof. */
  appSecret?: string;
}

export interface FakeZaloCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface FakeZalo {
  url: string;
  addUser(user: FakeZaloUser): void;
  /** A single-use phone token for an added user, as the SDK's `getPhoneNumber()` would hand out. */
  issuePhoneToken(accessToken: string, phoneToken: string): void;
  /** Applies to every following request until `script(null)`. */
  script(failure: FakeZaloFailure | null): void;
  calls: FakeZaloCall[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body: unknown;
}
type Handler = (call: FakeZaloCall) => Reply;

const PHONE_TOKEN_TTL_MS = 2 * 60_000;

/** Graph answers refusals with HTTP 200 and a negative `error`. */
const zaloError = (error: number, message: string): Reply => ({ status: 200, body: { error, message } });

const header = (headers: IncomingHttpHeaders, name: string) => {
  const value = headers[name];
  return typeof value === "string" ? value : undefined;
};

const sameText = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * A local stand-in for graph.zalo.me that enforces what the real one does for us: the app-secret
 * proof on /me, and single-use, two-minute phone tokens bound to their user on /me/info.
 */
export async function startFakeZalo(options: { appSecret: string; now?: () => number }): Promise<FakeZalo> {
  const now = options.now ?? Date.now;
  const users = new Map<string, FakeZaloUser>();
  const phoneTokens = new Map<string, { accessToken: string; expiresAt: number }>();
  const calls: FakeZaloCall[] = [];
  let failure: FakeZaloFailure | null = null;

  const userOf = (call: FakeZaloCall) => {
    const token = header(call.headers, "access_token");
    return token === undefined ? undefined : users.get(token);
  };

  const routes: Record<string, Handler> = {
    "GET /v2.0/me": (call) => {
      const token = header(call.headers, "access_token");
      if (!token) return zaloError(-201, "Invalid parameter: access_token is required");
      const user = users.get(token);
      if (!user) return zaloError(-124, "Access token is invalid");
      const proof = createHmac("sha256", user.appSecret ?? options.appSecret).update(token).digest("hex");
      if (!sameText(header(call.headers, "appsecret_proof") ?? "", proof)) return zaloError(-124, "Invalid appsecret_proof");
      const fields = new Set((call.query.get("fields") ?? "id").split(","));
      return {
        status: 200,
        body: {
          id: user.id,
          ...(fields.has("name") && user.name ? { name: user.name } : {}),
          ...(fields.has("picture") ? { picture: { data: { url: `https://avatar.example/${user.id}.jpg` } } } : {}),
        },
      };
    },
    "GET /v2.0/me/info": (call) => {
      const user = userOf(call);
      if (!user) return zaloError(-124, "Access token is invalid");
      if (!sameText(header(call.headers, "secret_key") ?? "", user.appSecret ?? options.appSecret)) return zaloError(-118, "Invalid secret key");
      const code = header(call.headers, "code") ?? "";
      const issued = phoneTokens.get(code);
      phoneTokens.delete(code);
      if (!issued || issued.accessToken !== user.accessToken || issued.expiresAt <= now() || !user.phone) {
        return zaloError(-201, "Invalid code");
      }
      return { status: 200, body: { error: 0, message: "Success", data: { number: user.phone } } };
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-zalo");
    const call: FakeZaloCall = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers };
    calls.push(call);
    if (failure === "timeout") return; // never answers; close() drops the socket
    if (failure === "http500") return void res.writeHead(500, { "content-type": "text/html" }).end("<h1>500</h1>");
    if (failure === "malformed") return void res.writeHead(200, { "content-type": "application/json" }).end("{not json");
    const handler = routes[`${call.method} ${call.path}`];
    const reply = handler ? handler(call) : { status: 404, body: { error: -404, message: "Not found" } };
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const issuePhoneToken = (accessToken: string, phoneToken: string) => {
    phoneTokens.set(phoneToken, { accessToken, expiresAt: now() + PHONE_TOKEN_TTL_MS });
  };

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    addUser(user) {
      users.set(user.accessToken, user);
      if (user.phoneToken) issuePhoneToken(user.accessToken, user.phoneToken);
    },
    issuePhoneToken,
    script(next) {
      failure = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
