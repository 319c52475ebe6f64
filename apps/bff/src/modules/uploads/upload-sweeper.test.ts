import { randomUUID } from "node:crypto";
import { insertDossierRow } from "../../test/factories.ts";
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.ts";
import { citizen, upload } from "../../db/schema/index.ts";
import { createFsStorage } from "../../integrations/storage/fs-storage.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { sweepExpiredUploads } from "./upload-sweeper.ts";
import { insertUpload } from "./uploads.repo.ts";

const HOUR = 3600_000;

describe.each(dbKinds)("sweepExpiredUploads (%s)", (kind) => {
  let database: Database;
  let storage: ObjectStorage;
  let dir: string;
  let citizenId: string;
  const t0 = new Date("2026-03-01T08:00:00+07:00");

  beforeAll(async () => {
    database = await testDatabase(kind);
    dir = await mkdtemp(join(tmpdir(), "motcua-sweep-"));
    storage = await createFsStorage(join(dir, "uploads"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  beforeEach(async () => {
    await truncate(database.db, ["upload", "citizen"]);
    const [row] = await database.db.insert(citizen).values({ zaloId: `zalo-${randomUUID()}` }).returning();
    citizenId = row!.id;
  });

  async function stored(opts: { expiresAt: Date; dossierId?: string }) {
    const storageKey = randomUUID();
    await storage.put(storageKey, Readable.from([Buffer.from("%PDF-1.4\n")]), 9, "application/pdf");
    return insertUpload(database.db, {
      citizenId,
      storageKey,
      displayName: "a.pdf",
      contentType: "application/pdf",
      kind: "pdf",
      size: 9,
      sha256: "0".repeat(64),
      createdAt: t0,
      expiresAt: opts.expiresAt,
      dossierId: opts.dossierId ?? null,
    });
  }

  it("deletes expired unattached uploads, object and row, and keeps the rest", async () => {
    const expired = await stored({ expiresAt: new Date(t0.getTime() + 24 * HOUR) });
    const fresh = await stored({ expiresAt: new Date(t0.getTime() + 48 * HOUR) });
    const attached = await stored({ expiresAt: new Date(t0.getTime() + 24 * HOUR), dossierId: await insertDossierRow(database.db, citizenId) });

    expect(await sweepExpiredUploads({ db: database.db, storage, now: new Date(t0.getTime() + 23 * HOUR) })).toEqual({ uploads: 0, tempFiles: 0 });
    const result = await sweepExpiredUploads({ db: database.db, storage, now: new Date(t0.getTime() + 25 * HOUR) });

    expect(result).toEqual({ uploads: 1, tempFiles: 0 });
    const left = await database.db.select({ id: upload.id }).from(upload);
    expect(left.map((r) => r.id).sort()).toEqual([fresh.id, attached.id].sort());
    expect(await storage.exists(expired.storageKey)).toBe(false);
    expect(await storage.exists(fresh.storageKey)).toBe(true);
    expect(await storage.exists(attached.storageKey)).toBe(true);
  });

  it("finishes the job when the object is already gone", async () => {
    const orphanRow = await stored({ expiresAt: t0 });
    await storage.delete(orphanRow.storageKey);
    expect(await sweepExpiredUploads({ db: database.db, storage, now: new Date(t0.getTime() + HOUR) })).toEqual({ uploads: 1, tempFiles: 0 });
    expect(await database.db.select().from(upload)).toEqual([]);
  });

  it("removes temp files abandoned for over an hour, not ones still being written", async () => {
    const now = new Date();
    const old = join(storage.tempDir, `${randomUUID()}.upload`);
    const live = join(storage.tempDir, `${randomUUID()}.upload`);
    await writeFile(old, "half");
    await writeFile(live, "half");
    const twoHoursAgo = new Date(now.getTime() - 2 * HOUR);
    await utimes(old, twoHoursAgo, twoHoursAgo);
    expect(await sweepExpiredUploads({ db: database.db, storage, now })).toEqual({ uploads: 0, tempFiles: 1 });
    expect(await readdir(storage.tempDir)).toEqual([live.split("/").pop()]);
    await rm(live);
  });
});
