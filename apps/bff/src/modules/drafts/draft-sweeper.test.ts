import { randomUUID } from "node:crypto";
import { asc } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { citizen, draft } from "../../db/schema/index.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { testFieldCrypto } from "../../test/field-crypto.ts";
import { sweepExpiredDrafts } from "./draft-sweeper.ts";
import { createDraftsService } from "./drafts.service.ts";

const T0 = new Date("2026-08-01T02:00:00.000Z");
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe.each(dbKinds)("expired-draft sweeper (%s)", (kind) => {
  let db: Db;
  let citizenId: string;
  let clock: Date;

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
  });
  beforeEach(async () => {
    await truncate(db, ["draft", "citizen"]);
    const [row] = await db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning({ id: citizen.id });
    citizenId = row!.id;
  });

  const drafts = () => createDraftsService({ db, crypto: testFieldCrypto(), ttlDays: 30, now: () => clock });
  const createAt = async (when: Date) => {
    clock = when;
    return (await drafts().create(citizenId, { procedureCode: "1.001193", data: { when: when.toISOString() } })).id;
  };
  const remaining = async () => (await db.select({ id: draft.id }).from(draft).orderBy(asc(draft.createdAt))).map((r) => r.id);

  it("deletes only drafts whose expiry has passed", async () => {
    const early = await createAt(T0);
    const late = await createAt(at(10));
    const edited = await createAt(at(1));
    clock = at(25);
    await drafts().update(citizenId, edited, { edited: true });

    expect(await sweepExpiredDrafts({ db, now: at(30) })).toBe(1);
    expect((await remaining()).sort()).toEqual([edited, late].sort());
    expect(await remaining()).not.toContain(early);

    expect(await sweepExpiredDrafts({ db, now: at(30) })).toBe(0);
    expect(await sweepExpiredDrafts({ db, now: at(40) })).toBe(1);
    expect(await remaining()).toEqual([edited]);
    expect(await sweepExpiredDrafts({ db, now: at(55) })).toBe(1);
    expect(await remaining()).toEqual([]);
  });

  it("sweeps a backlog larger than one batch", async () => {
    for (let i = 0; i < 7; i++) await createAt(at(i / 10));
    const keep = await createAt(at(5));
    expect(await sweepExpiredDrafts({ db, now: at(31), batchSize: 3 })).toBe(7);
    expect(await remaining()).toEqual([keep]);
  });
});
