import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { OfficerProfile, OfficerSessionGrant, Problem } from "@motcua/contracts";
import { officer } from "../../db/schema/index.ts";
import { dbKinds } from "../../test/db.ts";
import { deskHarnessPerSuite } from "../../test/desk-harness.ts";
import { OFFICER_PASSWORD } from "../../test/officers.ts";
import { DEMO_PASSWORD, demoOfficers, seedDemoOfficers } from "./demo-officers.ts";

describe.each(dbKinds)("officer sign-in over HTTP (%s)", (kind) => {
  const h = deskHarnessPerSuite(kind);

  const signIn = (username: string, password: string) => h.call("POST", "/desk/sessions", null, { username, password });

  async function refused(res: Response): Promise<Problem> {
    expect(res.status).toBe(401);
    const problem = (await res.json()) as Problem;
    expect(problem.code).toBe("UNAUTHENTICATED");
    return problem;
  }

  it("signs in with the right password (username case-insensitive) and answers /desk/me with the officer's agency", async () => {
    const o = await h.officer(["desk", "processor"], h.agencyA, "nguyen.an");
    const res = await signIn("  Nguyen.An ", OFFICER_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const grant = (await res.json()) as OfficerSessionGrant;
    expect(grant.officer).toMatchObject({ id: o.id, username: "nguyen.an", roles: ["desk", "processor"], agency: { code: h.agencyA } });
    expect(grant.officer.agency.name).toMatch(/^Ủy ban nhân dân/);
    const me = await h.call("GET", "/desk/me", grant.token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as OfficerProfile).id).toBe(o.id);
  });

  it("answers a wrong password and an unknown username with the same 401 and message", async () => {
    await h.officer(["desk"], h.agencyA, "tran.binh");
    const wrong = await refused(await signIn("tran.binh", "sai-mat-khau"));
    const unknown = await refused(await signIn("khong.ton.tai", OFFICER_PASSWORD));
    expect(wrong.detail).toBe(unknown.detail);
    expect(wrong.detail).toBe("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.");
  });

  it("locks after five consecutive failures: even the right password is refused until fifteen minutes pass", async () => {
    const o = await h.officer(["desk"], h.agencyA, "le.cuong");
    for (let i = 1; i <= 4; i++) expect((await signIn("le.cuong", `sai-${i}`)).headers.get("retry-after")).toBeNull();
    const fifth = await signIn("le.cuong", "sai-5");
    await refused(fifth);
    expect(Number(fifth.headers.get("retry-after"))).toBe(900);

    h.clock.offsetMs = 14 * 60_000;
    const stillLocked = await signIn("le.cuong", OFFICER_PASSWORD);
    const problem = await refused(stillLocked);
    expect(problem.detail).toBe("Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa.");
    expect(Number(stillLocked.headers.get("retry-after"))).toBeGreaterThan(50);
    expect(Number(stillLocked.headers.get("retry-after"))).toBeLessThanOrEqual(60);

    h.clock.offsetMs = 15 * 60_000 + 1000;
    expect((await signIn("le.cuong", OFFICER_PASSWORD)).status).toBe(200);
    const [row] = await h.db.select().from(officer).where(eq(officer.id, o.id));
    expect(row).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it("resets the count on success, so failures must be consecutive to lock", async () => {
    await h.officer(["desk"], h.agencyA, "pham.dung");
    for (let i = 0; i < 4; i++) await refused(await signIn("pham.dung", "sai"));
    expect((await signIn("pham.dung", OFFICER_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) await refused(await signIn("pham.dung", "sai"));
    expect((await signIn("pham.dung", OFFICER_PASSWORD)).status).toBe(200);
  });

  it("revokes the session on logout, refuses citizen tokens, and signs a deactivated officer out at once", async () => {
    const o = await h.officer(["desk"]);
    expect((await h.call("POST", "/desk/sessions/logout", o.token)).status).toBe(204);
    await refused(await h.call("GET", "/desk/me", o.token));

    const citizen = await h.app.signIn();
    await refused(await h.call("GET", "/desk/me", citizen));
    await refused(await h.call("GET", "/desk/dossiers", null));

    const other = await h.officer(["desk"]);
    await h.db.update(officer).set({ active: false }).where(eq(officer.id, other.id));
    await refused(await h.call("GET", "/desk/dossiers", other.token));
    await refused(await signIn(other.username, OFFICER_PASSWORD));
  });

  it("refuses malformed sign-in bodies without touching any account", async () => {
    expect((await h.call("POST", "/desk/sessions", null, { username: "a" })).status).toBe(422);
    expect((await h.call("POST", "/desk/sessions", null, "{")).status).toBe(400);
    expect((await h.call("POST", "/desk/sessions", null, { username: "a", password: "b", role: "admin" })).status).toBe(422);
  });

  it("seeds demo officers once, who can sign in, and refuses to seed in production", async () => {
    await expect(seedDemoOfficers(h.db, { nodeEnv: "production" })).rejects.toThrow(/production/);
    expect(await h.count("officer")).toBe(0);
    expect(await seedDemoOfficers(h.db, { nodeEnv: "development" })).toBe(demoOfficers.length);
    expect(await seedDemoOfficers(h.db, { nodeEnv: "development" })).toBe(0);
    const res = await signIn("tranbien.desk", DEMO_PASSWORD);
    expect(res.status).toBe(200);
    expect(((await res.json()) as OfficerSessionGrant).officer).toMatchObject({ roles: ["desk"], agency: { name: "Ủy ban nhân dân phường Trấn Biên" } });
  });
});
