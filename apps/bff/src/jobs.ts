import { deleteExpiredKeys } from "./modules/idempotency/idempotency.ts";
import { sweepExpiredDrafts } from "./modules/drafts/draft-sweeper.ts";
import { sweepExpiredUploads } from "./modules/uploads/upload-sweeper.ts";
import type { Services } from "./services.ts";

export const MAINTENANCE_INTERVAL_MS = 10 * 60_000;

/**
 * Retention and clean-up: unattached uploads, expired drafts, remembered idempotency keys, old
 * rate-limit counters. Every
 * instance runs it; each step deletes by expiry and is safe to run twice at once.
 */
type MaintenanceServices = Pick<Services, "database" | "storage" | "logger" | "rateLimitCounters">;

export async function runMaintenance(s: MaintenanceServices, now = new Date()): Promise<void> {
  const { db } = s.database;
  const uploads = await sweepExpiredUploads({ db, storage: s.storage, now });
  const drafts = await sweepExpiredDrafts({ db, now });
  const keys = await deleteExpiredKeys(db, now);
  const counters = await s.rateLimitCounters.sweep();
  if (uploads.uploads || uploads.tempFiles || drafts || keys || counters) {
    s.logger.info({ ...uploads, drafts, idempotencyKeys: keys, rateLimitCounters: counters }, "maintenance swept");
  }
}

export function scheduleMaintenance(s: MaintenanceServices, intervalMs = MAINTENANCE_INTERVAL_MS): () => void {
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
