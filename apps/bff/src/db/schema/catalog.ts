import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { AgencyLevel, OnlineLevel, Procedure, ProcedureLevel } from "@motcua/contracts";

const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const agency = pgTable("agency", {
  code: text().primaryKey(),
  name: text().notNull(),
  shortName: text("short_name"),
  level: text().$type<AgencyLevel>().notNull(),
  wardCode: text("ward_code"),
  address: text(),
  phone: text(),
  email: text(),
  hours: text(),
  updatedAt: updatedAt(),
});

export const sector = pgTable("sector", {
  code: text().primaryKey(),
  name: text().notNull(),
  updatedAt: updatedAt(),
});

/**
 * The current version of each procedure. Columns the catalog filters or joins on are real columns;
 * the rest of the record (channels, requirements, form…) is the validated `content` document.
 */
export const procedure = pgTable(
  "procedure",
  {
    code: text().primaryKey(),
    localCode: text("local_code").notNull().unique(),
    name: text().notNull(),
    level: text().$type<ProcedureLevel>().notNull(),
    sectorCode: text("sector_code")
      .notNull()
      .references(() => sector.code),
    agencyCode: text("agency_code").references(() => agency.code),
    onlineLevel: text("online_level").$type<OnlineLevel>().notNull(),
    version: integer().notNull(),
    active: boolean().notNull().default(true),
    content: jsonb().$type<Procedure>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [index("procedure_sector_idx").on(t.sectorCode), index("procedure_agency_idx").on(t.agencyCode)],
);

/** Every version ever published, so a dossier can always show the rules it was filed under. */
export const procedureVersion = pgTable(
  "procedure_version",
  {
    code: text().notNull(),
    version: integer().notNull(),
    content: jsonb().$type<Procedure>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] })],
);

/** One row; bumped by a trigger on every catalog write so each instance knows when to reload. */
export const catalogRevision = pgTable("catalog_revision", {
  id: integer().primaryKey(),
  revision: bigint({ mode: "number" }).notNull(),
  updatedAt: updatedAt(),
});
