import { createHmac } from "node:crypto";
import { AppError } from "../../http/app-error.ts";
import { unauthenticated } from "../../http/auth.ts";
import type { Logger } from "../../logger.ts";

export interface ZaloUser {
  /** Scoped to our Zalo app. */
  id: string;
  name?: string;
  /** Avatar URL. */
  picture?: string;
}

export interface ZaloGraphClient {
  /** The user an access token belongs to, as Zalo vouches for it. */
  getMe(accessToken: string): Promise<ZaloUser>;
  /** Exchanges a single-use phone token (from the SDK's `getPhoneNumber`) for the number, as Zalo writes it (`84…`). */
  getPhoneNumber(accessToken: string, phoneToken: string): Promise<string>;
}

export interface ZaloGraphOptions {
  baseUrl: string;
  appSecret: string;
  timeoutMs: number;
  fetch?: typeof fetch;
  logger?: Logger;
}

/** Zalo refused the token(s): the client must get fresh ones from the SDK. */
export const zaloTokenRejected = () => unauthenticated("Zalo không xác nhận mã truy cập này.");

const appSecretProof = (appSecret: string, accessToken: string) =>
  createHmac("sha256", appSecret).update(accessToken).digest("hex");

/** Zalo's tokens are printable ASCII; anything else could not be a header value and is no token of theirs. */
const PLAUSIBLE_TOKEN = /^[\x21-\x7e]+$/;

type Body = Record<string, unknown>;

const isRecord = (value: unknown): value is Body => typeof value === "object" && value !== null && !Array.isArray(value);
const nonEmptyString = (value: unknown): value is string => typeof value === "string" && value.length > 0;

export function createZaloGraphClient(options: ZaloGraphOptions): ZaloGraphClient {
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, "");
  /** Zalo did not answer usefully; nothing was decided, so the client may retry. */
  const unavailableBecause = (op: string, reason: string, extra: Record<string, unknown> = {}) => {
    options.logger?.warn({ op, reason, ...extra }, "zalo graph call failed");
    return new AppError("UPSTREAM_UNAVAILABLE", "Không kết nối được với Zalo, vui lòng thử lại sau.", {
      headers: { "Retry-After": "5" },
    });
  };

  /** One Graph call; resolves only to a body that is not a Zalo error. Tokens travel in headers only. */
  async function call(op: string, path: string, headers: Record<string, string>, tokens: string[]): Promise<Body> {
    if (!tokens.every((token) => PLAUSIBLE_TOKEN.test(token))) throw zaloTokenRejected();
    const fail = (reason: string, extra?: Record<string, unknown>) => unavailableBecause(op, reason, extra);
    let status: number;
    let text: string;
    try {
      const res = await doFetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
      status = res.status;
      text = await res.text();
    } catch (err) {
      const name = (err as Error).name;
      throw fail(name === "TimeoutError" || name === "AbortError" ? "timeout" : "network", { error: name });
    }
    // 429 and 5xx say nothing about the token; any other 4xx is Zalo refusing it.
    if (status >= 500 || status === 429) throw fail("http", { status });
    if (status >= 400) throw zaloTokenRejected();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw fail("malformed", { status });
    }
    if (!isRecord(body)) throw fail("shape");
    if (body.error !== undefined && body.error !== 0) {
      if (typeof body.error !== "number") throw fail("shape");
      // Zalo's message can quote the request, so only the code is kept.
      options.logger?.info({ op, zaloError: body.error }, "zalo refused token");
      throw zaloTokenRejected();
    }
    return body;
  }

  return {
    async getMe(accessToken) {
      const headers = { access_token: accessToken, appsecret_proof: appSecretProof(options.appSecret, accessToken) };
      const body = await call("me", "/v2.0/me?fields=id,name,picture", headers, [accessToken]);
      if (!nonEmptyString(body.id)) throw unavailableBecause("me", "shape");
      const picture = isRecord(body.picture) && isRecord(body.picture.data) ? body.picture.data.url : body.picture;
      return {
        id: body.id,
        ...(nonEmptyString(body.name) ? { name: body.name } : {}),
        ...(nonEmptyString(picture) ? { picture } : {}),
      };
    },
    async getPhoneNumber(accessToken, phoneToken) {
      const headers = { access_token: accessToken, code: phoneToken, secret_key: options.appSecret };
      const body = await call("me/info", "/v2.0/me/info", headers, [accessToken, phoneToken]);
      const number = isRecord(body.data) ? body.data.number : undefined;
      if (body.error !== 0 || !nonEmptyString(number)) throw unavailableBecause("me/info", "shape");
      return number;
    },
  };
}
