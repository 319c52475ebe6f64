import { randomUUID } from "node:crypto";
import { isLocalDate, localDate, type Calendar } from "@motcua/calendar";
import {
  APPOINTMENT_WINDOW_WORKING_DAYS,
  DEFAULT_APPOINTMENT_SCHEDULE,
  MAX_UPCOMING_APPOINTMENTS,
  slotTimes,
  type AgencyScheduleView,
  type AppointmentSchedule,
  type AppointmentSummary,
  type AppointmentTicket,
  type Availability,
  type AvailabilityQuery,
  type BookAppointmentRequest,
  type DeskAppointment,
  type DeskAppointmentDay,
  type FieldError,
} from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import type { CatalogService } from "../catalog/catalog.service.ts";
import type { Officer } from "../desk/officer-auth.service.ts";
import { qrSvg } from "../documents/qr.ts";
import { newPublicCode, normalizePublicCode } from "../../lib/public-code.ts";
import { runIdempotent, type StoredResponse } from "../idempotency/idempotency.ts";
import {
  cancelBooking,
  checkInBooking,
  countUpcoming,
  dayBookings,
  findByCode,
  findCitizenAppointment,
  findLiveBooking,
  findSchedule,
  insertAppointment,
  insertAppointmentEvent,
  isSameSlotTwice,
  listCitizenAppointments,
  releasePlace,
  saveSchedule,
  slotCounts,
  takePlace,
  withCitizen,
  type AppointmentRow,
} from "./appointments.repo.ts";
import { bookableDays, hasBegun, vnClock } from "./booking-window.ts";

export const APPOINTMENT_CODE_PREFIX = "LH";
const CITIZEN_LIST_LIMIT = 100;
const ALREADY_BOOKED = "Bạn đã đặt lịch vào khung giờ này rồi; xem trong Lịch hẹn của tôi.";

export interface AppointmentsDeps {
  db: Db;
  catalog: CatalogService;
  calendar: Calendar;
  now?: () => Date;
}

const fieldError = (field: string, code: string, message: string, messageEn: string): FieldError => ({ field, code, message, messageEn });
const invalid = (errors: FieldError[]) => new AppError("VALIDATION_FAILED", "Lịch hẹn chưa hợp lệ, xem chi tiết từng trường.", { errors });

