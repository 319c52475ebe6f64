import { and, asc, count, desc, eq, gt, ilike, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { openServiceRequestStatuses, type DeskServiceRequestQuery, type ServiceRequestKind, type ServiceRequestStatus, type UploadKind } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { citizen, outbox, serviceRequest, serviceRequestEvent, serviceRequestFile, upload } from "../../db/schema/index.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";
import { SERVICE_REQUEST_NOTICE_TOPIC } from "../notifications/notification-sender.ts";

export type ServiceRequestRow = typeof serviceRequest.$inferSelect;
export type ServiceRequestEventRow = typeof serviceRequestEvent.$inferSelect;
export type NewServiceRequestEvent = typeof serviceRequestEvent.$inferInsert;
export type FileRole = "DOCUMENT" | "RESULT";

export interface UploadFacts {
  id: string;
  kind: UploadKind;
  dossierId: string | null;
  expiresAt: Date;
}

/** The citizen's own uploads among `ids`; others are simply absent. */
export async function uploadFacts(db: Db, citizenId: string, ids: readonly string[]): Promise<Map<string, UploadFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: upload.id, kind: upload.kind, dossierId: upload.dossierId, expiresAt: upload.expiresAt })
    .from(upload)
    .where(and(eq(upload.citizenId, citizenId), inArray(upload.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Whether a dossier, a feedback or another request already holds the upload: each keeps its files until forever. */
export const isHeldElsewhere = (facts: Pick<UploadFacts, "dossierId" | "expiresAt">): boolean => facts.dossierId !== null || facts.expiresAt >= KEPT_UNTIL;

/**
 * Binds uploads to the request, each only if it is still the citizen's, unexpired and held nowhere
 * else; false when any was taken meanwhile, so the caller can roll everything back. Kept uploads
 * move out of the sweeper's reach, as feedback photos do.
 */
export async function attachFiles(
  tx: Db,
  files: { citizenId: string; requestId: string; uploadIds: readonly string[]; role: FileRole; addedBy: string | null; firstPosition: number },
  now: Date,
): Promise<boolean> {
  const ids = [...files.uploadIds];
  if (ids.length === 0) return true;
  const kept = await tx
    .update(upload)
    .set({ expiresAt: KEPT_UNTIL })
    .where(and(inArray(upload.id, ids), eq(upload.citizenId, files.citizenId), isNull(upload.dossierId), gt(upload.expiresAt, now), lt(upload.expiresAt, KEPT_UNTIL)))
    .returning({ id: upload.id });
  if (kept.length !== ids.length) return false;
  await tx
    .insert(serviceRequestFile)
    .values(ids.map((uploadId, i) => ({ requestId: files.requestId, uploadId, role: files.role, position: files.firstPosition + i, addedBy: files.addedBy })));
  return true;
}

/** Takes a result file off the request and hands the upload back to the sweeper, which deletes it. */
export async function detachResult(tx: Db, requestId: string, uploadId: string, now: Date): Promise<boolean> {
  const [gone] = await tx
    .delete(serviceRequestFile)
    .where(and(eq(serviceRequestFile.requestId, requestId), eq(serviceRequestFile.uploadId, uploadId), eq(serviceRequestFile.role, "RESULT")))
    .returning({ uploadId: serviceRequestFile.uploadId });
  if (!gone) return false;
  await tx.update(upload).set({ expiresAt: now }).where(eq(upload.id, uploadId));
  return true;
}

export async function requestFiles(db: Db, requestId: string) {
  return db
    .select({ uploadId: upload.id, displayName: upload.displayName, kind: upload.kind, size: upload.size, role: serviceRequestFile.role })
    .from(serviceRequestFile)
    .innerJoin(upload, eq(upload.id, serviceRequestFile.uploadId))
    .where(eq(serviceRequestFile.requestId, requestId))
    .orderBy(asc(serviceRequestFile.role), asc(serviceRequestFile.position));
}
export type RequestFileRow = Awaited<ReturnType<typeof requestFiles>>[number];

export async function findRequestFile(db: Db, requestId: string, uploadId: string) {
  const [row] = await db
    .select({ upload })
    .from(serviceRequestFile)
    .innerJoin(upload, eq(upload.id, serviceRequestFile.uploadId))
    .where(and(eq(serviceRequestFile.requestId, requestId), eq(serviceRequestFile.uploadId, uploadId)));
  return row?.upload;
}

/** How many result files there are, and the position of the next. */
export async function resultCount(db: Db, requestId: string): Promise<{ files: number; nextPosition: number }> {
  const [row] = await db
    .select({ files: count(), nextPosition: sql<number>`coalesce(max(${serviceRequestFile.position}) + 1, 0)`.mapWith(Number) })
    .from(serviceRequestFile)
    .where(and(eq(serviceRequestFile.requestId, requestId), eq(serviceRequestFile.role, "RESULT")));
  return row ?? { files: 0, nextPosition: 0 };
}

/** For a guarded UPDATE of the request: it holds at least one result file. */
export const holdsResultFile = sql`exists (select 1 from ${serviceRequestFile} where ${serviceRequestFile.requestId} = ${serviceRequest.id} and ${serviceRequestFile.role} = 'RESULT')`;

export async function insertRequest(tx: Db, row: typeof serviceRequest.$inferInsert, event: NewServiceRequestEvent): Promise<void> {
  await tx.insert(serviceRequest).values(row);
  await tx.insert(serviceRequestEvent).values(event);
}

export async function findByCode(db: Db, code: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequest).where(eq(serviceRequest.code, code));
  return row;
}

export async function findById(db: Db, id: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await db.select().from(serviceRequest).where(eq(serviceRequest.id, id));
  return row;
}

export async function findCitizenRequest(db: Db, citizenId: string, code: string): Promise<ServiceRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(serviceRequest)
    .where(and(eq(serviceRequest.code, code), eq(serviceRequest.citizenId, citizenId)));
  return row;
}

export async function listCitizenRequests(db: Db, citizenId: string, limit: number): Promise<ServiceRequestRow[]> {
  return db.select().from(serviceRequest).where(eq(serviceRequest.citizenId, citizenId)).orderBy(desc(serviceRequest.createdAt)).limit(limit);
}

const isOpen = inArray(serviceRequest.status, [...openServiceRequestStatuses]);

/** The agency's requests: open ones first, oldest first (first come, first served); then the rest, newest first. */
export async function listAgencyRequests(db: Db, agencyCode: string, query: DeskServiceRequestQuery): Promise<{ rows: ServiceRequestRow[]; total: number }> {
  const conditions: SQL[] = [eq(serviceRequest.agencyCode, agencyCode)];
  if (query.kind) conditions.push(eq(serviceRequest.kind, query.kind));
  if (query.status) conditions.push(eq(serviceRequest.status, query.status));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(ilike(serviceRequest.code, pattern), ilike(serviceRequest.contactName, pattern), ilike(serviceRequest.contactPhone, pattern), ilike(serviceRequest.question, pattern))!,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(serviceRequest)
      .where(where)
      .orderBy(
        sql`case when ${isOpen} then 0 else 1 end`,
        sql`case when ${isOpen} then ${serviceRequest.createdAt} end asc`,
        desc(serviceRequest.createdAt),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(serviceRequest).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function requestTimeline(db: Db, requestId: string): Promise<ServiceRequestEventRow[]> {
  return db.select().from(serviceRequestEvent).where(eq(serviceRequestEvent.requestId, requestId)).orderBy(asc(serviceRequestEvent.id));
}

export async function senderOf(db: Db, citizenId: string): Promise<{ name: string | null; phone: string | null } | undefined> {
  const [row] = await db.select({ name: citizen.name, phone: citizen.phone }).from(citizen).where(eq(citizen.id, citizenId));
  return row;
}

export interface ServiceChange {
  id: string;
  kind: ServiceRequestKind;
  /** Whose request it must be: the officer's agency's, or the citizen's own. */
  owner: { agencyCode: string } | { citizenId: string };
  from: readonly ServiceRequestStatus[];
  /** Extra conditions, e.g. the quote the citizen saw. */
  also?: SQL | undefined;
  set: Partial<typeof serviceRequest.$inferInsert>;
}

/**
 * One guarded UPDATE decides a change: the row moves only if it is the owner's and in an allowed
 * state, so of two people acting at once exactly one wins and the other is told why.
 */
export async function applyChange(tx: Db, change: ServiceChange, now: Date): Promise<ServiceRequestRow | undefined> {
  const owner = "agencyCode" in change.owner ? eq(serviceRequest.agencyCode, change.owner.agencyCode) : eq(serviceRequest.citizenId, change.owner.citizenId);
  const [row] = await tx
    .update(serviceRequest)
    .set({ ...change.set, previousStatus: sql`${serviceRequest.status}`, updatedAt: now, version: sql`${serviceRequest.version} + 1` })
    .where(and(eq(serviceRequest.id, change.id), eq(serviceRequest.kind, change.kind), owner, inArray(serviceRequest.status, [...change.from]), change.also))
    .returning();
  return row;
}

export async function insertEvent(tx: Db, event: NewServiceRequestEvent): Promise<void> {
  await tx.insert(serviceRequestEvent).values(event);
}

/** The outbox row telling the citizen what changed; written in the change's own transaction. */
export async function insertServiceNotice(tx: Db, row: ServiceRequestRow, action: string, now: Date): Promise<void> {
  await tx.insert(outbox).values({
    topic: SERVICE_REQUEST_NOTICE_TOPIC,
    citizenId: row.citizenId,
    payload: { action, code: row.code, kind: row.kind },
    createdAt: now,
    nextAttemptAt: now,
  });
}
