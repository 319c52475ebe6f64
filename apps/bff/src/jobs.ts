import { findChainBreaks } from "./modules/audit/audit-chain.ts";
import { deleteExpiredKeys } from "./modules/idempotency/idempotency.ts";
import { sweepExpiredDrafts } from "./modules/drafts/draft-sweeper.ts";
import { sweepExpiredUploads } from "./modules/uploads/upload-sweeper.ts";
import type { Services } from "./services.ts";

export const MAINTENANCE_INTERVAL_MS = 10 * 60_000;
export const AUDIT_CHECK_INTERVAL_MS = 24 * 60 * 60_000;

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

/** Logs at error level, with event ids only, when the dossier audit chain no longer verifies. */
export async function checkAuditChain(s: Pick<Services, "database" | "logger">): Promise<number> {
  const breaks = await findChainBreaks(s.database.db);
  if (breaks.length > 0) {
    s.logger.error({ brokenEvents: breaks.slice(0, 100).map((b) => b.eventId), count: breaks.length }, "dossier audit chain does not verify");
  }
  return breaks.length;
}

function every(intervalMs: number, job: () => Promise<unknown>, onError: (err: unknown) => void): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    job()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

export function scheduleMaintenance(s: MaintenanceServices, intervalMs = MAINTENANCE_INTERVAL_MS): () => void {
  return every(intervalMs, () => runMaintenance(s), (err) => s.logger.warn({ err }, "maintenance failed; will retry"));
}

export function scheduleAuditCheck(s: Pick<Services, "database" | "logger">, intervalMs = AUDIT_CHECK_INTERVAL_MS): () => void {
  return every(intervalMs, () => checkAuditChain(s), (err) => s.logger.warn({ err }, "audit chain check failed; will retry"));
}
