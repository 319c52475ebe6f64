import { and, asc, count, desc, eq, gt, gte, inArray, lt, ne, sql } from "drizzle-orm";
import type { AppointmentSchedule } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { appointment, appointmentEvent, appointmentSchedule, appointmentScheduleChange, appointmentSlot, citizen } from "../../db/schema/index.ts";

export type AppointmentRow = typeof appointment.$inferSelect;
export type NewAppointmentEvent = typeof appointmentEvent.$inferInsert;

export async function findSchedule(db: Db, agencyCode: string): Promise<AppointmentSchedule | undefined> {
  const [row] = await db.select({ schedule: appointmentSchedule.schedule }).from(appointmentSchedule).where(eq(appointmentSchedule.agencyCode, agencyCode));
  return row?.schedule;
}

/**
 * Saves an agency's schedule and records who did. Slots already holding bookings from `today` on
 * take the new capacity, but never less than they have booked.
 */
export async function saveSchedule(tx: Db, agencyCode: string, schedule: AppointmentSchedule, officerId: string, today: string, now: Date): Promise<void> {
  await tx
    .insert(appointmentSchedule)
    .values({ agencyCode, schedule, updatedAt: now, updatedBy: officerId })
    .onConflictDoUpdate({ target: appointmentSchedule.agencyCode, set: { schedule, updatedAt: now, updatedBy: officerId } });
  await tx.insert(appointmentScheduleChange).values({ agencyCode, at: now, officerId, schedule });
  await tx
    .update(appointmentSlot)
    .set({ capacity: sql`greatest(${schedule.capacity}::int, ${appointmentSlot.booked})` })
    .where(and(eq(appointmentSlot.agencyCode, agencyCode), gte(appointmentSlot.day, today)));
}

export async function slotCounts(db: Db, agencyCode: string, days: readonly string[]) {
  if (days.length === 0) return [];
  return db
    .select({ day: appointmentSlot.day, start: appointmentSlot.start, capacity: appointmentSlot.capacity, booked: appointmentSlot.booked })
    .from(appointmentSlot)
    .where(and(eq(appointmentSlot.agencyCode, agencyCode), inArray(appointmentSlot.day, [...days])));
}

const slotKey = (agencyCode: string, day: string, start: string) =>
  and(eq(appointmentSlot.agencyCode, agencyCode), eq(appointmentSlot.day, day), eq(appointmentSlot.start, start));

/**
 * Takes one place if any is left. The slot row is created on first use; then a single guarded
 * UPDATE decides: concurrent bookings queue on the row lock and each re-checks `booked < capacity`
 * after the one before it commits, so a slot of N places gives exactly N tickets.
 */
export async function takePlace(tx: Db, agencyCode: string, day: string, start: string, capacity: number): Promise<boolean> {
  await tx.insert(appointmentSlot).values({ agencyCode, day, start, capacity, booked: 0 }).onConflictDoNothing();
  const taken = await tx
    .update(appointmentSlot)
    .set({ booked: sql`${appointmentSlot.booked} + 1` })
    .where(and(slotKey(agencyCode, day, start), lt(appointmentSlot.booked, appointmentSlot.capacity)))
    .returning({ booked: appointmentSlot.booked });
  return taken.length === 1;
}

export async function releasePlace(tx: Db, agencyCode: string, day: string, start: string): Promise<void> {
  await tx
    .update(appointmentSlot)
    .set({ booked: sql`${appointmentSlot.booked} - 1` })
    .where(and(slotKey(agencyCode, day, start), gt(appointmentSlot.booked, 0)));
}

/** The unique index that allows one live booking per citizen and slot refused a second one. */
export function isSameSlotTwice(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === "23505" && constraint === "appointment_citizen_slot_idx") return true;
  }
  return false;
}

export async function insertAppointment(tx: Db, row: typeof appointment.$inferInsert, event: NewAppointmentEvent): Promise<AppointmentRow> {
  const [inserted] = await tx.insert(appointment).values(row).returning();
  await tx.insert(appointmentEvent).values(event);
  return inserted!;
}

export async function insertAppointmentEvent(tx: Db, event: NewAppointmentEvent): Promise<void> {
  await tx.insert(appointmentEvent).values(event);
}

/** Live bookings of the citizen from `today` on. */
export async function countUpcoming(db: Db, citizenId: string, today: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(appointment)
    .where(and(eq(appointment.citizenId, citizenId), eq(appointment.status, "BOOKED"), gte(appointment.day, today)));
  return row?.n ?? 0;
}

export async function findLiveBooking(db: Db, citizenId: string, agencyCode: string, day: string, start: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointment)
    .where(
      and(
        eq(appointment.citizenId, citizenId),
        eq(appointment.agencyCode, agencyCode),
        eq(appointment.day, day),
        eq(appointment.start, start),
        ne(appointment.status, "CANCELLED"),
      ),
    );
  return row;
}

export async function findCitizenAppointment(db: Db, citizenId: string, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await db
    .select()
    .from(appointment)
    .where(and(eq(appointment.id, id), eq(appointment.citizenId, citizenId)));
  return row;
}

export async function listCitizenAppointments(db: Db, citizenId: string, limit: number): Promise<AppointmentRow[]> {
  return db.select().from(appointment).where(eq(appointment.citizenId, citizenId)).orderBy(desc(appointment.day), desc(appointment.start)).limit(limit);
}

export async function findByCode(db: Db, code: string): Promise<AppointmentRow | undefined> {
  const [row] = await db.select().from(appointment).where(eq(appointment.code, code));
  return row;
}

/** Cancels a live booking of the citizen; undefined when it is not theirs or not live any more. */
export async function cancelBooking(tx: Db, citizenId: string, id: string, now: Date): Promise<AppointmentRow | undefined> {
  const [row] = await tx
    .update(appointment)
    .set({ status: "CANCELLED", cancelledAt: now })
    .where(and(eq(appointment.id, id), eq(appointment.citizenId, citizenId), eq(appointment.status, "BOOKED")))
    .returning();
  return row;
}

export async function checkInBooking(tx: Db, id: string, agencyCode: string, day: string, officerId: string, now: Date): Promise<AppointmentRow | undefined> {
  const [row] = await tx
    .update(appointment)
    .set({ status: "CHECKED_IN", checkedInAt: now, checkedInBy: officerId })
    .where(and(eq(appointment.id, id), eq(appointment.agencyCode, agencyCode), eq(appointment.day, day), eq(appointment.status, "BOOKED")))
    .returning();
  return row;
}

/** The day's bookings at the agency, by time, with who is coming. */
export async function dayBookings(db: Db, agencyCode: string, day: string) {
  return db
    .select({ appointment, citizenName: citizen.name, citizenPhone: citizen.phone })
    .from(appointment)
    .innerJoin(citizen, eq(citizen.id, appointment.citizenId))
    .where(and(eq(appointment.agencyCode, agencyCode), eq(appointment.day, day)))
    .orderBy(asc(appointment.start), asc(appointment.createdAt));
}

/** A citizen or a checked-in row, for the counter: with who is coming. */
export async function withCitizen(db: Db, row: AppointmentRow) {
  const [who] = await db.select({ name: citizen.name, phone: citizen.phone }).from(citizen).where(eq(citizen.id, row.citizenId));
  return { appointment: row, citizenName: who?.name ?? null, citizenPhone: who?.phone ?? null };
}
