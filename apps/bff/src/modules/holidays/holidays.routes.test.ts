import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { localDate } from "@motcua/calendar";
import type { HolidayList, OfficerSessionGrant, Problem } from "@motcua/contracts";
import { startAppHarness, type AppHarness } from "../../test/app-harness.ts";
import { dbKinds, truncate } from "../../test/db.ts";
import { DEMO_PASSWORD, seedDemoOfficers } from "../desk/demo-officers.ts";

const CLOSURE = "2026-12-04"; // a Friday

describe.each(dbKinds)("holiday calendar upkeep over HTTP (%s)", (kind) => {
  let h: AppHarness;
  let manager: string;
  let desk: string;

  async function signIn(username: string): Promise<string> {
    const res = await call("POST", "/desk/sessions", null, { username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    return ((await res.json()) as OfficerSessionGrant).token;
  }

  function call(method: string, path: string, token: string | null, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    return fetch(`${h.server.url}/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  }

  async function expectProblem(res: Response, status: number, code: Problem["code"]): Promise<void> {
    expect(res.status).toBe(status);
    expect(((await res.json()) as Problem).code).toBe(code);
  }

  const closure = { kind: "HOLIDAY", name: "Nghỉ theo quyết định của UBND tỉnh", status: "OFFICIAL" };

  beforeAll(async () => {
    h = await startAppHarness(kind);
    await seedDemoOfficers(h.services.database.db, { nodeEnv: "test" });
    [manager, desk] = await Promise.all([signIn("tranbien.manager"), signIn("tranbien.desk")]);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await truncate(h.services.database.db, ["holiday_override"]);
    await h.services.holidays.refresh();
  });

  it("lists a year's bundled days to any officer, Tết included", async () => {
    const res = await call("GET", "/desk/holidays?year=2026", desk);
    expect(res.status).toBe(200);
    const list = (await res.json()) as HolidayList;
    expect(list).toMatchObject({ year: 2026, covered: true });
    expect(list.items).toContainEqual({ date: "2026-02-17", kind: "HOLIDAY", name: "Tết Nguyên đán Bính Ngọ (mùng 1)", status: "OFFICIAL", source: "bundled" });
    expect(((await (await call("GET", "/desk/holidays?year=2031", desk)).json()) as HolidayList)).toEqual({ year: 2031, covered: false, items: [] });
  });

  it("lets a manager add a local closure that due dates skip, and remove it again", async () => {
    const put = await call("PUT", `/desk/holidays/${CLOSURE}`, manager, closure);
    expect(put.status).toBe(200);
    expect(((await put.json()) as HolidayList).items).toContainEqual({ date: CLOSURE, ...closure, source: "override" });
    const calendar = () => h.services.holidays.calendar();
    expect(calendar().isWorkingDay(localDate(CLOSURE))).toBe(false);
    // Received Thursday morning, one working day: Friday is closed, so due Monday.
    const due = calendar().dueAt(new Date("2026-12-03T09:00:00+07:00"), { value: 1, unit: "WORKING_DAY", cutoff: null });
    expect(due.dueAt.toISOString()).toBe(new Date("2026-12-07T17:00:00+07:00").toISOString());
    expect(h.logLines.some((line) => line.includes("holiday calendar changed") && line.includes(CLOSURE))).toBe(true);

    const del = await call("DELETE", `/desk/holidays/${CLOSURE}`, manager);
    expect(del.status).toBe(200);
    expect(((await del.json()) as HolidayList).items.some((e) => e.date === CLOSURE)).toBe(false);
    expect(calendar().isWorkingDay(localDate(CLOSURE))).toBe(true);
    await expectProblem(await call("DELETE", `/desk/holidays/${CLOSURE}`, manager), 404, "NOT_FOUND");
  });

  it("lets a manager drop a bundled swap, which then counts as a working day", async () => {
    const res = await call("DELETE", "/desk/holidays/2026-01-02", manager);
    expect(res.status).toBe(200);
    expect(h.services.holidays.calendar().isWorkingDay(localDate("2026-01-02"))).toBe(true);
  });

  it("refuses writes from a desk officer and from nobody", async () => {
    await expectProblem(await call("PUT", `/desk/holidays/${CLOSURE}`, desk, closure), 403, "FORBIDDEN");
    await expectProblem(await call("DELETE", "/desk/holidays/2026-01-02", desk), 403, "FORBIDDEN");
    await expectProblem(await call("PUT", `/desk/holidays/${CLOSURE}`, null, closure), 401, "UNAUTHENTICATED");
    expect(h.services.holidays.calendar().isWorkingDay(localDate(CLOSURE))).toBe(true);
  });

  it("refuses days the calendar cannot hold and malformed input", async () => {
    await expectProblem(await call("PUT", `/desk/holidays/${CLOSURE}`, manager, { ...closure, kind: "MAKEUP_WORKDAY" }), 422, "VALIDATION_FAILED");
    await expectProblem(await call("PUT", "/desk/holidays/2026-12-05", manager, { ...closure, kind: "SWAPPED_OFF" }), 422, "VALIDATION_FAILED");
    await expectProblem(await call("PUT", "/desk/holidays/2030-01-02", manager, closure), 422, "VALIDATION_FAILED");
    await expectProblem(await call("PUT", "/desk/holidays/04-12-2026", manager, closure), 400, "BAD_REQUEST");
    await expectProblem(await call("PUT", "/desk/holidays/2026-02-30", manager, closure), 400, "BAD_REQUEST");
    await expectProblem(await call("PUT", `/desk/holidays/${CLOSURE}`, manager, { ...closure, note: "x" }), 422, "UNKNOWN_FIELD");
    await expectProblem(await call("GET", "/desk/holidays?year=abc", desk), 400, "BAD_REQUEST");
    expect(h.services.holidays.calendar().isWorkingDay(localDate(CLOSURE))).toBe(true);
  });
});
