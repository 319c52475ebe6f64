import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  FeedbackHandlingResponse,
  SatisfactionResponse,
  ratingCriteria,
  type DossierStatus,
  type FeedbackStatus,
  type OfficerRole,
  type Problem,
  type RateDossierRequest,
} from "@motcua/contracts";
import type { Database, Db } from "../../db/client.ts";
import { dossier, feedback } from "../../db/schema/index.ts";
import { startAppHarness, type AppHarness } from "../../test/app-harness.ts";
import { dbKinds, testDatabase } from "../../test/db.ts";
import { insertDossierRow } from "../../test/factories.ts";
import { insertOfficer } from "../desk/officers.repo.ts";
import { createRatingsService } from "../ratings/ratings.service.ts";
import { A, B, catalog, HO_KINH_DOANH, KHAI_SINH, resetReportData, vn } from "./report-test-kit.ts";
import { createSatisfactionService, type SatisfactionService } from "./satisfaction.service.ts";

const NOW = vn("2026-03-31T10:00");

const tables = ["dossier_rating", "feedback_event", "feedback_photo", "feedback", "dossier_event", "outbox", "upload", "dossier", "citizen"];
const march = { from: "2026-03-01", to: "2026-03-31" };
const allVery = Object.fromEntries(ratingCriteria.map((c) => [c, "VERY_SATISFIED"])) as RateDossierRequest["criteria"];

/** Test fixtures written straight to the tables the reports read. */
function fixtures(db: () => Db) {
  let citizenId: string;
  const clock = { now: NOW };
  const ratings = () => createRatingsService({ db: db(), now: () => clock.now });

  return {
    clock,
    async reset() {
      citizenId = await resetReportData(db(), tables);
    },

    /** A dossier in `status`, handed over at `deliveredAt` (Vietnam time) when delivered. */
    async dossier(spec: { deliveredAt?: string; status?: DossierStatus; agencyCode?: string; procedureCode?: string }): Promise<string> {
      const id = await insertDossierRow(db(), citizenId);
      await db()
        .update(dossier)
        .set({
          status: spec.status ?? "DELIVERED",
          agencyCode: spec.agencyCode ?? A,
          procedureCode: spec.procedureCode ?? KHAI_SINH,
          receivedAt: vn("2026-02-02T09:00"),
          finishedAt: spec.deliveredAt ? vn(spec.deliveredAt) : null,
        })
        .where(eq(dossier.id, id));
      return id;
    },

    /** Rated by its owner through the ratings service, at `at` (Vietnam time). */
    async rate(dossierId: string, at: string, body: RateDossierRequest) {
      clock.now = vn(at);
      await ratings().rate(citizenId, dossierId, body);
      clock.now = NOW;
    },

    async feedback(spec: { agencyCode?: string; createdAt: string; dueAt: string; status: FeedbackStatus; answeredAt?: string }) {
      await db()
        .insert(feedback)
        .values({
          code: `PA-${randomUUID().slice(0, 9).toUpperCase()}`,
          citizenId,
          category: "PROCEDURE",
          agencyCode: spec.agencyCode ?? A,
          text: "Thủ tục khai sinh yêu cầu nộp thêm giấy tờ không có trong quy định.",
          anonymous: false,
          publishConsent: false,
          status: spec.status,
          answer: spec.answeredAt ? "Đã trả lời." : null,
          answeredAt: spec.answeredAt ? vn(spec.answeredAt) : null,
          createdAt: vn(spec.createdAt),
          dueAt: vn(spec.dueAt),
          updatedAt: vn(spec.createdAt),
        });
    },
  };
}

const noRatings = {
  delivered: 0,
  rated: 0,
  coverage: null,
  verySatisfied: 0,
  satisfied: 0,
  dissatisfied: 0,
  satisfactionRate: null,
  criteriaRated: 0,
  averageCriteriaScore: null,
  indexRate: null,
};

