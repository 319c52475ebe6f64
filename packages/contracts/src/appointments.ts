import { z } from "zod";
import { multiLine } from "./text.ts";

/** Local "HH:MM" on Vietnam's clock. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "Giờ không hợp lệ (HH:MM)" });
const LocalDay = z.iso.date({ message: "Ngày không hợp lệ (YYYY-MM-DD)" });
const code = z.string().trim().min(1).max(40);

/** How far ahead a citizen may book: this many working days, today included when it is one. */
export const APPOINTMENT_WINDOW_WORKING_DAYS = 14;
/** Upcoming bookings one citizen may hold at once, so nobody hoards a counter's places. */
export const MAX_UPCOMING_APPOINTMENTS = 3;

export const ScheduleWindow = z.strictObject({ start: ClockTime, end: ClockTime });
export type ScheduleWindow = z.infer<typeof ScheduleWindow>;

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** An agency's counter hours cut into slots of `slotMinutes`, each taking `capacity` people. */
export const AppointmentSchedule = z
  .strictObject({
    slotMinutes: z.union([z.literal(15), z.literal(20), z.literal(30), z.literal(45), z.literal(60)]),
    capacity: z.number().int().min(1).max(200),
    windows: z.array(ScheduleWindow).min(1).max(4),
  })
  .superRefine((s, ctx) => {
    let previousEnd = -1;
    s.windows.forEach((w, i) => {
      const [start, end] = [minutes(w.start), minutes(w.end)];
      if (end - start < s.slotMinutes) {
        ctx.addIssue({ code: "custom", path: ["windows", i, "end"], message: "Buổi làm việc phải dài ít nhất một khung giờ", params: { en: "A window must hold at least one slot" } });
      }
      if (start < previousEnd) {
        ctx.addIssue({ code: "custom", path: ["windows", i, "start"], message: "Các buổi phải theo thứ tự và không chồng nhau", params: { en: "Windows must be in order and not overlap" } });
      }
      previousEnd = end;
    });
  });
export type AppointmentSchedule = z.infer<typeof AppointmentSchedule>;

export const DEFAULT_APPOINTMENT_SCHEDULE: AppointmentSchedule = {
  slotMinutes: 30,
  capacity: 5,
  windows: [
    { start: "07:30", end: "11:30" },
    { start: "13:30", end: "16:30" },
  ],
};

/** The slots' start and end times a schedule yields on any working day. */
export function slotTimes(schedule: AppointmentSchedule): Array<{ start: string; end: string }> {
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const slots: Array<{ start: string; end: string }> = [];
  for (const w of schedule.windows) {
    for (let m = minutes(w.start); m + schedule.slotMinutes <= minutes(w.end); m += schedule.slotMinutes) {
      slots.push({ start: clock(m), end: clock(m + schedule.slotMinutes) });
    }
  }
  return slots;
}

export const AgencyScheduleView = z.object({
  agency: z.object({ code: z.string(), name: z.string() }),
  schedule: AppointmentSchedule,
  /** False while the agency runs on the default schedule. */
  custom: z.boolean(),
});
export type AgencyScheduleView = z.infer<typeof AgencyScheduleView>;

/** Where to book: an agency, or a procedure whose agency it implies (commune procedures need the commune). */
export const AvailabilityQuery = z
  .strictObject({ agencyCode: code.optional(), procedureCode: code.optional() })
  .refine((q) => q.agencyCode || q.procedureCode, { path: ["agencyCode"], message: "Chọn cơ quan hoặc thủ tục" });
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;

export const AppointmentSlot = z.object({
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  remaining: z.number().int(),
});
export type AppointmentSlot = z.infer<typeof AppointmentSlot>;

const Ref = z.object({ code: z.string(), name: z.string() });

export const Availability = z.object({
  agency: Ref.extend({ address: z.string().nullable() }),
  procedure: Ref.nullable(),
  /** Working days only, soonest first; a day whose slots have all passed is left out. */
  days: z.array(z.object({ date: z.string(), slots: z.array(AppointmentSlot) })),
});
export type Availability = z.infer<typeof Availability>;

export const BookAppointmentRequest = z
  .strictObject({
    agencyCode: code.optional(),
    procedureCode: code.optional(),
    date: LocalDay,
    start: ClockTime,
    /** What the citizen comes for, to help the counter prepare. */
    note: multiLine(300, 0).optional(),
  })
  .refine((b) => b.agencyCode || b.procedureCode, { path: ["agencyCode"], message: "Chọn cơ quan hoặc thủ tục" });
export type BookAppointmentRequest = z.infer<typeof BookAppointmentRequest>;

export const appointmentStatuses = ["BOOKED", "CHECKED_IN", "CANCELLED"] as const;
export const AppointmentStatus = z.enum(appointmentStatuses);
export type AppointmentStatus = z.infer<typeof AppointmentStatus>;

export const appointmentStatusLabel: Record<AppointmentStatus, { vi: string; en: string }> = {
  BOOKED: { vi: "Đã đặt lịch", en: "Booked" },
  CHECKED_IN: { vi: "Đã đến quầy", en: "Checked in" },
  CANCELLED: { vi: "Đã hủy", en: "Cancelled" },
};

export const AppointmentSummary = z.object({
  id: z.uuid(),
  /** What the counter scans or types, e.g. `LH-7K3P-9QX2`. */
  code: z.string(),
  status: AppointmentStatus,
  agency: Ref.extend({ address: z.string().nullable() }),
  procedure: Ref.nullable(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  cancelledAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  /** The slot has ended: a booking still BOOKED then was missed. */
  past: z.boolean(),
  cancellable: z.boolean(),
});
export type AppointmentSummary = z.infer<typeof AppointmentSummary>;

export const AppointmentTicket = AppointmentSummary.extend({
  /** The ticket's QR code (its `code`) as an SVG data URL, ready for an <img>. */
  qr: z.string(),
});
export type AppointmentTicket = z.infer<typeof AppointmentTicket>;

export const AppointmentList = z.object({ items: z.array(AppointmentSummary) });
export type AppointmentList = z.infer<typeof AppointmentList>;

// ---- The counter's side ----

export const DeskAppointmentsQuery = z.strictObject({ date: LocalDay.optional() });

export const DeskAppointment = AppointmentSummary.extend({
  citizenName: z.string().nullable(),
  citizenPhone: z.string().nullable(),
});
export type DeskAppointment = z.infer<typeof DeskAppointment>;

export const DeskAppointmentDay = z.object({
  date: z.string(),
  agency: Ref,
  isWorkingDay: z.boolean(),
  items: z.array(DeskAppointment),
  totals: z.object({ booked: z.number().int(), checkedIn: z.number().int(), cancelled: z.number().int() }),
});
export type DeskAppointmentDay = z.infer<typeof DeskAppointmentDay>;

/** A ticket code as scanned or typed: letters, digits, dashes and spaces only. */
export const AppointmentCodeParam = z.object({ code: z.string().trim().min(4).max(40).regex(/^[0-9A-Za-z -]+$/) });
