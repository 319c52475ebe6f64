import { and, asc, count, desc, eq, gt, gte, ilike, inArray, isNotNull, isNull, lt, notExists, or, sql, type SQL } from "drizzle-orm";
import type { DeskFeedbackQuery, FeedbackStatus, PublishedFeedbackQuery, UploadKind } from "@motcua/contracts";
import { openFeedbackStatuses } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { citizen, feedback, feedbackEvent, feedbackPhoto, outbox, upload } from "../../db/schema/index.ts";
import { FEEDBACK_NOTICE_TOPIC } from "../notifications/notification-sender.ts";
import { KEPT_UNTIL } from "../uploads/upload-hold.ts";

export type FeedbackRow = typeof feedback.$inferSelect;
export type FeedbackEventRow = typeof feedbackEvent.$inferSelect;
export type NewFeedbackEvent = typeof feedbackEvent.$inferInsert;

const IMAGE_KINDS: UploadKind[] = ["jpeg", "png", "heic"];

export interface PhotoFacts {
  id: string;
  kind: string;
  dossierId: string | null;
  expiresAt: Date;
  usedByFeedback: boolean;
}

/** The citizen's own uploads among `ids`; others are simply absent. */
export async function photoFacts(db: Db, citizenId: string, ids: readonly string[]): Promise<Map<string, PhotoFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: upload.id,
      kind: upload.kind,
      dossierId: upload.dossierId,
      expiresAt: upload.expiresAt,
      usedByFeedback: sql<boolean>`exists (select 1 from ${feedbackPhoto} where ${feedbackPhoto.uploadId} = ${upload.id})`,
    })
    .from(upload)
    .where(and(eq(upload.citizenId, citizenId), inArray(upload.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Binds the photos to the feedback, each only if it is still the citizen's, an image, unexpired and
 * used nowhere else; false when any was taken meanwhile, so the caller can roll everything back.
 */
export async function attachPhotos(tx: Db, citizenId: string, feedbackId: string, ids: readonly string[], now: Date): Promise<boolean> {
  if (ids.length === 0) return true;
  const kept = await tx
    .update(upload)
    .set({ expiresAt: KEPT_UNTIL })
    .where(
      and(
        inArray(upload.id, [...ids]),
        eq(upload.citizenId, citizenId),
        isNull(upload.dossierId),
        gt(upload.expiresAt, now),
        lt(upload.expiresAt, KEPT_UNTIL),
        inArray(upload.kind, IMAGE_KINDS),
        notExists(tx.select({ one: sql`1` }).from(feedbackPhoto).where(eq(feedbackPhoto.uploadId, upload.id))),
      ),
    )
    .returning({ id: upload.id });
  if (kept.length !== ids.length) return false;
  await tx.insert(feedbackPhoto).values(ids.map((uploadId, position) => ({ feedbackId, uploadId, position })));
  return true;
}

export async function feedbackPhotos(db: Db, feedbackId: string) {
  return db
    .select({ uploadId: upload.id, displayName: upload.displayName, kind: upload.kind, size: upload.size })
    .from(feedbackPhoto)
    .innerJoin(upload, eq(upload.id, feedbackPhoto.uploadId))
    .where(eq(feedbackPhoto.feedbackId, feedbackId))
    .orderBy(asc(feedbackPhoto.position));
}

export async function findFeedbackPhoto(db: Db, feedbackId: string, uploadId: string) {
  const [row] = await db
    .select({ upload })
    .from(feedbackPhoto)
    .innerJoin(upload, eq(upload.id, feedbackPhoto.uploadId))
    .where(and(eq(feedbackPhoto.feedbackId, feedbackId), eq(feedbackPhoto.uploadId, uploadId)));
  return row?.upload;
}

export async function insertFeedback(tx: Db, row: typeof feedback.$inferInsert, event: NewFeedbackEvent): Promise<void> {
  await tx.insert(feedback).values(row);
  await tx.insert(feedbackEvent).values(event);
}

export async function findByCode(db: Db, code: string): Promise<FeedbackRow | undefined> {
  const [row] = await db.select().from(feedback).where(eq(feedback.code, code));
  return row;
}

export async function findCitizenFeedback(db: Db, citizenId: string, code: string): Promise<FeedbackRow | undefined> {
  const [row] = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.code, code), eq(feedback.citizenId, citizenId)));
  return row;
}

export async function listCitizenFeedback(db: Db, citizenId: string, limit: number): Promise<FeedbackRow[]> {
  return db.select().from(feedback).where(eq(feedback.citizenId, citizenId)).orderBy(desc(feedback.createdAt)).limit(limit);
}

const isOpen = inArray(feedback.status, [...openFeedbackStatuses]);

