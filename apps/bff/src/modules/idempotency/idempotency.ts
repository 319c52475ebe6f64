import { createHash } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { jsonDepthExceeds } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { idempotencyKey } from "../../db/schema/index.ts";
import { AppError } from "../../http/app-error.ts";

/** How long a key is remembered; a retry after that is a new request. Documented in the API. */
export const IDEMPOTENCY_TTL_HOURS = 48;

const KEY_PATTERN = /^[A-Za-z0-9_\-:.]{8,255}$/;

/** Canonicalising recurses once per level; real bodies nest a handful deep, hostile ones thousands. */
const MAX_BODY_DEPTH = 32;

export const keyExpiry = (now: Date) => new Date(now.getTime() + IDEMPOTENCY_TTL_HOURS * 3_600_000);

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** The header's key, refusing a missing or malformed one (IETF draft: missing → 400). */
export function requireIdempotencyKey(header: string | undefined): string {
  if (!header) throw new AppError("IDEMPOTENCY_KEY_REQUIRED", "Cần gửi kèm tiêu đề Idempotency-Key (ví dụ một UUID).");
  if (!KEY_PATTERN.test(header)) {
    throw new AppError("BAD_REQUEST", "Idempotency-Key gồm 8–255 ký tự chữ, số, '-', '_', ':' hoặc '.'.");
  }
  return header;
}

/** SHA-256 of the request body with object keys sorted, so key order does not make two requests differ. */
export function requestHash(body: unknown): string {
  if (jsonDepthExceeds(body, MAX_BODY_DEPTH)) throw new AppError("BAD_REQUEST", "Dữ liệu JSON lồng nhau quá sâu.");
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
  };
  return createHash("sha256").update(JSON.stringify(canonical(body))).digest("base64url");
}

/**
 * The response stored for (scope, key), if the first request completed. A different body under the
 * same key is refused: the client is reusing a key for something else.
 */
export async function findReplay(db: Db, scope: string, key: string, hash: string): Promise<StoredResponse | undefined> {
  const [row] = await db
    .select({ requestHash: idempotencyKey.requestHash, status: idempotencyKey.responseStatus, body: idempotencyKey.responseBody })
    .from(idempotencyKey)
    .where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key)));
  if (!row) return undefined;
  if (row.requestHash !== hash) {
    throw new AppError("IDEMPOTENCY_KEY_REUSED", "Idempotency-Key này đã được dùng cho một yêu cầu khác.");
  }
  if (row.status === null) {
    throw new AppError("IN_PROGRESS", "Yêu cầu giống hệt đang được xử lý, vui lòng thử lại sau giây lát.", { headers: { "Retry-After": "1" } });
  }
  return { status: row.status, body: row.body };
}

/**
 * Claims the key inside the caller's transaction. A concurrent claim of the same key waits on the
 * unique index until the first commits, then finds its stored response instead.
 */
export async function claimKey(tx: Db, scope: string, key: string, hash: string, now: Date): Promise<StoredResponse | "claimed"> {
  const inserted = await tx
    .insert(idempotencyKey)
    .values({ scope, key, requestHash: hash, expiresAt: keyExpiry(now) })
    .onConflictDoNothing()
    .returning({ key: idempotencyKey.key });
  if (inserted.length > 0) return "claimed";
  const replay = await findReplay(tx, scope, key, hash);
  if (!replay) throw new AppError("IN_PROGRESS", undefined, { headers: { "Retry-After": "1" } });
  return replay;
}

export async function storeResponse(tx: Db, scope: string, key: string, response: StoredResponse): Promise<void> {
  await tx
    .update(idempotencyKey)
    .set({ responseStatus: response.status, responseBody: response.body })
    .where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key)));
}

export async function deleteExpiredKeys(db: Db, now: Date): Promise<number> {
  const deleted = await db.delete(idempotencyKey).where(lt(idempotencyKey.expiresAt, now)).returning({ key: idempotencyKey.key });
  return deleted.length;
}

export interface IdempotentRequest {
  scope: string;
  /** Absent where the key is optional: the work then simply runs in a transaction. */
  key: string | undefined;
  body: unknown;
  now: Date;
}

/**
 * Runs `work` once per (scope, key): a replay with the same body gets the stored response before
 * any work or validation runs, the work and the stored response commit together, and a failure
 * stores nothing (the claim rolls back with it).
 */
export async function runIdempotent(db: Db, request: IdempotentRequest, work: (tx: Db) => Promise<StoredResponse>): Promise<StoredResponse> {
  const { scope, key, now } = request;
  if (key === undefined) return db.transaction((tx) => work(tx));
  const hash = requestHash(request.body);
  return db.transaction(async (tx) => {
    const claim = await claimKey(tx, scope, key, hash, now);
    if (claim !== "claimed") return claim;
    const response = await work(tx);
    await storeResponse(tx, scope, key, response);
    return response;
  });
}