describe.each(dbKinds)("satisfaction and feedback statistics (%s)", (kind) => {
  let database: Database;
  let service: SatisfactionService;
  const given = fixtures(() => database.db);

  beforeAll(async () => {
    database = await testDatabase(kind);
    service = createSatisfactionService({ db: database.db, catalog, now: () => NOW });
  });
  beforeEach(() => given.reset());

  describe("ratings of delivered dossiers", () => {
    it("counts levels, coverage, the criteria score out of 18 and the index's rate per agency, and an agency with no ratings", async () => {
      await given.rate(await given.dossier({ deliveredAt: "2026-03-05T10:00" }), "2026-03-05T11:00", { level: "VERY_SATISFIED", criteria: allVery });
      // Two criteria answered, 1 + 0 of 4 points: 18 × 1/4 = 4.5.
      await given.rate(await given.dossier({ deliveredAt: "2026-03-10T10:00" }), "2026-03-11T08:00", {
        level: "SATISFIED",
        criteria: { TOTAL_TIME: "SATISFIED", STAFF_ATTITUDE: "DISSATISFIED" },
      });
      await given.rate(await given.dossier({ deliveredAt: "2026-03-12T10:00" }), "2026-03-12T12:00", { level: "DISSATISFIED" });
      await given.dossier({ deliveredAt: "2026-03-20T10:00" });
      await given.dossier({ deliveredAt: "2026-03-15T10:00", agencyCode: B });
      // Result ready but not handed over: not delivered, not counted.
      await given.dossier({ status: "RESULT_READY", agencyCode: B });

      expect(await service.satisfaction({ ...march, groupBy: "agency" })).toEqual({
        ...march,
        groupBy: "agency",
        items: [
          { key: B, name: "UBND phường Thử", ...noRatings, delivered: 1, coverage: 0, indexRate: 1 },
          {
            key: A,
            name: "Cơ quan thử nghiệm",
            delivered: 4,
            rated: 3,
            coverage: 0.75,
            verySatisfied: 1,
            satisfied: 1,
            dissatisfied: 1,
            satisfactionRate: 0.6667,
            criteriaRated: 2,
            averageCriteriaScore: 11.25, // (18 + 4.5) / 2
            indexRate: 0.75, // (4 − 1) / 4
          },
        ],
        total: {
          delivered: 5,
          rated: 3,
          coverage: 0.6,
          verySatisfied: 1,
          satisfied: 1,
          dissatisfied: 1,
          satisfactionRate: 0.6667,
          criteriaRated: 2,
          averageCriteriaScore: 11.25,
          indexRate: 0.8, // (5 − 1) / 5
        },
      });
    });

    it("counts a rating changed within its 7 days once, at its latest level", async () => {
      const id = await given.dossier({ deliveredAt: "2026-03-05T10:00" });
      await given.rate(id, "2026-03-06T09:00", { level: "DISSATISFIED", criteria: { STAFF_ATTITUDE: "DISSATISFIED" } });
      await given.rate(id, "2026-03-10T09:00", { level: "VERY_SATISFIED", criteria: { STAFF_ATTITUDE: "VERY_SATISFIED" } });
      const { items, total } = await service.satisfaction({ ...march, groupBy: "agency" });
      expect(items).toHaveLength(1);
      expect(total).toEqual({ ...noRatings, delivered: 1, rated: 1, coverage: 1, verySatisfied: 1, satisfactionRate: 1, criteriaRated: 1, averageCriteriaScore: 18, indexRate: 1 });
    });

    it("keeps to the period by the Vietnam-local day of delivery", async () => {
      await given.dossier({ deliveredAt: "2026-03-01T05:00" }); // 28 Feb in UTC: in
      await given.dossier({ deliveredAt: "2026-03-31T23:30" }); // in
      await given.dossier({ deliveredAt: "2026-04-01T06:00" }); // 31 Mar in UTC: out
      await given.dossier({ deliveredAt: "2026-02-28T23:59" }); // out
      expect((await service.satisfaction({ ...march, groupBy: "agency" })).total.delivered).toBe(2);
      expect((await service.satisfaction({ from: "2026-04-01", to: "2026-04-01", groupBy: "agency" })).total.delivered).toBe(1);
      expect((await service.satisfaction({ from: "2026-02-28", to: "2026-02-28", groupBy: "agency" })).total.delivered).toBe(1);
    });

    it("answers an empty period with no rows and a total of zeros", async () => {
      await given.dossier({ deliveredAt: "2026-03-05T10:00" });
      expect(await service.satisfaction({ from: "2026-01-01", to: "2026-01-31", groupBy: "procedure" })).toEqual({
        from: "2026-01-01",
        to: "2026-01-31",
        groupBy: "procedure",
        items: [],
        total: noRatings,
      });
    });

    it("groups by procedure within one agency, naming rows from the catalog", async () => {
      await given.rate(await given.dossier({ deliveredAt: "2026-03-05T10:00" }), "2026-03-05T11:00", { level: "SATISFIED" });
      await given.rate(await given.dossier({ deliveredAt: "2026-03-06T10:00", procedureCode: HO_KINH_DOANH }), "2026-03-07T11:00", { level: "DISSATISFIED" });
      await given.rate(await given.dossier({ deliveredAt: "2026-03-06T10:00", agencyCode: B }), "2026-03-07T11:00", { level: "DISSATISFIED" });
      const { items, total } = await service.satisfaction({ ...march, agency: A, groupBy: "procedure" });
      expect(items.map((r) => [r.key, r.name, r.delivered, r.satisfied, r.dissatisfied, r.satisfactionRate])).toEqual([
        [KHAI_SINH, "Đăng ký khai sinh", 1, 1, 0, 1],
        // Not in the catalog: the code stands in for the name.
        [HO_KINH_DOANH, HO_KINH_DOANH, 1, 0, 1, 0],
      ]);
      expect(total).toMatchObject({ delivered: 2, rated: 2, satisfactionRate: 0.5, indexRate: 0.5 });
    });
  });

  describe("feedback handling", () => {
    it("counts answered on time (by the deadline, inclusive), dismissed and overdue per agency, and both on-time rates", async () => {
      await given.feedback({ createdAt: "2026-03-02T09:00", dueAt: "2026-03-09T17:00", status: "ANSWERED", answeredAt: "2026-03-04T10:00" });
      await given.feedback({ createdAt: "2026-03-02T09:00", dueAt: "2026-03-09T17:00", status: "ANSWERED", answeredAt: "2026-03-12T10:00" });
      await given.feedback({ createdAt: "2026-03-03T09:00", dueAt: "2026-03-10T17:00", status: "DISMISSED" });
      await given.feedback({ createdAt: "2026-03-13T09:00", dueAt: "2026-03-20T17:00", status: "IN_PROGRESS" });
      await given.feedback({ createdAt: "2026-03-30T09:00", dueAt: "2026-04-06T17:00", status: "RECEIVED" });
      await given.feedback({ agencyCode: B, createdAt: "2026-03-02T09:00", dueAt: "2026-03-09T17:00", status: "ANSWERED", answeredAt: "2026-03-09T17:00" });
      // Period edges in Vietnam time: midnight on the 1st is in, a minute before is out.
      await given.feedback({ agencyCode: B, createdAt: "2026-03-01T00:00", dueAt: "2026-03-06T17:00", status: "RECEIVED" });
      await given.feedback({ agencyCode: B, createdAt: "2026-02-28T23:59", dueAt: "2026-03-06T17:00", status: "RECEIVED" });

      expect(await service.feedbackHandling(march)).toEqual({
        ...march,
        items: [
          // Answered at the very deadline is on time.
          { key: B, name: "UBND phường Thử", received: 2, answered: 1, answeredOnTime: 1, dismissed: 0, open: 1, openOverdue: 1, onTimeRate: 1, indexOnTimeRate: 0.5 },
          // 1 on time of 2 answered; for the index 1 of (2 answered + 1 overdue); the dismissed one and the one not yet due are out.
          { key: A, name: "Cơ quan thử nghiệm", received: 5, answered: 2, answeredOnTime: 1, dismissed: 1, open: 2, openOverdue: 1, onTimeRate: 0.5, indexOnTimeRate: 0.3333 },
        ],
        total: { received: 7, answered: 3, answeredOnTime: 2, dismissed: 1, open: 3, openOverdue: 2, onTimeRate: 0.6667, indexOnTimeRate: 0.4 },
      });
      expect((await service.feedbackHandling({ ...march, agency: B })).items.map((r) => r.key)).toEqual([B]);
    });

    it("answers an empty period with no rows and null rates", async () => {
      expect(await service.feedbackHandling(march)).toEqual({
        ...march,
        items: [],
        total: { received: 0, answered: 0, answeredOnTime: 0, dismissed: 0, open: 0, openOverdue: 0, onTimeRate: null, indexOnTimeRate: null },
      });
    });
  });
});