/** The ticket's QR code as an image the mini app can show without any request of its own. */
async function qrDataUrl(code: string): Promise<string> {
  const svg = String(await qrSvg(code));
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/**
 * Counter appointments (đặt lịch): citizens book a slot at an agency on one of the next working
 * days, get a ticket with a QR code, may cancel; the counter sees the day's bookings and checks
 * people in. Places are taken and given back only through guarded updates of the slot row.
 */
export function createAppointmentsService(deps: AppointmentsDeps) {
  const { db, catalog, calendar } = deps;
  const now = deps.now ?? (() => new Date());
  const normalize = (code: string) => normalizePublicCode(APPOINTMENT_CODE_PREFIX, code);

  const scheduleOf = async (tx: Db, agencyCode: string): Promise<AppointmentSchedule> => (await findSchedule(tx, agencyCode)) ?? DEFAULT_APPOINTMENT_SCHEDULE;

  function agencyRef(code: string) {
    const agency = catalog.snapshot().agencies.get(code);
    return { code, name: agency?.name ?? code, address: agency?.address ?? null };
  }

  /** The agency to book at: the one chosen, or the one the procedure names (commune procedures need the commune chosen). */
  function place(query: { agencyCode?: string | undefined; procedureCode?: string | undefined }): { agencyCode: string; procedureCode: string | null } {
    const snapshot = catalog.snapshot();
    const procedure = query.procedureCode ? snapshot.byCode.get(query.procedureCode)?.procedure : undefined;
    if (query.procedureCode && procedure?.code !== query.procedureCode) {
      throw invalid([fieldError("procedureCode", "UNKNOWN_PROCEDURE", "Không có thủ tục với mã này", "Unknown procedure")]);
    }
    const agencyCode = query.agencyCode ?? procedure?.agencyCode ?? undefined;
    if (!agencyCode) {
      throw invalid([fieldError("agencyCode", "AGENCY_REQUIRED", "Thủ tục cấp xã: hãy chọn Ủy ban nhân dân xã, phường", "A commune procedure: choose the commune")]);
    }
    if (!snapshot.agencies.has(agencyCode)) throw invalid([fieldError("agencyCode", "UNKNOWN_AGENCY", "Không có cơ quan với mã này", "Unknown agency")]);
    return { agencyCode, procedureCode: procedure?.code ?? null };
  }

  function toSummary(row: AppointmentRow, at: Date): AppointmentSummary {
    const clock = vnClock(at);
    return {
      id: row.id,
      code: row.code,
      status: row.status,
      agency: agencyRef(row.agencyCode),
      procedure: row.procedureCode ? { code: row.procedureCode, name: catalog.names.procedureName(row.procedureCode) } : null,
      date: row.day,
      start: row.start,
      end: row.end,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
      checkedInAt: row.checkedInAt?.toISOString() ?? null,
      past: hasBegun(row.day, row.end, clock),
      cancellable: row.status === "BOOKED" && !hasBegun(row.day, row.start, clock),
    };
  }

  const toTicket = async (row: AppointmentRow, at: Date): Promise<AppointmentTicket> => ({ ...toSummary(row, at), qr: await qrDataUrl(row.code) });

  const toDesk = (r: { appointment: AppointmentRow; citizenName: string | null; citizenPhone: string | null }, at: Date): DeskAppointment => ({
    ...toSummary(r.appointment, at),
    citizenName: r.citizenName,
    citizenPhone: r.citizenPhone,
  });

  async function availability(query: AvailabilityQuery): Promise<Availability> {
    const at = now();
    const clock = vnClock(at);
    const { agencyCode, procedureCode } = place(query);
    const schedule = await scheduleOf(db, agencyCode);
    const days = bookableDays(calendar, clock.today, APPOINTMENT_WINDOW_WORKING_DAYS);
    const taken = new Map((await slotCounts(db, agencyCode, days)).map((s) => [`${s.day} ${s.start}`, s]));
    const times = slotTimes(schedule);
    return {
      agency: agencyRef(agencyCode),
      procedure: procedureCode ? { code: procedureCode, name: catalog.names.procedureName(procedureCode) } : null,
      days: days
        .map((date) => ({
          date,
          slots: times
            .filter((t) => !hasBegun(date, t.start, clock))
            .map((t) => {
              const row = taken.get(`${date} ${t.start}`);
              const capacity = row?.capacity ?? schedule.capacity;
              return { ...t, capacity, remaining: Math.max(0, capacity - (row?.booked ?? 0)) };
            }),
        }))
        .filter((day) => day.slots.length > 0),
    };
  }

  async function book(citizenId: string, key: string | undefined, body: BookAppointmentRequest): Promise<StoredResponse> {
    const at = now();
    const clock = vnClock(at);
    const { agencyCode, procedureCode } = place(body);
    const schedule = await scheduleOf(db, agencyCode);
    if (!isLocalDate(body.date) || !bookableDays(calendar, clock.today, APPOINTMENT_WINDOW_WORKING_DAYS).includes(localDate(body.date))) {
      throw invalid([
        fieldError(
          "date",
          "DAY_NOT_AVAILABLE",
          `Chỉ đặt được lịch vào ngày làm việc trong ${APPOINTMENT_WINDOW_WORKING_DAYS} ngày làm việc tới`,
          `Only working days within the next ${APPOINTMENT_WINDOW_WORKING_DAYS} working days can be booked`,
        ),
      ]);
    }
    const slot = slotTimes(schedule).find((t) => t.start === body.start);
    if (!slot || hasBegun(body.date, slot.start, clock)) {
      throw invalid([fieldError("start", "SLOT_NOT_AVAILABLE", "Không có khung giờ này, hoặc đã qua giờ", "No such slot, or it has passed")]);
    }
    return runIdempotent(db, { scope: `citizen:${citizenId}:POST /appointments`, key, body, now: at }, async (tx) => {
      if (await findLiveBooking(tx, citizenId, agencyCode, body.date, slot.start)) {
        throw new AppError("CONFLICT", ALREADY_BOOKED);
      }
      if ((await countUpcoming(tx, citizenId, clock.today)) >= MAX_UPCOMING_APPOINTMENTS) {
        throw new AppError("QUOTA_EXCEEDED", `Mỗi người giữ tối đa ${MAX_UPCOMING_APPOINTMENTS} lịch hẹn sắp tới; hãy hủy bớt lịch không cần nữa.`);
      }
      if (!(await takePlace(tx, agencyCode, body.date, slot.start, schedule.capacity))) {
        throw new AppError("CONFLICT", "Khung giờ này vừa hết chỗ; hãy chọn khung giờ khác.");
      }
      const id = randomUUID();
      const row = await insertAppointment(
        tx,
        {
          id,
          code: newPublicCode(APPOINTMENT_CODE_PREFIX),
          citizenId,
          agencyCode,
          procedureCode,
          day: body.date,
          start: slot.start,
          end: slot.end,
          note: body.note || null,
          status: "BOOKED",
          createdAt: at,
        },
        { appointmentId: id, at, actorType: "citizen", actorId: citizenId, action: "book", toStatus: "BOOKED" },
      ).catch((err: unknown) => {
        // The same citizen booking the same slot twice at the same instant: the unique index decides.
        if (isSameSlotTwice(err)) throw new AppError("CONFLICT", ALREADY_BOOKED);
        throw err;
      });
      return { status: 201, body: await toTicket(row, at) };
    });
  }

  return {
    availability,
    book,

    async listOwn(citizenId: string): Promise<AppointmentSummary[]> {
      const at = now();
      return (await listCitizenAppointments(db, citizenId, CITIZEN_LIST_LIMIT)).map((row) => toSummary(row, at));
    },

    async ticket(citizenId: string, id: string): Promise<AppointmentTicket> {
      const row = await findCitizenAppointment(db, citizenId, id);
      if (!row) throw new AppError("NOT_FOUND", "Không tìm thấy lịch hẹn.");
      return toTicket(row, now());
    },

    /** Gives the place back; a slot that has begun can no longer be cancelled. */
    async cancel(citizenId: string, id: string): Promise<AppointmentTicket> {
      const at = now();
      const clock = vnClock(at);
      return db.transaction(async (tx) => {
        const current = await findCitizenAppointment(tx, citizenId, id);
        if (!current) throw new AppError("NOT_FOUND", "Không tìm thấy lịch hẹn.");
        if (current.status === "BOOKED" && hasBegun(current.day, current.start, clock)) {
          throw new AppError("ILLEGAL_TRANSITION", "Đã đến giờ hẹn, không hủy được nữa.");
        }
        const row = await cancelBooking(tx, citizenId, id, at);
        if (!row) {
          throw new AppError("ILLEGAL_TRANSITION", current.status === "CANCELLED" ? "Lịch hẹn này đã được hủy trước đó." : "Bạn đã đến quầy theo lịch hẹn này.");
        }
        await releasePlace(tx, row.agencyCode, row.day, row.start);
        await insertAppointmentEvent(tx, { appointmentId: row.id, at, actorType: "citizen", actorId: citizenId, action: "cancel", toStatus: "CANCELLED" });
        return toTicket(row, at);
      });
    },

    /** The officer's agency's bookings on `date` (default: today in Vietnam). */
    async day(officer: Officer, date: string | undefined): Promise<DeskAppointmentDay> {
      const at = now();
      const day = date ?? vnClock(at).today;
      const rows = (await dayBookings(db, officer.agencyCode, day)).map((r) => toDesk(r, at));
      return {
        date: day,
        agency: { code: officer.agencyCode, name: catalog.names.agencyName(officer.agencyCode) },
        isWorkingDay: calendar.isWorkingDay(localDate(day)),
        items: rows,
        totals: {
          booked: rows.filter((r) => r.status === "BOOKED").length,
          checkedIn: rows.filter((r) => r.status === "CHECKED_IN").length,
          cancelled: rows.filter((r) => r.status === "CANCELLED").length,
        },
      };
    },

    /** Checks a citizen in by the ticket's code, on the appointment's own day, at its own agency. */
    async checkIn(officer: Officer, code: string): Promise<DeskAppointment> {
      const at = now();
      const { today } = vnClock(at);
      return db.transaction(async (tx) => {
        const current = await findByCode(tx, normalize(code));
        if (!current) throw new AppError("NOT_FOUND", "Không có lịch hẹn với mã này.");
        if (current.agencyCode !== officer.agencyCode) {
          throw new AppError("FORBIDDEN", `Lịch hẹn này tại ${catalog.names.agencyName(current.agencyCode)}, không phải cơ quan của bạn.`);
        }
        const row = await checkInBooking(tx, current.id, officer.agencyCode, today, officer.id, at);
        if (!row) {
          const why =
            current.status === "CANCELLED"
              ? "Lịch hẹn này đã bị hủy."
              : current.status === "CHECKED_IN"
                ? "Người này đã được ghi nhận đến quầy."
                : `Lịch hẹn này vào ngày ${current.day.split("-").reverse().join("/")}, không phải hôm nay.`;
          throw new AppError("ILLEGAL_TRANSITION", why);
        }
        await insertAppointmentEvent(tx, { appointmentId: row.id, at, actorType: "officer", actorId: officer.id, action: "check_in", toStatus: "CHECKED_IN" });
        return toDesk(await withCitizen(tx, row), at);
      });
    },

    async schedule(agencyCode: string): Promise<AgencyScheduleView> {
      const custom = await findSchedule(db, agencyCode);
      return { agency: { code: agencyCode, name: catalog.names.agencyName(agencyCode) }, schedule: custom ?? DEFAULT_APPOINTMENT_SCHEDULE, custom: custom !== undefined };
    },

    async saveSchedule(officer: Officer, schedule: AppointmentSchedule): Promise<AgencyScheduleView> {
      const at = now();
      await db.transaction((tx) => saveSchedule(tx, officer.agencyCode, schedule, officer.id, vnClock(at).today, at));
      return { agency: { code: officer.agencyCode, name: catalog.names.agencyName(officer.agencyCode) }, schedule, custom: true };
    },
  };
}

export type AppointmentsService = ReturnType<typeof createAppointmentsService>;
