import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCalendar } from "@motcua/calendar";
import type { DossierStatus, Problem, StatsResponse, StatsRow } from "@motcua/contracts";
import type { Database } from "../../db/client.ts";
import { dossier, dossierEvent } from "../../db/schema/index.ts";
import { AppError } from "../../http/app-error.ts";
import { dbKinds, testDatabase } from "../../test/db.ts";
import { insertDossierRow } from "../../test/factories.ts";
import { memoryLogger } from "../../test/logger.ts";
import { mountForTest } from "../../test/module-app.ts";
import { A, B, catalog, HO_KINH_DOANH, KHAI_SINH, resetReportData, vn } from "./report-test-kit.ts";
import { statsRoutes } from "./stats.routes.ts";
import { createStatsService, type StatsService } from "./stats.service.ts";

const NOW = "2026-03-31T10:00";

interface EventSpec {
  action: string;
  at: string;
  to: DossierStatus;
  data?: Record<string, unknown>;
}

interface DossierSpec {
  status: DossierStatus;
  receivedAt: string | null;
  dueAt?: string;
  finishedAt?: string;
  agencyCode?: string;
  procedureCode?: string;
  events?: EventSpec[];
}

/** Accepted at `receivedAt` with `dueAt` recorded on the accept event, as the desk does. */
const accept = (receivedAt: string, dueAt: string, data: Record<string, unknown> | null = { dueAt: vn(dueAt).toISOString() }): EventSpec => ({
  action: "accept",
  at: receivedAt,
  to: "RECEIVED",
  ...(data ? { data } : {}),
});

