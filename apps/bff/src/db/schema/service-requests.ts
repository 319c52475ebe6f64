import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ConsultingTopic, DayPeriod, ServiceRequestKind, ServiceRequestStatus, TranslationLanguage } from "@motcua/contracts";
import { agency } from "./catalog.ts";
import { citizen } from "./identity.ts";
import { upload } from "./uploads.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A citizen's request for one of the center's own services: business consulting or document
 * translation. One row for both kinds; the columns of the other kind stay null (checked below).
 */
export const serviceRequest = pgTable(
  "service_request",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Citizen-visible tracking code, e.g. `DV-7K3P-9QX2`. */
    code: text().notNull().unique(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    kind: text().$type<ServiceRequestKind>().notNull(),
    /** The agency that provides the service: the public administration service center. */
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    status: text().$type<ServiceRequestStatus>().notNull(),
    previousStatus: text("previous_status").$type<ServiceRequestStatus>(),
    contactName: text("contact_name").notNull(),
    contactPhone: text("contact_phone").notNull(),
    contactEmail: text("contact_email"),
    // Consulting.
    topic: text().$type<ConsultingTopic>(),
    topicOther: text("topic_other"),
    question: text(),
    preferredDate: date("preferred_date", { mode: "string" }),
    preferredPeriod: text("preferred_period").$type<DayPeriod>(),
    scheduledDate: date("scheduled_date", { mode: "string" }),
    scheduledTime: text("scheduled_time"),
    schedulePlace: text("schedule_place"),
    scheduleNote: text("schedule_note"),
    scheduledAt: at("scheduled_at"),
    // Translation.
    sourceLanguage: text("source_language").$type<TranslationLanguage>(),
    targetLanguage: text("target_language").$type<TranslationLanguage>(),
    declaredPages: integer("declared_pages"),
    notarised: boolean(),
    note: text(),
    quotePages: integer("quote_pages"),
    // In đồng; bigint because 500 pages at a specialist's rate passes integer's range.
    quotePricePerPage: bigint("quote_price_per_page", { mode: "number" }),
    quoteNotarisationFee: bigint("quote_notarisation_fee", { mode: "number" }),
    quoteTotal: bigint("quote_total", { mode: "number" }),
    quoteNote: text("quote_note"),
    quotedAt: at("quoted_at"),
    // Outcome.
    answer: text(),
    completedAt: at("completed_at"),
    completedBy: uuid("completed_by"),
    rejectReason: text("reject_reason"),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check("service_request_kind_known", sql`${t.kind} in ('CONSULTING','TRANSLATION')`),
    check("service_request_status_known", sql`${t.status} in ('SUBMITTED','QUOTED','ACCEPTED','SCHEDULED','IN_PROGRESS','COMPLETED','CANCELLED','REJECTED')`),
    check(
      "service_request_consulting_complete",
      sql`${t.kind} <> 'CONSULTING' or (${t.topic} is not null and ${t.question} is not null and ${t.preferredDate} is not null and ${t.preferredPeriod} is not null)`,
    ),
    check(
      "service_request_translation_complete",
      sql`${t.kind} <> 'TRANSLATION' or (${t.sourceLanguage} is not null and ${t.targetLanguage} is not null and ${t.declaredPages} is not null and ${t.notarised} is not null)`,
    ),
    check(
      "service_request_pair_has_vietnamese",
      sql`${t.sourceLanguage} is null or (${t.sourceLanguage} <> ${t.targetLanguage} and 'vi' in (${t.sourceLanguage}, ${t.targetLanguage}))`,
    ),
    check("service_request_quote_adds_up", sql`${t.quoteTotal} is null or ${t.quoteTotal} = ${t.quotePages} * ${t.quotePricePerPage} + ${t.quoteNotarisationFee}`),
    index("service_request_citizen_idx").on(t.citizenId, t.createdAt),
    index("service_request_agency_status_idx").on(t.agencyCode, t.status, t.createdAt),
  ],
);

/**
 * The files a request carries: the citizen's documents to translate, and the officer's results.
 * Both are uploads owned by the citizen, so the citizen downloads either through GET /uploads/{id}.
 */
export const serviceRequestFile = pgTable(
  "service_request_file",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => serviceRequest.id),
    // Cascade: a citizen deleting their own upload takes it off the request too.
    uploadId: uuid("upload_id")
      .notNull()
      .references(() => upload.id, { onDelete: "cascade" }),
    role: text().$type<"DOCUMENT" | "RESULT">().notNull(),
    position: integer().notNull(),
    /** The officer who added a result file; null for the citizen's documents. */
    addedBy: uuid("added_by"),
  },
  (t) => [
    check("service_request_file_role_known", sql`${t.role} in ('DOCUMENT','RESULT')`),
    uniqueIndex("service_request_file_upload_idx").on(t.uploadId),
    index("service_request_file_request_idx").on(t.requestId, t.role, t.position),
  ],
);

/** Append-only trail of every change: who, when, from which state to which, and why. */
export const serviceRequestEvent = pgTable(
  "service_request_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => serviceRequest.id),
    at: at("at").notNull(),
    actorType: text("actor_type").$type<"citizen" | "officer" | "system">().notNull(),
    actorId: uuid("actor_id"),
    action: text().notNull(),
    fromStatus: text("from_status").$type<ServiceRequestStatus>(),
    toStatus: text("to_status").$type<ServiceRequestStatus>().notNull(),
    note: text(),
    data: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index("service_request_event_request_idx").on(t.requestId, t.id)],
);
