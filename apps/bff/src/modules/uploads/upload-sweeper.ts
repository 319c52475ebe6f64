import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../../db/client.ts";
import type { ObjectStorage } from "../../integrations/storage/storage.ts";
import { deleteUnattached, listExpiredUnattached } from "./uploads.repo.ts";

/** A temp file untouched this long belongs to no live upload: writes in progress keep bumping mtime. */
export const TEMP_FILE_MAX_AGE_MS = 60 * 60 * 1000;
const BATCH = 200;

export interface SweepResult {
  uploads: number;
  tempFiles: number;
}

/**
 * Deletes uploads no dossier attached before they expired, and temp files aborted uploads left.
 * The object goes before the row: if deleting it fails the row stays, and the next sweep retries.
 */
export async function sweepExpiredUploads(deps: { db: Db; storage: ObjectStorage; now?: Date }): Promise<SweepResult> {
  const now = deps.now ?? new Date();
  let uploads = 0;
  for (;;) {
    const expired = await listExpiredUnattached(deps.db, now, BATCH);
    for (const { id, storageKey } of expired) {
      await deps.storage.delete(storageKey);
      if (await deleteUnattached(deps.db, id)) uploads++;
    }
    if (expired.length < BATCH) break;
  }
  return { uploads, tempFiles: await sweepTempFiles(deps.storage.tempDir, now) };
}

async function sweepTempFiles(dir: string, now: Date): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile() && now.getTime() - info.mtimeMs > TEMP_FILE_MAX_AGE_MS) {
      await rm(path, { force: true });
      removed++;
    }
  }
  return removed;
}
