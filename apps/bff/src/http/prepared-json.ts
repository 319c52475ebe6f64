import type { Context, TypedResponse } from "hono";

export interface Prepared {
  json: string;
  etag: string;
}

/** RFC 9110 §13.1.2: weak comparison, a list of tags, or `*`. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Sends JSON serialised once per catalog revision, with its ETag and a 304 on a matching
 * If-None-Match. Typed as the JSON it carries so the typed client keeps its response types.
 */
export function preparedJson<T>(c: Context, body: Prepared, cacheControl = "public, max-age=60"): TypedResponse<T, 200, "json"> {
  c.header("ETag", body.etag);
  c.header("Cache-Control", cacheControl);
  if (etagMatches(c.req.header("if-none-match"), body.etag)) {
    return c.body(null, 304) as unknown as TypedResponse<T, 200, "json">;
  }
  c.header("Content-Type", "application/json; charset=UTF-8");
  return c.body(body.json, 200) as unknown as TypedResponse<T, 200, "json">;
}
