import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DossierCreated, DossierDetail, DossierRatingState, Procedure, RateDossierRequest } from "@motcua/contracts";
import { queryRows } from "../../db/client.ts";
import { apiCaller, type ApiCall } from "../../test/api-call.ts";
import { startAppHarness } from "../../test/app-harness.ts";
import { countRows } from "../../test/count-rows.ts";
import { dbKinds, truncate } from "../../test/db.ts";
import { birthRegistration, submissionFor, uploadRequiredDocuments } from "../../test/dossier-fixtures.ts";
import { harnessPerSuite } from "../../test/harness-per-suite.ts";
import { expectProblem } from "../../test/problem.ts";
import { applyTransition } from "../dossiers/transition.repo.ts";
import type { TransitionAction } from "../dossiers/state-machine.ts";

const toDelivered: TransitionAction[] = ["accept", "start_processing", "result_ready", "deliver"];

describe.each(dbKinds)("satisfaction ratings over HTTP (%s)", (kind) => {
  const h = harnessPerSuite(
    () => startAppHarness(kind),
    (app) => truncate(app.services.database.db, ["dossier_rating", "dossier_event", "outbox", "idempotency_key", "upload", "dossier", "session", "citizen"]),
  );
  let procedure: Procedure;
  let wardCode: string;
  let agencyCode: string;
  let call: ApiCall;
  beforeAll(() => {
    ({ procedure, wardCode, agencyCode } = birthRegistration(h));
    call = apiCaller(h.server.url);
  });

  const db = () => h.services.database.db;
  const count = (table: string, where?: string) => countRows(db(), table, where);

  const rate = (id: string, token: string | null, body: unknown) => call("PUT", `/me/dossiers/${id}/rating`, token, body);
  const ratingOf = (id: string, token: string | null) => call("GET", `/me/dossiers/${id}/rating`, token);

  /** Files a dossier the real way and moves it as the desk would, up to the given step. */
  async function fileDossier(name: string, steps: TransitionAction[] = toDelivered): Promise<{ token: string; id: string }> {
    const token = await h.signIn(name);
    const uploads = await uploadRequiredDocuments(h.server.url, token, procedure);
    const res = await call("POST", "/dossiers", token, submissionFor(procedure, wardCode, uploads), { "Idempotency-Key": randomUUID() });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as DossierCreated;
    for (const action of steps) {
      await db().transaction((tx) =>
        applyTransition(tx, { dossierId: id, action, actor: { type: "officer", id: null }, scope: { agencyCode }, now: new Date() }),
      );
    }
    return { token, id };
  }

  const verySatisfied: RateDossierRequest = {
    level: "VERY_SATISFIED",
    criteria: { TOTAL_TIME: "VERY_SATISFIED", STAFF_ATTITUDE: "SATISFIED" },
    comment: "Cán bộ hướng dẫn tận tình.",
  };

  it("takes the first rating of a delivered dossier: 201, stored, audited in the timeline", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    const before = (await (await ratingOf(id, token)).json()) as DossierRatingState;
    expect(before).toEqual({ dossierId: id, delivered: true, canRate: true, rating: null });

    const res = await rate(id, token, verySatisfied);
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const state = (await res.json()) as DossierRatingState;
    expect(state).toMatchObject({ dossierId: id, delivered: true, canRate: true, rating: { level: "VERY_SATISFIED", criteria: verySatisfied.criteria, comment: verySatisfied.comment } });
    const rating = state.rating!;
    expect(Date.parse(rating.changeableUntil) - Date.parse(rating.firstRatedAt)).toBe(7 * 24 * 3_600_000);

    expect(await (await ratingOf(id, token)).json()).toEqual(state);
    const detail = (await (await call("GET", `/me/dossiers/${id}`, token)).json()) as DossierDetail;
    expect(detail.status).toBe("DELIVERED");
    expect(detail.timeline.at(-1)).toMatchObject({ action: "rate", status: "DELIVERED", label: "Công dân đánh giá mức độ hài lòng" });
    const [event] = await queryRows<{ actor_type: string; from_status: string; data: Record<string, unknown> }>(
      db(),
      sql`select actor_type, from_status, data from dossier_event where dossier_id = ${id} and action = 'rate'`,
    );
    expect(event).toMatchObject({ actor_type: "citizen", from_status: "DELIVERED", data: { level: "VERY_SATISFIED", revision: 1, comment: verySatisfied.comment } });
    expect(await count("outbox", "topic = 'dossier.status_changed'")).toBe(1 + toDelivered.length);
  });

  it("changes the rating within seven days, keeping the first date; a repeated PUT writes nothing", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    const first = ((await (await rate(id, token, verySatisfied)).json()) as DossierRatingState).rating!;

    const changed = await rate(id, token, { level: "DISSATISFIED", comment: "  Phải đi lại ba lần.  " });
    expect(changed.status).toBe(200);
    const state = (await changed.json()) as DossierRatingState;
    expect(state.rating).toMatchObject({ level: "DISSATISFIED", criteria: {}, comment: "Phải đi lại ba lần.", firstRatedAt: first.firstRatedAt });
    expect(await count("dossier_event", "action = 'rate'")).toBe(2);

    const again = await rate(id, token, { level: "DISSATISFIED", comment: "Phải đi lại ba lần." });
    expect(again.status).toBe(200);
    expect(((await again.json()) as DossierRatingState).rating).toEqual(state.rating);
    expect(await count("dossier_event", "action = 'rate'")).toBe(2);
    expect(await count("dossier_rating")).toBe(1);
  });

  it("refuses a change after seven days with 409 CONFLICT and keeps the rating", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    await rate(id, token, verySatisfied);
    await db().execute(sql`update dossier_rating set first_rated_at = first_rated_at - interval '7 days 1 minute' where dossier_id = ${id}`);

    const problem = await expectProblem(await rate(id, token, { level: "DISSATISFIED" }), 409, "CONFLICT");
    expect(problem.detail).toMatch(/7 ngày/);
    await expectProblem(await rate(id, token, verySatisfied), 409, "CONFLICT");
    const state = (await (await ratingOf(id, token)).json()) as DossierRatingState;
    expect(state).toMatchObject({ delivered: true, canRate: false, rating: { level: "VERY_SATISFIED" } });
    expect(await count("dossier_event", "action = 'rate'")).toBe(1);
  });

  it.each([
    ["submitted", [] as TransitionAction[]],
    ["in progress", ["accept", "start_processing"] as TransitionAction[]],
    ["with its result ready but not delivered", ["accept", "start_processing", "result_ready"] as TransitionAction[]],
  ])("refuses to rate a dossier %s with 409 ILLEGAL_TRANSITION", async (_label, steps) => {
    const { token, id } = await fileDossier("Nguyễn Văn An", steps);
    expect(await (await ratingOf(id, token)).json()).toEqual({ dossierId: id, delivered: false, canRate: false, rating: null });
    await expectProblem(await rate(id, token, verySatisfied), 409, "ILLEGAL_TRANSITION");
    expect(await count("dossier_rating")).toBe(0);
    expect(await count("dossier_event", "action = 'rate'")).toBe(0);
  });

  it("refuses a withdrawn dossier: only a delivered result can be rated", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An", []);
    expect((await call("POST", `/me/dossiers/${id}/withdraw`, token, {})).status).toBe(200);
    await expectProblem(await rate(id, token, verySatisfied), 409, "ILLEGAL_TRANSITION");
  });

  it("hides another citizen's dossier as 404, like a missing one, and needs a session", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    await rate(id, token, verySatisfied);
    const stranger = await h.signIn("Người lạ");
    await expectProblem(await ratingOf(id, stranger), 404, "NOT_FOUND");
    await expectProblem(await rate(id, stranger, { level: "DISSATISFIED" }), 404, "NOT_FOUND");
    await expectProblem(await ratingOf(randomUUID(), token), 404, "NOT_FOUND");
    await expectProblem(await rate(randomUUID(), token, verySatisfied), 404, "NOT_FOUND");
    await expectProblem(await ratingOf("not-a-uuid", token), 400, "BAD_REQUEST");

    const anonymous = await rate(id, null, verySatisfied);
    await expectProblem(anonymous, 401, "UNAUTHENTICATED");
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectProblem(await ratingOf(id, null), 401, "UNAUTHENTICATED");
    expect(((await (await ratingOf(id, token)).json()) as DossierRatingState).rating?.level).toBe("VERY_SATISFIED");
  });

  it.each([
    ["no level", { comment: "Tốt" }, "level", "VALIDATION_FAILED"],
    ["an unknown level", { level: "OK" }, "level", "VALIDATION_FAILED"],
    ["an unknown criterion", { level: "SATISFIED", criteria: { PARKING: "SATISFIED" } }, "criteria", "UNKNOWN_FIELD"],
    ["a criterion answered with a score", { level: "SATISFIED", criteria: { TOTAL_TIME: 2 } }, "criteria.TOTAL_TIME", "VALIDATION_FAILED"],
    ["a right-to-left override in the comment", { level: "SATISFIED", comment: "Tốt\u202eđấy" }, "comment", "VALIDATION_FAILED"],
    ["a comment over 1000 characters", { level: "SATISFIED", comment: "à".repeat(1001) }, "comment", "VALIDATION_FAILED"],
    ["a field of its own", { level: "SATISFIED", citizenId: randomUUID() }, "citizenId", "UNKNOWN_FIELD"],
  ])("refuses %s with 422 and a field error, writing nothing", async (_label, body, field, code) => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    const problem = await expectProblem(await rate(id, token, body), 422, code);
    expect(problem.errors?.some((e) => e.field.startsWith(field))).toBe(true);
    expect(await count("dossier_rating")).toBe(0);
    expect(await count("dossier_event", "action = 'rate'")).toBe(0);
  });

  it("needs a JSON body", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    const res = await call("PUT", `/me/dossiers/${id}/rating`, token, JSON.stringify(verySatisfied), { "Content-Type": "text/plain" });
    await expectProblem(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    await expectProblem(await rate(id, token, "{"), 400, "MALFORMED_JSON");
  });

  it("stores one rating and one event when ten identical first ratings race", async () => {
    const { token, id } = await fileDossier("Nguyễn Văn An");
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => rate(id, token, verySatisfied)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(await count("dossier_rating")).toBe(1);
    expect(await count("dossier_event", "action = 'rate'")).toBe(1);
  });

  it("documents both routes in the OpenAPI description", async () => {
    const spec = (await (await fetch(`${h.server.url}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(spec.paths["/api/v1/me/dossiers/{id}/rating"] ?? {})).toEqual(expect.arrayContaining(["get", "put"]));
  });
});