/** The agency's feedback: open items first, soonest due first; then the rest, newest first. */
export async function listAgencyFeedback(db: Db, agencyCode: string, query: DeskFeedbackQuery, now: Date): Promise<{ rows: FeedbackRow[]; total: number }> {
  const conditions: SQL[] = [eq(feedback.agencyCode, agencyCode)];
  if (query.status) conditions.push(eq(feedback.status, query.status));
  if (query.category) conditions.push(eq(feedback.category, query.category));
  if (query.overdue === true) conditions.push(and(isOpen, lt(feedback.dueAt, now))!);
  if (query.overdue === false) conditions.push(or(sql`not (${isOpen})`, gte(feedback.dueAt, now))!);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(feedback.code, pattern), ilike(feedback.text, pattern))!);
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(feedback)
      .where(where)
      .orderBy(sql`case when ${isOpen} then 0 else 1 end`, sql`case when ${isOpen} then ${feedback.dueAt} end asc`, desc(feedback.createdAt))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(feedback).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function feedbackTimeline(db: Db, feedbackId: string): Promise<FeedbackEventRow[]> {
  return db.select().from(feedbackEvent).where(eq(feedbackEvent.feedbackId, feedbackId)).orderBy(asc(feedbackEvent.id));
}

export async function senderOf(db: Db, citizenId: string): Promise<{ name: string | null; phone: string | null } | undefined> {
  const [row] = await db.select({ name: citizen.name, phone: citizen.phone }).from(citizen).where(eq(citizen.id, citizenId));
  return row;
}

export interface FeedbackChange {
  id: string;
  agencyCode: string;
  from: readonly FeedbackStatus[];
  /** Extra conditions, e.g. consent for publishing. */
  also?: SQL;
  set: Partial<typeof feedback.$inferInsert>;
}

/**
 * One guarded UPDATE decides a change: the row moves only if it is the agency's and in an allowed
 * state, so of two managers acting at once exactly one wins and the other is told why.
 */
export async function applyChange(tx: Db, change: FeedbackChange, now: Date): Promise<FeedbackRow | undefined> {
  const [row] = await tx
    .update(feedback)
    .set({ ...change.set, previousStatus: sql`${feedback.status}`, updatedAt: now, version: sql`${feedback.version} + 1` })
    .where(and(eq(feedback.id, change.id), eq(feedback.agencyCode, change.agencyCode), inArray(feedback.status, [...change.from]), change.also))
    .returning();
  return row;
}

export async function insertEvent(tx: Db, event: NewFeedbackEvent): Promise<void> {
  await tx.insert(feedbackEvent).values(event);
}

/** The outbox row telling the citizen their feedback was answered or dismissed; written in the change's transaction. */
export async function insertFeedbackNotice(tx: Db, row: FeedbackRow, action: "answer" | "dismiss", now: Date): Promise<void> {
  await tx.insert(outbox).values({
    topic: FEEDBACK_NOTICE_TOPIC,
    citizenId: row.citizenId,
    payload: { action, code: row.code },
    createdAt: now,
    nextAttemptAt: now,
  });
}

export async function listPublished(db: Db, query: PublishedFeedbackQuery): Promise<{ rows: FeedbackRow[]; total: number }> {
  const where = and(isNotNull(feedback.publishedAt), query.category ? eq(feedback.category, query.category) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(feedback)
      .where(where)
      .orderBy(desc(feedback.publishedAt))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(feedback).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findPublished(db: Db, code: string): Promise<FeedbackRow | undefined> {
  const [row] = await db
    .select()
    .from(feedback)
    .where(and(eq(feedback.code, code), isNotNull(feedback.publishedAt)));
  return row;
}

/** Counts for the feedback received by the agency in [from, to): how it was handled and whether on time. */
export async function feedbackCounts(db: Db, agencyCode: string, from: Date, to: Date, now: Date) {
  const [row] = await db
    .select({
      received: count(),
      answeredOnTime: sql<number>`count(*) filter (where ${feedback.status} = 'ANSWERED' and ${feedback.answeredAt} <= ${feedback.dueAt})`.mapWith(Number),
      answeredLate: sql<number>`count(*) filter (where ${feedback.status} = 'ANSWERED' and ${feedback.answeredAt} > ${feedback.dueAt})`.mapWith(Number),
      dismissed: sql<number>`count(*) filter (where ${feedback.status} = 'DISMISSED')`.mapWith(Number),
      open: sql<number>`count(*) filter (where ${isOpen})`.mapWith(Number),
      openOverdue: sql<number>`count(*) filter (where ${isOpen} and ${lt(feedback.dueAt, now)})`.mapWith(Number),
    })
    .from(feedback)
    .where(and(eq(feedback.agencyCode, agencyCode), gte(feedback.createdAt, from), lt(feedback.createdAt, to)));
  return row ?? { received: 0, answeredOnTime: 0, answeredLate: 0, dismissed: 0, open: 0, openOverdue: 0 };
}
