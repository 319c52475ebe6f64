import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Applicant, DossierStatus, Delivery, Pickup, SupplementRequest, FeesDue } from "@motcua/contracts";
import { agency } from "./catalog.ts";
import { citizen } from "./identity.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

export const dossier = pgTable(
  "dossier",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Citizen-visible from the moment of filing; the official code comes only at reception. */
    reference: text().notNull().unique(),
    lookupSecretHash: text("lookup_secret_hash").notNull(),
    officialCode: text("official_code").unique(),
    procedureCode: text("procedure_code").notNull(),
    procedureVersion: integer("procedure_version").notNull(),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    channel: text().$type<"ONLINE" | "POSTAL">().notNull(),
    status: text().$type<DossierStatus>().notNull(),
    /** The state before the last transition: lets one guarded UPDATE report "from → to". */
    previousStatus: text("previous_status").$type<DossierStatus>(),
    /** Where a supplement or payment pause returns to. */
    resumeStatus: text("resume_status").$type<DossierStatus>(),
    /** Everything about the applicant except the citizen ID, which is only stored sealed. */
    applicant: jsonb().$type<Omit<Applicant, "idNumber">>().notNull(),
    idNumberSealed: text("id_number_sealed").notNull(),
    idNumberHash: text("id_number_hash").notNull(),
    idNumberLast4: text("id_number_last4").notNull(),
    answers: jsonb().$type<Record<string, unknown>>().notNull(),
    delivery: jsonb().$type<Delivery>().notNull(),
    pickup: jsonb().$type<Pickup>(),
    supplementRequest: jsonb("supplement_request").$type<SupplementRequest>(),
    feesDue: jsonb("fees_due").$type<FeesDue>(),
    submittedAt: at("submitted_at").notNull(),
    receivedAt: at("received_at"),
    dueAt: at("due_at"),
    finishedAt: at("finished_at"),
    version: integer().notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("dossier_citizen_idx").on(t.citizenId, t.submittedAt),
    index("dossier_agency_status_idx").on(t.agencyCode, t.status),
    index("dossier_id_hash_idx").on(t.idNumberHash),
  ],
);

/** Append-only timeline and audit trail: who did what, from which state to which, and why. */
export const dossierEvent = pgTable(
  "dossier_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id),
    at: at("at").notNull().defaultNow(),
    actorType: text("actor_type").$type<"citizen" | "officer" | "system">().notNull(),
    actorId: uuid("actor_id"),
    action: text().notNull(),
    fromStatus: text("from_status").$type<DossierStatus>(),
    toStatus: text("to_status").$type<DossierStatus>().notNull(),
    note: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    // Set by the insert trigger (migration 0008), whatever the writer sends: each event's digest
    // covers the one before it in the same dossier.
    prevHash: text("prev_hash"),
    hash: text().notNull().default(""),
  },
  (t) => [index("dossier_event_dossier_idx").on(t.dossierId, t.id)],
);

/** Messages to send after commit; the id doubles as the provider's tracking id. */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    topic: text().notNull(),
    dossierId: uuid("dossier_id"),
    citizenId: uuid("citizen_id"),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: text().$type<"pending" | "sent" | "dead" | "skipped">().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: at("created_at").notNull().defaultNow(),
    sentAt: at("sent_at"),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt)],
);

/** A claimed Idempotency-Key and, once done, the response to replay. */
export const idempotencyKey = pgTable(
  "idempotency_key",
  {
    scope: text().notNull(),
    key: text().notNull(),
    requestHash: text("request_hash").notNull(),
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdAt: at("created_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/** Server-side drafts, saved as the citizen types; labelled "Chưa nộp" and purged after a retention period. */
export const draft = pgTable(
  "draft",
  {
    id: uuid().primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    procedureCode: text("procedure_code").notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    version: integer().notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("draft_citizen_idx").on(t.citizenId, t.updatedAt), index("draft_expires_idx").on(t.expiresAt)],
);
