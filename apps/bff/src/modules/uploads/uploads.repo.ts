import { and, asc, eq, gte, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { idempotencyKey, upload } from "../../db/schema/index.ts";

export type UploadRow = typeof upload.$inferSelect;
export type NewUpload = typeof upload.$inferInsert;

export async function insertUpload(db: Db, values: NewUpload): Promise<UploadRow> {
  const [row] = await db.insert(upload).values(values).returning();
  if (!row) throw new Error("insert into upload returned no row");
  return row;
}

/** Scoped to the owner: another citizen's upload is indistinguishable from a missing one. */
export async function findOwnedUpload(db: Db, id: string, citizenId: string): Promise<UploadRow | undefined> {
  const [row] = await db
    .select()
    .from(upload)
    .where(and(eq(upload.id, id), eq(upload.citizenId, citizenId)));
  return row;
}

export async function usageSince(db: Db, citizenId: string, since: Date): Promise<{ files: number; bytes: number }> {
  const [row] = await db
    .select({
      files: sql<number>`count(*)`.mapWith(Number),
      bytes: sql<number>`coalesce(sum(${upload.size}), 0)`.mapWith(Number),
    })
    .from(upload)
    .where(and(eq(upload.citizenId, citizenId), gte(upload.createdAt, since)));
  return row ?? { files: 0, bytes: 0 };
}

/** Whether an upload under this Idempotency-Key already completed: its replay used no new quota. */
export async function completedUnderKey(db: Db, scope: string, key: string): Promise<boolean> {
  const [row] = await db
    .select({ status: idempotencyKey.responseStatus })
    .from(idempotencyKey)
    .where(and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.key, key), isNotNull(idempotencyKey.responseStatus)));
  return row !== undefined;
}

export async function listExpiredUnattached(db: Db, now: Date, limit: number) {
  return db
    .select({ id: upload.id, storageKey: upload.storageKey })
    .from(upload)
    .where(and(isNull(upload.dossierId), lte(upload.expiresAt, now)))
    .orderBy(asc(upload.expiresAt))
    .limit(limit);
}

/**
 * Deletes the row only while no dossier holds it; the condition and the delete are one statement,
 * so a concurrent attach either wins or sees the row gone. Returns the storage key of what was deleted.
 */
export async function deleteUnattached(db: Db, id: string, citizenId?: string): Promise<string | undefined> {
  const [row] = await db
    .delete(upload)
    .where(and(eq(upload.id, id), isNull(upload.dossierId), citizenId ? eq(upload.citizenId, citizenId) : undefined))
    .returning({ storageKey: upload.storageKey });
  return row?.storageKey;
}
