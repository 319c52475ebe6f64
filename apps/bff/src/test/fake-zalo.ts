import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeZaloFailure = "timeout" | "http500" | "malformed";

/** One scripted answer for a path: a canned failure, or any status, headers and JSON body. */
export type FakeZaloScripted = FakeZaloFailure | { status: number; headers?: Record<string, string>; body?: unknown };

/** A notification the fake accepted, as Zalo would have delivered it. */
export interface FakeZaloMessage {
  channel: "miniapp" | "zns";
  /** Zalo user id (Mini App) or `84…` phone (ZNS). */
  recipient: string;
  templateId: string;
  data: Record<string, unknown>;
  trackingId: string | undefined;
}

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
  /** Raw request body; empty for GETs. */
  body: string;
}

export interface FakeZalo {
  url: string;
  addUser(user: FakeZaloUser): void;
  /** A single-use phone token for an added user, as the SDK's `getPhoneNumber()` would hand out. */
  issuePhoneToken(accessToken: string, phoneToken: string): void;
  /** Applies to every following request until `script(null)`, which also drops replies queued by `scriptNext`. */
  script(failure: FakeZaloFailure | null): void;
  /** Queues answers for the next requests to `path`, one each, before its normal handler runs again. */
  scriptNext(path: string, replies: FakeZaloScripted[]): void;
  calls: FakeZaloCall[];
  /** Accepted notifications (both endpoints), in arrival order. */
  messages: FakeZaloMessage[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
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

const jsonObject = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

export interface FakeZaloOptions {
  appSecret: string;
  now?: () => number;
  /** Credentials the Mini App notification endpoint accepts; without them it refuses every call. */
  notify?: { apiKey: string; miniAppId: string };
  /** OA access token the ZNS endpoint accepts. */
  znsAccessToken?: string;
}

/**
 * A local stand-in for graph.zalo.me that enforces what the real one does for us: the app-secret
 * proof on /me, and single-use, two-minute phone tokens bound to their user on /me/info. It also
 * answers the two notification endpoints (openapi.mini.zalo.me, business.openapi.zalo.me), checking
 * their credentials and recording what they would have delivered.
 */
export async function startFakeZalo(options: FakeZaloOptions): Promise<FakeZalo> {
  const now = options.now ?? Date.now;
  const users = new Map<string, FakeZaloUser>();
  const phoneTokens = new Map<string, { accessToken: string; expiresAt: number }>();
  const calls: FakeZaloCall[] = [];
  const messages: FakeZaloMessage[] = [];
  const scripted = new Map<string, FakeZaloScripted[]>();
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
    "POST /notification/template": (call) => {
      const { notify } = options;
      const key = header(call.headers, "x-api-key") ?? "";
      if (!notify || !sameText(key, `Bearer ${notify.apiKey}`) || header(call.headers, "x-miniapp-id") !== notify.miniAppId) {
        return { status: 401, body: { error: -401, message: "Invalid api key or mini app id" } };
      }
      const userId = header(call.headers, "x-user-id");
      const body = jsonObject(call.body);
      const data = body?.templateData;
      if (!userId || typeof body?.templateId !== "string" || typeof data !== "object" || data === null) {
        return { status: 400, body: { error: -201, message: "Invalid parameter" } };
      }
      const trackingId = typeof body.trackingId === "string" ? body.trackingId : undefined;
      messages.push({ channel: "miniapp", recipient: userId, templateId: body.templateId, data: data as Record<string, unknown>, trackingId });
      return { status: 200, body: { error: 0, message: "Success", data: { msgId: `m${messages.length}` } } };
    },
    "POST /message/template": (call) => {
      if (!options.znsAccessToken || !sameText(header(call.headers, "access_token") ?? "", options.znsAccessToken)) {
        return zaloError(-124, "Access token is invalid");
      }
      const body = jsonObject(call.body);
      if (typeof body?.phone !== "string" || !/^84\d{9}$/.test(body.phone)) return zaloError(-108, "Phone number invalid");
      if (typeof body.template_id !== "string" || !body.template_id) return zaloError(-109, "Template ID invalid");
      const data = body.template_data;
      if (typeof data !== "object" || data === null) return zaloError(-111, "Template data empty");
      const trackingId = typeof body.tracking_id === "string" ? body.tracking_id : undefined;
      messages.push({ channel: "zns", recipient: body.phone, templateId: body.template_id, data: data as Record<string, unknown>, trackingId });
      return { status: 200, body: { error: 0, message: "Success", data: { msg_id: `z${messages.length}`, sent_time: String(now()) } } };
    },
  };

  const answer = (res: ServerResponse, call: FakeZaloCall) => {
    const next = scripted.get(call.path)?.shift() ?? failure;
    if (next === "timeout") return; // never answers; close() drops the socket
    if (next === "http500") return void res.writeHead(500, { "content-type": "text/html" }).end("<h1>500</h1>");
    if (next === "malformed") return void res.writeHead(200, { "content-type": "application/json" }).end("{not json");
    const handler = routes[`${call.method} ${call.path}`];
    const reply = next ?? (handler ? handler(call) : { status: 404, body: { error: -404, message: "Not found" } });
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers }).end(JSON.stringify(reply.body ?? {}));
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake-zalo");
      const body = Buffer.concat(chunks).toString("utf8");
      const call: FakeZaloCall = { method: req.method ?? "GET", path: url.pathname, query: url.searchParams, headers: req.headers, body };
      calls.push(call);
      answer(res, call);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const issuePhoneToken = (accessToken: string, phoneToken: string) => {
    phoneTokens.set(phoneToken, { accessToken, expiresAt: now() + PHONE_TOKEN_TTL_MS });
  };

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    messages,
    addUser(user) {
      users.set(user.accessToken, user);
      if (user.phoneToken) issuePhoneToken(user.accessToken, user.phoneToken);
    },
    issuePhoneToken,
    script(next) {
      failure = next;
      if (next === null) scripted.clear();
    },
    scriptNext(path, replies) {
      scripted.set(path, [...(scripted.get(path) ?? []), ...replies]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
