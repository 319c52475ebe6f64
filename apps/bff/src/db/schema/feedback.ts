import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { FeedbackCategory, FeedbackStatus } from "@motcua/contracts";
import { agency } from "./catalog.ts";
import { citizen } from "./identity.ts";
import { upload } from "./uploads.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A citizen's feedback on administrative regulations or the service (phản ánh, kiến nghị). It is
 * always linked to its sender so they can follow it; anonymity hides the sender from officers.
 */
export const feedback = pgTable(
  "feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Citizen-visible tracking code, e.g. `PA-7K3P-9QX2`. */
    code: text().notNull().unique(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    category: text().$type<FeedbackCategory>().notNull(),
    /** The agency the citizen named; `agencyCode` is whoever handles it now. */
    requestedAgencyCode: text("requested_agency_code").references(() => agency.code),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    procedureCode: text("procedure_code"),
    text: text().notNull(),
    anonymous: boolean().notNull(),
    contactPhone: text("contact_phone"),
    publishConsent: boolean("publish_consent").notNull(),
    status: text().$type<FeedbackStatus>().notNull(),
    previousStatus: text("previous_status").$type<FeedbackStatus>(),
    answer: text(),
    answeredBy: uuid("answered_by"),
    answeredAt: at("answered_at"),
    dismissReason: text("dismiss_reason"),
    /** The public wording, set by a manager; null while unpublished. */
    publicQuestion: text("public_question"),
    publicAnswer: text("public_answer"),
    publishedAt: at("published_at"),
    createdAt: at("created_at").notNull(),
    /** Frozen at receipt: end of the Nth working day after it. */
    dueAt: at("due_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check("feedback_status_known", sql`${t.status} in ('RECEIVED','IN_PROGRESS','ANSWERED','DISMISSED')`),
    check("feedback_category_known", sql`${t.category} in ('PROCEDURE','STAFF_CONDUCT','FACILITIES','REFORM_PROPOSAL')`),
    check("feedback_anonymous_only_proposals", sql`not ${t.anonymous} or (${t.category} = 'REFORM_PROPOSAL' and ${t.contactPhone} is null)`),
    check("feedback_published_with_consent", sql`${t.publishedAt} is null or (${t.publishConsent} and ${t.status} = 'ANSWERED')`),
    index("feedback_citizen_idx").on(t.citizenId, t.createdAt),
    index("feedback_agency_status_idx").on(t.agencyCode, t.status, t.dueAt),
    index("feedback_published_idx")
      .on(t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
  ],
);

/** The photos a feedback carries; an upload belongs to at most one feedback. */
export const feedbackPhoto = pgTable(
  "feedback_photo",
  {
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedback.id),
    // Cascade: a citizen deleting their own upload takes it off the feedback too.
    uploadId: uuid("upload_id")
      .notNull()
      .references(() => upload.id, { onDelete: "cascade" }),
    position: integer().notNull(),
  },
  (t) => [uniqueIndex("feedback_photo_upload_idx").on(t.uploadId), index("feedback_photo_feedback_idx").on(t.feedbackId, t.position)],
);

/** Append-only trail of every change: who, when, from which agency and state to which, and why. */
export const feedbackEvent = pgTable(
  "feedback_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedback.id),
    at: at("at").notNull(),
    actorType: text("actor_type").$type<"citizen" | "officer" | "system">().notNull(),
    actorId: uuid("actor_id"),
    action: text().notNull(),
    fromStatus: text("from_status").$type<FeedbackStatus>(),
    toStatus: text("to_status").$type<FeedbackStatus>().notNull(),
    agencyCode: text("agency_code").notNull(),
    note: text(),
    data: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index("feedback_event_feedback_idx").on(t.feedbackId, t.id)],
);
