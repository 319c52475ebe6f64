import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { AppointmentSchedule, AppointmentStatus } from "@motcua/contracts";
import { agency } from "./catalog.ts";
import { citizen } from "./identity.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** An agency's own counter schedule; agencies without a row use the default one. */
export const appointmentSchedule = pgTable("appointment_schedule", {
  agencyCode: text("agency_code")
    .primaryKey()
    .references(() => agency.code),
  schedule: jsonb().$type<AppointmentSchedule>().notNull(),
  updatedAt: at("updated_at").notNull(),
  updatedBy: uuid("updated_by"),
});

/**
 * Places taken in one slot. Created at the first booking with the schedule's capacity; `booked`
 * only moves through a guarded UPDATE, and the check makes overbooking impossible even so.
 */
export const appointmentSlot = pgTable(
  "appointment_slot",
  {
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    day: date({ mode: "string" }).notNull(),
    /** Local "HH:MM". */
    start: text("start_time").notNull(),
    capacity: integer().notNull(),
    booked: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day, t.start] }), check("appointment_slot_within_capacity", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`)],
);

export const appointment = pgTable(
  "appointment",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** What the counter scans, e.g. `LH-7K3P-9QX2`. */
    code: text().notNull().unique(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    procedureCode: text("procedure_code"),
    day: date({ mode: "string" }).notNull(),
    start: text("start_time").notNull(),
    end: text("end_time").notNull(),
    note: text(),
    status: text().$type<AppointmentStatus>().notNull(),
    createdAt: at("created_at").notNull(),
    cancelledAt: at("cancelled_at"),
    checkedInAt: at("checked_in_at"),
    checkedInBy: uuid("checked_in_by"),
  },
  (t) => [
    check("appointment_status_known", sql`${t.status} in ('BOOKED','CHECKED_IN','CANCELLED')`),
    // One live booking per citizen per slot; a cancelled one frees the citizen to book it again.
    uniqueIndex("appointment_citizen_slot_idx")
      .on(t.citizenId, t.agencyCode, t.day, t.start)
      .where(sql`${t.status} <> 'CANCELLED'`),
    index("appointment_agency_day_idx").on(t.agencyCode, t.day, t.start),
    index("appointment_citizen_idx").on(t.citizenId, t.day),
  ],
);

/** Append-only trail of bookings, cancellations and check-ins. */
export const appointmentEvent = pgTable(
  "appointment_event",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    appointmentId: uuid("appointment_id")
      .notNull()
      .references(() => appointment.id),
    at: at("at").notNull(),
    actorType: text("actor_type").$type<"citizen" | "officer">().notNull(),
    actorId: uuid("actor_id"),
    action: text().notNull(),
    toStatus: text("to_status").$type<AppointmentStatus>().notNull(),
  },
  (t) => [index("appointment_event_appointment_idx").on(t.appointmentId, t.id)],
);

/** Every schedule a manager saved, and who saved it. */
export const appointmentScheduleChange = pgTable(
  "appointment_schedule_change",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    agencyCode: text("agency_code")
      .notNull()
      .references(() => agency.code),
    at: at("at").notNull(),
    officerId: uuid("officer_id").notNull(),
    schedule: jsonb().$type<AppointmentSchedule>().notNull(),
  },
  (t) => [index("appointment_schedule_change_agency_idx").on(t.agencyCode, t.at)],
);
