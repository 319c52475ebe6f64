import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Context, TypedResponse } from "hono";
import { scopeOf, type AppEnv } from "./context.ts";

/** Bodies this small gain nothing from gzip on the wire. */
const GZIP_MIN_BYTES = 1024;

/**
 * A JSON body serialised, encoded and tagged once, then sent many times. The gzip form is made on
 * first demand and kept: catalog answers are ~10 KB of JSON and ~2 KB gzipped, which matters on 3G.
 */
export class PreparedBody {
  readonly bytes: Buffer;
  readonly etag: string;
  #gzipped: Buffer | undefined;

  constructor(value: unknown) {
    this.bytes = Buffer.from(JSON.stringify(value), "utf8");
    this.etag = `"${createHash("sha256").update(this.bytes).digest("base64url").slice(0, 27)}"`;
  }

  get json(): string {
    return this.bytes.toString("utf8");
  }

  /** Each content coding is its own representation, so it gets its own strong tag. */
  get gzipEtag(): string {
    return `${this.etag.slice(0, -1)}-gz"`;
  }

  gzipped(): Buffer {
    this.#gzipped ??= gzipSync(this.bytes, { level: 6 });
    return this.#gzipped;
  }
}

export function prepareBody(value: unknown): PreparedBody {
  return new PreparedBody(value);
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags, or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, ...etags: string[]): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => etags.includes(tag.trim().replace(/^W\//, "")));
}

function acceptsGzip(header: string | undefined): boolean {
  return header !== undefined && /(?:^|,)\s*gzip\s*(?:;\s*q=(?!0(?:\.0*)?\s*(?:,|$))[\d.]+)?\s*(?:,|$)/i.test(header);
}

/**
 * Sends a prepared body with its ETag, a 304 on a matching If-None-Match, and gzip when the client
 * takes it. The catalog's hot path: every header, the shared ones included, goes into one plain
 * object, which @hono/node-server writes out without building a `Headers`. Typed as the JSON it
 * carries so the typed client keeps its response types.
 */
export function preparedJson<T>(c: Context<AppEnv>, body: PreparedBody, cacheControl = "public, max-age=60"): TypedResponse<T, 200, "json"> {
  const gzip = body.bytes.length >= GZIP_MIN_BYTES && acceptsGzip(c.req.header("accept-encoding"));
  const scope = scopeOf(c);
  const shared = scope?.headers;
  // A literal, then a copy key by key: spreading `shared` in would make a dictionary object that
  // costs more to build and to write out than everything else this function does (see request-context.ts).
  const headers: Record<string, string> = {
    ETag: gzip ? body.gzipEtag : body.etag,
    "Cache-Control": cacheControl,
    Vary: shared?.Vary ? `${shared.Vary}, Accept-Encoding` : "Accept-Encoding",
  };
  for (const name in shared) if (name !== "Vary") headers[name] = shared[name]!;
  if (scope) scope.headersIncluded = true;
  if (etagMatches(c.req.header("if-none-match"), body.etag, body.gzipEtag)) {
    return new Response(null, { status: 304, headers }) as unknown as TypedResponse<T, 200, "json">;
  }
  headers["Content-Type"] = "application/json; charset=UTF-8";
  if (gzip) headers["Content-Encoding"] = "gzip";
  // A Buffer is a Uint8Array: @hono/node-server writes it straight out, without a copy.
  const bytes = (gzip ? body.gzipped() : body.bytes) as Uint8Array<ArrayBuffer>;
  return new Response(bytes, { status: 200, headers }) as unknown as TypedResponse<T, 200, "json">;
}
