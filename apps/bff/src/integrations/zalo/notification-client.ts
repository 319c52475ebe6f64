/**
 * Senders for Zalo's two notification channels (zalo-platform.md §4.3): Mini App notifications
 * from the shared "OA Mini App", addressed by Zalo user id, and paid ZNS messages, addressed by
 * phone number. Neither throws: every answer is classified so the outbox relay can decide between
 * done, try again later and give up.
 */

/** Reasons are fixed strings and numeric codes only: Zalo's messages may quote the recipient. */
export type SendOutcome =
  | { kind: "sent"; messageId?: string }
  /** Nothing was decided; `retryAfterMs` is the provider's own hint (Retry-After). */
  | { kind: "retryable"; reason: string; retryAfterMs?: number }
  /** Zalo refused this message; sending it again cannot help. */
  | { kind: "permanent"; reason: string };

export interface MiniAppNotification {
  zaloUserId: string;
  templateId: string;
  data: Record<string, string>;
  /** The outbox id, so both sides can match a message across retries. */
  trackingId: string;
}

export interface ZnsMessage {
  /** `84…`, as ZNS expects. */
  phone: string;
  templateId: string;
  data: Record<string, string>;
  trackingId: string;
}

export interface MiniAppNotifier {
  send(message: MiniAppNotification): Promise<SendOutcome>;
}

export interface ZnsClient {
  send(message: ZnsMessage): Promise<SendOutcome>;
}

interface ClientOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * ZNS codes that describe the message or its recipient (zalo.cloud "Cách xử lý mã lỗi"): bad
 * phone, bad template or template data, no such Zalo account, account refuses ZNS. Anything else,
 * -100 "try again later" and an expired OA token (-124) included, is worth another attempt.
 */
const ZNS_PERMANENT = new Set([-108, -109, -111, -112, -118, -119]);

/** Longer than any sane Retry-After; a bigger value is more likely a bug than a plan. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One JSON POST, classified up to the point where the body's own `error` code decides. */
async function post(
  options: ClientOptions,
  path: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<{ kind: "answer"; error: number; body: Record<string, unknown> } | Exclude<SendOutcome, { kind: "sent" }>> {
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  let text: string;
  try {
    res = await doFetch(`${options.baseUrl.replace(/\/+$/, "")}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await res.text();
  } catch (err) {
    const name = (err as Error).name;
    return { kind: "retryable", reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "network" };
  }
  if (res.status === 429) {
    const hint = retryAfterMs(res.headers.get("retry-after"));
    return { kind: "retryable", reason: "http 429", ...(hint === undefined ? {} : { retryAfterMs: hint }) };
  }
  // Our key or token refused (or the API key's IP allow-list): every message would fail alike,
  // so the message itself is not at fault and may go once the credentials are fixed.
  if (res.status >= 500 || res.status === 401 || res.status === 403) return { kind: "retryable", reason: `http ${res.status}` };
  if (res.status >= 400) return { kind: "permanent", reason: `http ${res.status}` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: "retryable", reason: "malformed" };
  }
  if (!isRecord(parsed) || typeof parsed.error !== "number") return { kind: "retryable", reason: "malformed" };
  return { kind: "answer", error: parsed.error, body: parsed };
}

const messageIdOf = (body: Record<string, unknown>, key: string): { messageId?: string } => {
  const id = isRecord(body.data) ? body.data[key] : undefined;
  return typeof id === "string" || typeof id === "number" ? { messageId: String(id) } : {};
};

export function createMiniAppNotifier(options: ClientOptions & { apiKey: string; miniAppId: string }): MiniAppNotifier {
  return {
    async send(message) {
      const answer = await post(
        options,
        "/notification/template",
        { "X-Api-Key": `Bearer ${options.apiKey}`, "X-User-Id": message.zaloUserId, "X-MiniApp-Id": options.miniAppId },
        // The endpoint documents no tracking field; the id rides along for reconciliation and is
        // harmless if ignored. Only ZNS takes a tracking_id that may dedupe a re-sent message.
        { templateId: message.templateId, templateData: message.data, trackingId: message.trackingId },
      );
      if (answer.kind !== "answer") return answer;
      if (answer.error === 0) return { kind: "sent", ...messageIdOf(answer.body, "msgId") };
      // Its refusals (user has not allowed notifications or not opened the app for 7 days, daily
      // per-user limit, quiet hours, bad template) are about this message and will not clear in
      // the minutes a retry schedule spans; the sender can still try ZNS.
      return { kind: "permanent", reason: `zalo error ${answer.error}` };
    },
  };
}

export function createZnsClient(options: ClientOptions & { accessToken: string }): ZnsClient {
  return {
    async send(message) {
      const answer = await post(
        options,
        "/message/template",
        { access_token: options.accessToken },
        { phone: message.phone, template_id: message.templateId, template_data: message.data, tracking_id: message.trackingId },
      );
      if (answer.kind !== "answer") return answer;
      if (answer.error === 0) return { kind: "sent", ...messageIdOf(answer.body, "msg_id") };
      const reason = `zalo error ${answer.error}`;
      return ZNS_PERMANENT.has(answer.error) ? { kind: "permanent", reason } : { kind: "retryable", reason };
    },
  };
}
