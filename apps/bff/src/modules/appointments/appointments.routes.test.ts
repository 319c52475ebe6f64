import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AgencyScheduleView, AppointmentList, AppointmentTicket, Availability, DeskAppointment, DeskAppointmentDay } from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { dbKinds } from "../../test/db.ts";
import { expectProblem } from "../../test/problem.ts";
import { startCenterHarness, type CenterHarness } from "../feedback/center-test-kit.ts";

describe.each(dbKinds)("counter appointments over HTTP (%s)", (kind) => {
  let h: CenterHarness;

  beforeAll(async () => {
    h = await startCenterHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  const availability = async (query: string) => (await (await h.call("GET", `/appointments/availability?${query}`, null)).json()) as Availability;
  const book = (token: string | null, body: unknown, headers: Record<string, string> = {}) => h.call("POST", "/me/appointments", token, body, headers);
  async function booked(token: string, body: unknown): Promise<AppointmentTicket> {
    const res = await book(token, body);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as AppointmentTicket;
  }
  const remaining = async (date: string, start: string) =>
    (await availability(`agencyCode=${h.agencyA}`)).days.find((d) => d.date === date)?.slots.find((s) => s.start === start)?.remaining;
  const saveSchedule = (token: string | null, schedule: unknown) => h.call("PUT", "/desk/appointments/schedule", token, schedule);

  describe("availability", () => {
    it("offers the next 14 working days with the default slots, today only from the next slot on; no sign-in needed", async () => {
      const res = await h.call("GET", `/appointments/availability?agencyCode=${h.agencyA}`, null);
      expect(res.status).toBe(200);
      const offer = (await res.json()) as Availability;
      expect(offer.agency.code).toBe(h.agencyA);
      expect(offer.days).toHaveLength(14);
      // Wednesday 4/3 at 08:00: the 07:30 and 08:00 slots have begun.
      expect(offer.days[0]!.date).toBe("2026-03-04");
      expect(offer.days[0]!.slots[0]).toEqual({ start: "08:30", end: "09:00", capacity: 5, remaining: 5 });
      expect(offer.days[1]!.slots.map((s) => s.start)).toEqual(["07:30", "08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00"]);
      expect(offer.days.map((d) => d.date)).not.toContain("2026-03-07");
      expect(offer.days.map((d) => d.date)).not.toContain("2026-03-08");
      expect(offer.days.at(-1)!.date).toBe("2026-03-23");
    });

    it("skips holidays and the compensatory day off: from Friday 24/4/2026 the next day is Tuesday 28/4", async () => {
      h.clock.now = new Date("2026-04-24T00:00:00Z");
      const dates = (await availability(`agencyCode=${h.agencyA}`)).days.map((d) => d.date);
      expect(dates.slice(0, 5)).toEqual(["2026-04-24", "2026-04-28", "2026-04-29", "2026-05-04", "2026-05-05"]);
    });

    it("finds the agency from a provincial procedure, asks for the commune for a commune one, and refuses the unknown", async () => {
      const entries = [...h.app.services.catalog.snapshot().byCode.values()].map((e) => e.procedure);
      const provincial = entries.find((p) => p.level === "PROVINCE" && p.agencyCode)!;
      const commune = entries.find((p) => p.agencyCode === null)!;
      const offer = await availability(`procedureCode=${provincial.code}`);
      expect(offer.agency.code).toBe(provincial.agencyCode);
      expect(offer.procedure).toEqual({ code: provincial.code, name: provincial.name });
      expect((await availability(`procedureCode=${commune.code}&agencyCode=${h.agencyA}`)).agency.code).toBe(h.agencyA);
      const needsCommune = await expectProblem(await h.call("GET", `/appointments/availability?procedureCode=${commune.code}`, null), 422, "VALIDATION_FAILED");
      expect(needsCommune.errors?.[0]?.code).toBe("AGENCY_REQUIRED");
      await expectProblem(await h.call("GET", "/appointments/availability", null), 400, "BAD_REQUEST");
      await expectProblem(await h.call("GET", "/appointments/availability?agencyCode=000.99.99.H19", null), 422, "VALIDATION_FAILED");
    });
  });

  describe("booking", () => {
    it("books a slot: a ticket with a code and a QR image, one place fewer, listed among my appointments", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      const res = await book(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00", note: "Nộp hồ sơ đăng ký khai sinh" });
      expect(res.status).toBe(201);
      const ticket = (await res.json()) as AppointmentTicket;
      expect(res.headers.get("location")).toBe(`/api/v1/me/appointments/${ticket.id}`);
      expect(ticket).toMatchObject({
        status: "BOOKED",
        agency: { code: h.agencyA },
        procedure: null,
        date: "2026-03-05",
        start: "09:00",
        end: "09:30",
        note: "Nộp hồ sơ đăng ký khai sinh",
        past: false,
        cancellable: true,
      });
      expect(ticket.code).toMatch(/^LH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(ticket.qr).toMatch(/^data:image\/svg\+xml;base64,/);
      expect(Buffer.from(ticket.qr.split(",")[1]!, "base64").toString()).toContain("<svg");
      expect(await remaining("2026-03-05", "09:00")).toBe(4);
      expect(await h.count("appointment_event", "action = 'book' and actor_type = 'citizen'")).toBe(1);

      const list = (await (await h.call("GET", "/me/appointments", token)).json()) as AppointmentList;
      expect(list.items.map((a) => a.code)).toEqual([ticket.code]);
      expect(await (await h.call("GET", `/me/appointments/${ticket.id}`, token)).json()).toEqual(ticket);
    });

    it("refuses a weekend, a day past the window, an unknown or past slot, a second booking of the same slot, a fourth upcoming booking", async () => {
      const token = await h.app.signIn();
      await expectProblem(await book(null, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" }), 401, "UNAUTHENTICATED");
      const field = async (body: unknown) => (await expectProblem(await book(token, body), 422, "VALIDATION_FAILED")).errors?.map((e) => e.code);
      expect(await field({ agencyCode: h.agencyA, date: "2026-03-07", start: "09:00" })).toEqual(["DAY_NOT_AVAILABLE"]);
      expect(await field({ agencyCode: h.agencyA, date: "2026-03-24", start: "09:00" })).toEqual(["DAY_NOT_AVAILABLE"]);
      expect(await field({ agencyCode: h.agencyA, date: "2026-03-05", start: "09:10" })).toEqual(["SLOT_NOT_AVAILABLE"]);
      expect(await field({ agencyCode: h.agencyA, date: "2026-03-04", start: "07:30" })).toEqual(["SLOT_NOT_AVAILABLE"]);
      const noPlace = await expectProblem(await book(token, { date: "2026-03-05", start: "09:00" }), 422, "VALIDATION_FAILED");
      expect(noPlace.errors?.map((e) => e.field)).toEqual(["agencyCode"]);
      await expectProblem(await book(token, { agencyCode: h.agencyA, date: "05/03/2026", start: "9h" }), 422, "VALIDATION_FAILED");
      await expectProblem(await h.call("POST", "/me/appointments", token, "x", { "Content-Type": "text/plain" }), 415, "UNSUPPORTED_MEDIA_TYPE");

      await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" });
      await expectProblem(await book(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" }), 409, "CONFLICT");
      await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:30" });
      await booked(token, { agencyCode: h.agencyB, date: "2026-03-06", start: "09:30" });
      await expectProblem(await book(token, { agencyCode: h.agencyA, date: "2026-03-09", start: "10:00" }), 422, "QUOTA_EXCEEDED");
      expect(await h.count("appointment")).toBe(3);
    });

    it("answers a retry with the same Idempotency-Key with the same ticket", async () => {
      const token = await h.app.signIn();
      const key = "c2f1c6f6-0d3b-4b11-9d4b-6c1c4b7f0a01";
      const body = { agencyCode: h.agencyA, date: "2026-03-05", start: "10:00" };
      const first = await book(token, body, { "Idempotency-Key": key });
      const second = await book(token, body, { "Idempotency-Key": key });
      expect([first.status, second.status]).toEqual([201, 201]);
      expect(((await second.json()) as AppointmentTicket).id).toBe(((await first.json()) as AppointmentTicket).id);
      expect(await remaining("2026-03-05", "10:00")).toBe(4);
    });

    it("gives exactly 10 tickets to 50 people booking a slot of 10 places at the same moment", async () => {
      const manager = await h.officer(["manager"]);
      expect((await saveSchedule(manager.token, { slotMinutes: 30, capacity: 10, windows: [{ start: "07:30", end: "11:30" }] })).status).toBe(200);
      const tokens: string[] = [];
      for (let i = 0; i < 50; i++) tokens.push(await h.app.signIn(`Công dân số ${i}`));
      const results = await Promise.all(tokens.map((token) => book(token, { agencyCode: h.agencyA, date: "2026-03-06", start: "08:00" })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 409)).toHaveLength(40);
      for (const res of results.filter((r) => r.status === 409)) expect(((await res.json()) as { code: string }).code).toBe("CONFLICT");
      expect(await h.count("appointment", "day = '2026-03-06' and start_time = '08:00' and status = 'BOOKED'")).toBe(10);
      const [slot] = await queryRows<{ booked: number; capacity: number }>(h.db, sql`select booked, capacity from appointment_slot where day = '2026-03-06' and start_time = '08:00'`);
      expect(slot).toEqual({ booked: 10, capacity: 10 });
      expect(await remaining("2026-03-06", "08:00")).toBe(0);
    });

    it("gives one citizen one place in a slot however many times they tap at once", async () => {
      const token = await h.app.signIn();
      const results = await Promise.all(Array.from({ length: 5 }, () => book(token, { agencyCode: h.agencyA, date: "2026-03-06", start: "14:00" })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(await remaining("2026-03-06", "14:00")).toBe(4);
    });
  });

  describe("cancelling", () => {
    it("cancels once, gives the place back, lets the slot be booked again; a second cancel is 409", async () => {
      const token = await h.app.signIn();
      const ticket = await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" });
      const res = await h.call("POST", `/me/appointments/${ticket.id}/cancel`, token);
      expect(res.status).toBe(200);
      expect((await res.json()) as AppointmentTicket).toMatchObject({ status: "CANCELLED", cancellable: false, cancelledAt: "2026-03-04T01:00:00.000Z" });
      expect(await remaining("2026-03-05", "09:00")).toBe(5);
      await expectProblem(await h.call("POST", `/me/appointments/${ticket.id}/cancel`, token), 409, "ILLEGAL_TRANSITION");
      expect(await remaining("2026-03-05", "09:00")).toBe(5);
      await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" });
      expect(await h.count("appointment_event", "action = 'cancel'")).toBe(1);
    });

    it("refuses another citizen's appointment (404), an unknown one, and a cancel once the slot has begun (409)", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      const ticket = await booked(token, { agencyCode: h.agencyA, date: "2026-03-04", start: "09:00" });
      const other = await h.app.signIn("Lê Thị Cúc");
      await expectProblem(await h.call("GET", `/me/appointments/${ticket.id}`, other), 404, "NOT_FOUND");
      await expectProblem(await h.call("POST", `/me/appointments/${ticket.id}/cancel`, other), 404, "NOT_FOUND");
      await expectProblem(await h.call("POST", "/me/appointments/7e0b7bd2-5c1f-4b37-9c39-8a4f7b1b2c33/cancel", token), 404, "NOT_FOUND");
      await expectProblem(await h.call("GET", "/me/appointments/not-a-uuid", token), 400, "BAD_REQUEST");
      await expectProblem(await h.call("POST", `/me/appointments/${ticket.id}/cancel`, null), 401, "UNAUTHENTICATED");
      h.clock.now = new Date("2026-03-04T02:05:00Z");
      await expectProblem(await h.call("POST", `/me/appointments/${ticket.id}/cancel`, token), 409, "ILLEGAL_TRANSITION");
      const seen = (await (await h.call("GET", `/me/appointments/${ticket.id}`, token)).json()) as AppointmentTicket;
      expect(seen).toMatchObject({ status: "BOOKED", cancellable: false, past: false });
      h.clock.now = new Date("2026-03-04T02:30:00Z");
      expect(((await (await h.call("GET", `/me/appointments/${ticket.id}`, token)).json()) as AppointmentTicket).past).toBe(true);
    });
  });

  describe("at the counter", () => {
    it("shows the agency's bookings of a day with who is coming; other agencies see none; 401 without a session", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:30" });
      await booked(await h.app.signIn("Trần Thị Bình"), { agencyCode: h.agencyA, date: "2026-03-05", start: "08:00" });
      const desk = await h.officer(["desk"]);
      const day = (await (await h.call("GET", "/desk/appointments?date=2026-03-05", desk.token)).json()) as DeskAppointmentDay;
      expect(day).toMatchObject({ date: "2026-03-05", agency: { code: h.agencyA }, isWorkingDay: true, totals: { booked: 2, checkedIn: 0, cancelled: 0 } });
      expect(day.items.map((i) => [i.start, i.citizenName])).toEqual([
        ["08:00", "Trần Thị Bình"],
        ["09:30", "Nguyễn Văn An"],
      ]);
      const today = (await (await h.call("GET", "/desk/appointments", desk.token)).json()) as DeskAppointmentDay;
      expect(today).toMatchObject({ date: "2026-03-04", items: [] });
      const other = (await (await h.call("GET", "/desk/appointments?date=2026-03-05", (await h.officer(["desk"], h.agencyB)).token)).json()) as DeskAppointmentDay;
      expect(other.items).toEqual([]);
      await expectProblem(await h.call("GET", "/desk/appointments", null), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("GET", "/desk/appointments", token), 401, "UNAUTHENTICATED");
      await expectProblem(await h.call("GET", "/desk/appointments?date=2026-13-01", desk.token), 400, "BAD_REQUEST");
    });

    it("checks a citizen in on the day by the ticket's code as scanned or typed; once; at the right agency only", async () => {
      const token = await h.app.signIn("Nguyễn Văn An");
      const ticket = await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "09:30" });
      const desk = await h.officer(["desk"]);
      const checkIn = (code: string, as = desk.token) => h.call("POST", `/desk/appointments/${encodeURIComponent(code)}/check-in`, as, {});

      const early = await expectProblem(await checkIn(ticket.code), 409, "ILLEGAL_TRANSITION");
      expect(early.detail).toContain("05/03/2026");
      h.clock.now = new Date("2026-03-05T02:20:00Z");
      await expectProblem(await checkIn(ticket.code, (await h.officer(["desk"], h.agencyB)).token), 403, "FORBIDDEN");
      await expectProblem(await checkIn("LH-0000-0000"), 404, "NOT_FOUND");
      await expectProblem(await checkIn("LH-\u0000<b>"), 400, "BAD_REQUEST");
      await expectProblem(await checkIn(ticket.code, token), 401, "UNAUTHENTICATED");

      const res = await checkIn(ticket.code.toLowerCase().replace(/-/g, " "));
      expect(res.status).toBe(200);
      expect((await res.json()) as DeskAppointment).toMatchObject({ code: ticket.code, status: "CHECKED_IN", citizenName: "Nguyễn Văn An", checkedInAt: "2026-03-05T02:20:00.000Z" });
      await expectProblem(await checkIn(ticket.code), 409, "ILLEGAL_TRANSITION");
      expect(await h.count("appointment_event", `action = 'check_in' and actor_type = 'officer' and actor_id = '${desk.id}'`)).toBe(1);

      const seen = (await (await h.call("GET", `/me/appointments/${ticket.id}`, token)).json()) as AppointmentTicket;
      expect(seen.status).toBe("CHECKED_IN");
      await expectProblem(await h.call("POST", `/me/appointments/${ticket.id}/cancel`, token), 409, "ILLEGAL_TRANSITION");

      const cancelled = await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "14:00" });
      await h.call("POST", `/me/appointments/${cancelled.id}/cancel`, token);
      expect((await expectProblem(await checkIn(cancelled.code), 409, "ILLEGAL_TRANSITION")).detail).toContain("hủy");
    });

    it("lets managers set the agency's slots and places; counters and others may only read them", async () => {
      const manager = await h.officer(["manager"]);
      const desk = await h.officer(["desk"]);
      const token = await h.app.signIn();
      await booked(token, { agencyCode: h.agencyA, date: "2026-03-05", start: "08:00" });

      const view = (await (await h.call("GET", "/desk/appointments/schedule", desk.token)).json()) as AgencyScheduleView;
      expect(view).toMatchObject({ custom: false, schedule: { slotMinutes: 30, capacity: 5 } });
      const schedule = { slotMinutes: 60, capacity: 3, windows: [{ start: "08:00", end: "11:00" }] };
      await expectProblem(await saveSchedule(desk.token, schedule), 403, "FORBIDDEN");
      await expectProblem(await saveSchedule(manager.token, { ...schedule, windows: [{ start: "08:00", end: "11:00" }, { start: "10:00", end: "12:00" }] }), 422, "VALIDATION_FAILED");
      await expectProblem(await saveSchedule(manager.token, { ...schedule, slotMinutes: 25 }), 422, "VALIDATION_FAILED");
      await expectProblem(await saveSchedule(null, schedule), 401, "UNAUTHENTICATED");

      const saved = await saveSchedule(manager.token, schedule);
      expect(saved.status).toBe(200);
      expect((await saved.json()) as AgencyScheduleView).toMatchObject({ custom: true, schedule });
      const offer = await availability(`agencyCode=${h.agencyA}`);
      expect(offer.days[1]!.slots).toEqual([
        { start: "08:00", end: "09:00", capacity: 3, remaining: 2 },
        { start: "09:00", end: "10:00", capacity: 3, remaining: 3 },
        { start: "10:00", end: "11:00", capacity: 3, remaining: 3 },
      ]);
      expect(await h.count("appointment_schedule_change", `officer_id = '${manager.id}'`)).toBe(1);
      expect((await availability(`agencyCode=${h.agencyB}`)).days[1]!.slots).toHaveLength(14);

      // Fewer places than already booked: the slot keeps what it has given.
      await saveSchedule(manager.token, { ...schedule, capacity: 1 });
      await booked(await h.app.signIn("Người thứ hai"), { agencyCode: h.agencyA, date: "2026-03-05", start: "09:00" });
      const [slot] = await queryRows<{ capacity: number; booked: number }>(h.db, sql`select capacity, booked from appointment_slot where day = '2026-03-05' and start_time = '08:00'`);
      expect(slot).toEqual({ capacity: 1, booked: 1 });
    });
  });

  it("is mounted in the whole app", async () => {
    const res = await fetch(`${h.app.server.url}/api/v1/appointments/availability?agencyCode=${encodeURIComponent(h.agencyA)}`);
    expect(res.status).toBe(200);
    const token = await h.app.signIn();
    expect((await fetch(`${h.app.server.url}/api/v1/me/appointments`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
  });
});
