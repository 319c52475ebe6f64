import { deleteExpiredKeys } from "./modules/idempotency/idempotency.ts";
import { sweepExpiredDrafts } from "./modules/drafts/draft-sweeper.ts";
import { sweepExpiredUploads } from "./modules/uploads/upload-sweeper.ts";
import type { Services } from "./services.ts";

export const MAINTENANCE_INTERVAL_MS = 10 * 60_000;

/**
 * Retention and clean-up: unattached uploads, expired drafts, remembered idempotency keys. Every
 * instance runs it; each step deletes by expiry and is safe to run twice at once.
 */
export async function runMaintenance(s: Pick<Services, "database" | "storage" | "logger">, now = new Date()): Promise<void> {
  const { db } = s.database;
  const uploads = await sweepExpiredUploads({ db, storage: s.storage, now });
  const drafts = await sweepExpiredDrafts({ db, now });
  const keys = await deleteExpiredKeys(db, now);
  if (uploads.uploads || uploads.tempFiles || drafts || keys) s.logger.info({ ...uploads, drafts, idempotencyKeys: keys }, "maintenance swept");
}

export function scheduleMaintenance(s: Pick<Services, "database" | "storage" | "logger">, intervalMs = MAINTENANCE_INTERVAL_MS): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    runMaintenance(s)
      .catch((err: unknown) => s.logger.warn({ err }, "maintenance failed; will retry"))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
