import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { OfficerRole } from "@motcua/contracts";
import { agency } from "./catalog.ts";
import { dossier } from "./dossiers.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One-stop desk staff. Each belongs to exactly one agency and only ever sees its dossiers. */
export const officer = pgTable(
  "officer",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-case, so sign-in is case-insensitive and "An" and "an" cannot both exist. */
    username: text().notNull().unique(),
    /** `scrypt$N$r$p$salt$hash`, see modules/desk/password.ts. */
    passwordHash: text("password_hash").notNull(),
    fullName: text("full_name").notNull(),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    roles: text().array().$type<OfficerRole[]>().notNull(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: at("locked_until"),
    active: boolean().notNull().default(true),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("officer_username_lower", sql`${t.username} = lower(${t.username})`),
    check("officer_roles_known", sql`${t.roles} <@ array['desk','processor','manager','admin']::text[] and cardinality(${t.roles}) > 0`),
    index("officer_agency_idx").on(t.agencyCode),
  ],
);

/** The last official-code sequence number issued per agency and Vietnamese calendar day. */
export const dailySequence = pgTable(
  "daily_sequence",
  {
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    day: date({ mode: "string" }).notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);

/** Every time an officer unmasked a citizen ID, and why (personal data protection, Decree 13/2023). */
export const idReveal = pgTable(
  "id_reveal",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    officerId: uuid("officer_id")
      .notNull()
      .references(() => officer.id),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossier.id),
    at: at("at").notNull().defaultNow(),
    reason: text().notNull(),
    /** The form answer whose ID was shown; null for the applicant's own. */
    field: text(),
  },
  (t) => [index("id_reveal_dossier_idx").on(t.dossierId, t.at), index("id_reveal_officer_idx").on(t.officerId, t.at)],
);
