import { beforeEach, describe, expect, it } from "vitest";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { createSessionService, SESSION_RECHECK_MS } from "./session.service.ts";

describe.each(dbKinds)("sessions remembered for a moment (%s)", (kind) => {
  let clock = Date.UTC(2026, 10, 28, 9);
  const instance = async () => createSessionService({ db: (await testDatabase(kind)).db, ttlMinutes: 60, now: () => new Date(clock) });

  beforeEach(async () => {
    clock = Date.UTC(2026, 10, 28, 9);
    await truncate((await testDatabase(kind)).db, ["session"]);
  });

  it("forgets a session at once when it signs out here, and within the recheck time when it signs out on another instance", async () => {
    const here = await instance();
    const elsewhere = await instance();
    const subjectId = "6f1c2f4e-7d0a-4b5e-9b1a-2c3d4e5f6a7b";

    const first = await here.issue("citizen", subjectId);
    expect(await here.resolve("citizen", first.token)).toBe(subjectId);
    await elsewhere.revoke(first.token);
    // Still trusted here for a moment: the price of not asking the database on every request.
    expect(await here.resolve("citizen", first.token)).toBe(subjectId);
    clock += SESSION_RECHECK_MS + 1;
    expect(await here.resolve("citizen", first.token)).toBeUndefined();

    const second = await here.issue("citizen", subjectId);
    expect(await here.resolve("citizen", second.token)).toBe(subjectId);
    await here.revoke(second.token);
    expect(await here.resolve("citizen", second.token)).toBeUndefined();
  });

  it("never outlives the session's own expiry, nor answers for another subject type", async () => {
    // A recheck time longer than the session: only the session's expiry can end it.
    const here = createSessionService({ db: (await testDatabase(kind)).db, ttlMinutes: 60, now: () => new Date(clock), recheckMs: 3 * 3_600_000 });
    const { token } = await here.issue("officer", "0b5d7c1e-3a2f-4e6d-8c9b-1a2b3c4d5e6f");
    expect(await here.resolve("officer", token)).toBeDefined();
    expect(await here.resolve("citizen", token)).toBeUndefined();
    clock += 60 * 60_000 + 1;
    expect(await here.resolve("officer", token)).toBeUndefined();
  });
});