describe.each(dbKinds)("GET /desk/stats/satisfaction and /desk/stats/feedback-handling (%s)", (kind) => {
  let h: AppHarness;
  let agencyA: string;
  let agencyB: string;
  const given = fixtures(() => h.services.database.db);

  beforeAll(async () => {
    h = await startAppHarness(kind);
    const communes = [...h.services.catalog.snapshot().agencies.values()].filter((a) => a.level === "COMMUNE");
    [agencyA, agencyB] = [communes[0]!.code, communes[1]!.code];
  });
  afterAll(() => h.close());
  beforeEach(() => given.reset());

  async function officer(roles: OfficerRole[], agencyCode = agencyA): Promise<string> {
    const row = await insertOfficer(h.services.database.db, { username: `cb.${randomUUID().slice(0, 8)}`, passwordHash: "not-used", fullName: "Cán bộ thử nghiệm", agencyCode, roles });
    return (await h.services.sessions.issue("officer", row.id)).token;
  }
  const get = (path: string, token: string | null) => fetch(`${h.server.url}/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

  async function expectProblem(res: Response, status: number, code: string): Promise<void> {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as Problem).code).toBe(code);
  }

  it("shows a manager or admin every agency, as the other statistics do, not cached", async () => {
    await given.rate(await given.dossier({ deliveredAt: "2026-03-05T10:00", agencyCode: agencyA }), "2026-03-05T11:00", { level: "SATISFIED" });
    await given.dossier({ deliveredAt: "2026-03-06T10:00", agencyCode: agencyB });
    await given.feedback({ agencyCode: agencyB, createdAt: "2026-03-02T09:00", dueAt: "2026-03-09T17:00", status: "ANSWERED", answeredAt: "2026-03-04T10:00" });

    for (const token of [await officer(["manager"]), await officer(["admin"], agencyB)]) {
      const res = await get("/desk/stats/satisfaction?from=2026-03-01&to=2026-03-31", token);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const body = SatisfactionResponse.parse(await res.json());
      expect(body.groupBy).toBe("agency");
      expect(body.items.map((r) => [r.key, r.delivered, r.rated])).toEqual([agencyA, agencyB].sort().map((k) => [k, 1, k === agencyA ? 1 : 0]));

      const handling = await get("/desk/stats/feedback-handling?from=2026-03-01&to=2026-03-31", token);
      expect(handling.status).toBe(200);
      expect(FeedbackHandlingResponse.parse(await handling.json()).items).toEqual([expect.objectContaining({ key: agencyB, answeredOnTime: 1, onTimeRate: 1 })]);
    }

    const drill = SatisfactionResponse.parse(await (await get(`/desk/stats/satisfaction?from=2026-03-01&to=2026-03-31&groupBy=procedure&agency=${agencyB}`, await officer(["manager"]))).json());
    expect(drill.items).toEqual([expect.objectContaining({ key: KHAI_SINH, name: "Đăng ký khai sinh", delivered: 1 })]);
  });

  it("refuses bad periods with 400 and unknown parameters too", async () => {
    const token = await officer(["manager"]);
    for (const path of ["/desk/stats/satisfaction", "/desk/stats/feedback-handling"]) {
      for (const query of ["from=2026-03-31&to=2026-03-01", "from=2026-02-30&to=2026-03-01", "from=01/03/2026&to=31/03/2026", "to=2026-03-01", "from=2025-01-01&to=2026-03-01", "from=2026-03-01&to=2026-03-31&x=1"]) {
        await expectProblem(await get(`${path}?${query}`, token), 400, "BAD_REQUEST");
      }
    }
    await expectProblem(await get("/desk/stats/satisfaction?from=2026-03-01&to=2026-03-31&groupBy=sector", token), 400, "BAD_REQUEST");
    // A period is per agency, not per procedure: feedback has no groupBy.
    await expectProblem(await get("/desk/stats/feedback-handling?from=2026-03-01&to=2026-03-31&groupBy=agency", token), 400, "BAD_REQUEST");
  });

  it("refuses no session or a citizen's with 401, and officers without the manager role with 403", async () => {
    const citizenToken = await h.signIn();
    for (const path of ["/desk/stats/satisfaction", "/desk/stats/feedback-handling"]) {
      const query = `${path}?from=2026-03-01&to=2026-03-31`;
      await expectProblem(await get(query, null), 401, "UNAUTHENTICATED");
      await expectProblem(await get(query, "not-a-token"), 401, "UNAUTHENTICATED");
      await expectProblem(await get(query, citizenToken), 401, "UNAUTHENTICATED");
      for (const roles of [["desk"], ["processor"], ["desk", "processor"]] satisfies OfficerRole[][]) {
        await expectProblem(await get(query, await officer(roles)), 403, "FORBIDDEN");
      }
    }
  });
});