describe.each(dbKinds)("desk statistics (%s)", (kind) => {
  let database: Database;
  let stats: StatsService;
  let citizenId: string;

  beforeAll(async () => {
    database = await testDatabase(kind);
    stats = createStatsService({ db: database.db, catalog, calendar: createCalendar(), now: () => vn(NOW) });
  });
  beforeEach(async () => {
    citizenId = await resetReportData(database.db, ["dossier_event", "outbox", "upload", "dossier", "citizen"]);
  });

  async function given(spec: DossierSpec): Promise<string> {
    const db = database.db;
    const id = await insertDossierRow(db, citizenId);
    await db
      .update(dossier)
      .set({
        status: spec.status,
        agencyCode: spec.agencyCode ?? A,
        procedureCode: spec.procedureCode ?? KHAI_SINH,
        receivedAt: spec.receivedAt ? vn(spec.receivedAt) : null,
        dueAt: spec.dueAt ? vn(spec.dueAt) : null,
        finishedAt: spec.finishedAt ? vn(spec.finishedAt) : null,
      })
      .where(eq(dossier.id, id));
    for (const e of spec.events ?? []) {
      await db.insert(dossierEvent).values({ dossierId: id, at: vn(e.at), actorType: "officer", action: e.action, toStatus: e.to, data: e.data ?? null });
    }
    return id;
  }

  /** Received Monday 2 March 2026 09:00, due Friday 6 March, result at `resultAt`. */
  const finishedBy = (resultAt: string, status: DossierStatus = "RESULT_READY"): DossierSpec => ({
    status,
    receivedAt: "2026-03-02T09:00",
    dueAt: "2026-03-06T17:00",
    events: [accept("2026-03-02T09:00", "2026-03-06T17:00"), { action: "result_ready", at: resultAt, to: "RESULT_READY" }],
  });

  const march = { from: "2026-03-01", to: "2026-03-31", groupBy: "agency" as const };
  const only = async (query: Parameters<StatsService["report"]>[0] = march): Promise<StatsRow> => {
    const { items } = await stats.report(query);
    expect(items).toHaveLength(1);
    return items[0]!;
  };

  it("scores early, on time and late by the Vietnam-local day of the result against the due day", async () => {
    await given(finishedBy("2026-03-05T10:00", "DELIVERED"));
    // 00:30 on the due day in Vietnam is still the day before in UTC: on time, not early.
    await given(finishedBy("2026-03-06T00:30"));
    await given(finishedBy("2026-03-09T08:00"));
    expect(await only()).toEqual({
      key: A,
      name: "Cơ quan thử nghiệm",
      received: 3,
      finishedEarly: 1,
      finishedOnTime: 1,
      finishedLate: 1,
      inProgress: 0,
      overdueNow: 0,
      onTimeRate: 0.6667,
      // (Mon 2, Thu 5] = 3, (Mon 2, Fri 6] = 4, (Mon 2, Mon 9] = 5.
      averageWorkingDays: 4,
    });
  });

  it("uses finishedAt when there is no result_ready event, and never counts a withdrawal as finished", async () => {
    await given({ status: "DELIVERED", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-06T17:00", finishedAt: "2026-03-04T15:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00")] });
    await given({ status: "WITHDRAWN", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-06T17:00", finishedAt: "2026-03-03T15:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00")] });
    expect(await only()).toMatchObject({ received: 2, finishedEarly: 1, finishedOnTime: 0, finishedLate: 0, inProgress: 0, onTimeRate: 1, averageWorkingDays: 2 });
  });

  it("keeps a dossier late after an apology and new date, scoring against the due date before the extension", async () => {
    const extend = { action: "extend", at: "2026-03-05T16:00", to: "IN_PROGRESS" as const, data: { dueAt: vn("2026-03-11T17:00").toISOString() } };
    const result = { action: "result_ready", at: "2026-03-10T10:00", to: "RESULT_READY" as const };
    // Original date recorded at accept: Fri 6; finished Tue 10, before the new date but after the original.
    await given({ status: "RESULT_READY", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-11T17:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00"), extend, result] });
    // No original recorded on the accept event: the apology alone makes it late.
    await given({ status: "RESULT_READY", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-11T17:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00", null), extend, result] });
    // An apology sent early, then a result before the original date: early is early.
    await given({
      status: "RESULT_READY",
      receivedAt: "2026-03-02T09:00",
      dueAt: "2026-03-20T17:00",
      events: [accept("2026-03-02T09:00", "2026-03-13T17:00"), { ...extend, data: { dueAt: vn("2026-03-20T17:00").toISOString() } }, { ...result, at: "2026-03-12T10:00" }],
    });
    // Clock restarted by a supplement (due Fri 13, not recorded on that event), then extended: the
    // extension's previousDueAt is the baseline, so a result on Thu 12 is early.
    await given({
      status: "RESULT_READY",
      receivedAt: "2026-03-02T09:00",
      dueAt: "2026-03-18T17:00",
      events: [
        accept("2026-03-02T09:00", "2026-03-06T17:00"),
        { action: "request_supplement", at: "2026-03-03T10:00", to: "AWAITING_SUPPLEMENT" },
        { action: "supplement", at: "2026-03-09T09:00", to: "RECEIVED", data: { documents: [] } },
        { ...extend, at: "2026-03-11T16:00", data: { previousDueAt: vn("2026-03-13T17:00").toISOString(), dueAt: vn("2026-03-18T17:00").toISOString() } },
        { ...result, at: "2026-03-12T10:00" },
      ],
    });
    expect(await only()).toMatchObject({ received: 4, finishedEarly: 2, finishedOnTime: 0, finishedLate: 2 });
  });

  it("restarts the clock at a supplement and takes supplement and payment pauses out of the working days", async () => {
    await given({
      status: "DELIVERED",
      receivedAt: "2026-03-02T09:00",
      // Recomputed by the dossier module when the supplement resumed processing.
      dueAt: "2026-03-13T17:00",
      events: [
        // Asked for and supplied before reception: not processing time.
        { action: "request_supplement", at: "2026-02-27T10:00", to: "AWAITING_SUPPLEMENT" },
        { action: "supplement", at: "2026-03-02T08:00", to: "SUBMITTED", data: { documents: [] } },
        accept("2026-03-02T09:00", "2026-03-06T17:00"),
        { action: "start_processing", at: "2026-03-02T10:00", to: "IN_PROGRESS" },
        { action: "request_supplement", at: "2026-03-03T10:00", to: "AWAITING_SUPPLEMENT" },
        { action: "supplement", at: "2026-03-09T09:00", to: "IN_PROGRESS", data: { documents: [] } },
        { action: "request_payment", at: "2026-03-10T09:00", to: "AWAITING_PAYMENT" },
        { action: "confirm_payment", at: "2026-03-11T09:00", to: "IN_PROGRESS" },
        // After the first due date (Fri 6) by the calendar, before the restarted one (Fri 13).
        { action: "result_ready", at: "2026-03-12T15:00", to: "RESULT_READY" },
        { action: "deliver", at: "2026-03-13T09:00", to: "DELIVERED" },
      ],
    });
    // (Mon 2, Thu 12] = 8 working days, less (Tue 3, Mon 9] = 4 awaiting the supplement and (Tue 10, Wed 11] = 1 awaiting payment.
    expect(await only()).toMatchObject({ received: 1, finishedEarly: 1, finishedLate: 0, onTimeRate: 1, averageWorkingDays: 3 });
  });

  it("counts open dossiers, overdue only while on the clock and past due", async () => {
    await given({ status: "IN_PROGRESS", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-06T17:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00")] });
    await given({ status: "RECEIVED", receivedAt: "2026-03-30T09:00", dueAt: "2026-04-03T17:00", events: [accept("2026-03-30T09:00", "2026-04-03T17:00")] });
    await given({ status: "AWAITING_SUPPLEMENT", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-06T17:00", events: [accept("2026-03-02T09:00", "2026-03-06T17:00")] });
    await given({ status: "STOPPED", receivedAt: "2026-03-02T09:00", dueAt: "2026-03-06T17:00", finishedAt: "2026-03-04T09:00" });
    expect(await only()).toMatchObject({
      received: 4,
      finishedEarly: 0,
      finishedOnTime: 0,
      finishedLate: 0,
      inProgress: 3,
      overdueNow: 1,
      onTimeRate: null,
      averageWorkingDays: null,
    });
  });

  it("keeps to the period by the Vietnam-local day of reception", async () => {
    const received = (at: string): DossierSpec => ({ status: "RECEIVED", receivedAt: at, dueAt: "2026-04-10T17:00" });
    await given(received("2026-03-01T05:00")); // 28 Feb in UTC: in
    await given(received("2026-03-31T23:30")); // in
    await given(received("2026-04-01T06:00")); // 31 Mar in UTC: out
    await given(received("2026-02-28T23:59")); // out
    await given({ status: "SUBMITTED", receivedAt: null }); // not received yet: out
    expect(await only()).toMatchObject({ received: 2, inProgress: 2 });
    expect((await stats.report({ ...march, from: "2026-04-01", to: "2026-04-30" })).items).toEqual([expect.objectContaining({ received: 1 })]);
    expect((await stats.report({ ...march, from: "2026-01-01", to: "2026-01-31" })).items).toEqual([]);
  });

  it("groups by procedure, filters by agency and names rows from the catalog", async () => {
    await given(finishedBy("2026-03-05T10:00"));
    await given({ ...finishedBy("2026-03-09T10:00"), procedureCode: HO_KINH_DOANH });
    await given({ ...finishedBy("2026-03-06T10:00"), agencyCode: B });

    const byProcedure = await stats.report({ ...march, groupBy: "procedure" });
    expect(byProcedure.items.map((r) => [r.key, r.name, r.received, r.finishedEarly, r.finishedOnTime, r.finishedLate])).toEqual([
      [KHAI_SINH, "Đăng ký khai sinh", 2, 1, 1, 0],
      // Not in the catalog: the code stands in for the name.
      [HO_KINH_DOANH, HO_KINH_DOANH, 1, 0, 0, 1],
    ]);

    const byAgency = await stats.report(march);
    expect(byAgency.items.map((r) => [r.key, r.name, r.received])).toEqual([
      [B, "UBND phường Thử", 1],
      [A, "Cơ quan thử nghiệm", 2],
    ]);

    expect(await only({ ...march, agency: B, groupBy: "procedure" })).toMatchObject({ key: KHAI_SINH, received: 1, finishedOnTime: 1 });
  });

  describe("GET /desk/stats", () => {
    const { logger } = memoryLogger();
    const app = () =>
      mountForTest(
        statsRoutes({
          stats,
          requireManager: async (c, next) => {
            if (c.req.header("x-test-role") !== "manager") throw new AppError("FORBIDDEN");
            await next();
          },
        }),
        logger,
      );
    const get = (query: string, role = "manager") => app().request(`/api/v1/desk/stats?${query}`, { headers: { "x-test-role": role } });

    it("answers the report as JSON, not cached", async () => {
      await given(finishedBy("2026-03-05T10:00"));
      const res = await get("from=2026-03-01&to=2026-03-31&groupBy=procedure");
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const body = (await res.json()) as StatsResponse;
      expect(body).toMatchObject({ from: "2026-03-01", to: "2026-03-31", groupBy: "procedure", items: [{ key: KHAI_SINH, finishedEarly: 1 }] });
    });

    it("defaults to grouping by agency and refuses bad periods with 400", async () => {
      expect(((await (await get("from=2026-03-01&to=2026-03-31")).json()) as StatsResponse).groupBy).toBe("agency");
      for (const query of ["from=2026-03-31&to=2026-03-01", "from=2026-02-30&to=2026-03-01", "to=2026-03-01", "from=2025-01-01&to=2026-03-01", "from=2026-03-01&to=2026-03-31&groupBy=sector"]) {
        const res = await get(query);
        expect(res.status, query).toBe(400);
        expect(((await res.json()) as Problem).code).toBe("BAD_REQUEST");
      }
    });

    it("is behind the manager middleware", async () => {
      expect((await get("from=2026-03-01&to=2026-03-31", "desk")).status).toBe(403);
    });
  });
});
