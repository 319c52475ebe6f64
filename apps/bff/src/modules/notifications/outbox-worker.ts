import type { Db } from "../../db/client.ts";
import type { Logger } from "../../logger.ts";
import type { Delivery, NotificationSender } from "./notification-sender.ts";
import { claimDue, settle, type ClaimedMessage, type Settlement } from "./outbox.repo.ts";

export const RETRY_BASE_MS = 5_000;
export const RETRY_CAP_MS = 3_600_000;
export const MAX_ATTEMPTS = 8;
/** Must outlast one send (client timeout) with room to spare, or a slow send gets taken over. */
export const LEASE_MS = 60_000;

export interface OutboxWorkerOptions {
  db: Db;
  sender: NotificationSender;
  logger: Logger;
  batchSize: number;
  pollMs: number;
  now?: () => Date;
  leaseMs?: number;
  maxAttempts?: number;
  random?: () => number;
}

export interface RunSummary {
  sent: number;
  retried: number;
  dead: number;
  skipped: number;
}

/** "Full jitter": spreads the retries of a burst that failed together instead of re-synchronising them. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempts - 1)));
}

/**
 * The relay from the outbox to Zalo (reliability.md §3.1). Delivery is at least once: a worker
 * killed after Zalo accepted a message but before recording it sends it again once its lease
 * runs out, under the same tracking id (the outbox id), which is what lets ZNS recognise the
 * duplicate. Any number of BFF instances may run one; claims never overlap.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { db, sender, logger, batchSize, pollMs } = options;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  const random = options.random ?? Math.random;

  function settlementOf(message: ClaimedMessage, delivery: Delivery): Settlement {
    switch (delivery.kind) {
      case "sent":
        return { status: "sent", at: now(), delivery: { channel: delivery.channel, ...(delivery.messageId ? { messageId: delivery.messageId } : {}) } };
      case "skipped":
        return { status: "skipped", error: delivery.reason };
      case "permanent":
        return { status: "dead", error: delivery.reason };
      case "retryable": {
        if (message.attempts >= maxAttempts) return { status: "dead", error: delivery.reason };
        const delay = Math.max(retryDelayMs(message.attempts, random), delivery.retryAfterMs ?? 0);
        return { status: "pending", nextAttemptAt: new Date(now().getTime() + delay), error: delivery.reason };
      }
    }
  }

  async function deliver(message: ClaimedMessage, summary: RunSummary): Promise<void> {
    const delivery = await sender.send(message).catch((err: unknown): Delivery => {
      logger.warn({ err, outboxId: message.id }, "notification sender failed");
      return { kind: "retryable", reason: "sender failed" };
    });
    const s = settlementOf(message, delivery);
    const log = { outboxId: message.id, attempts: message.attempts };
    if (!(await settle(db, message, s))) {
      logger.warn(log, "notification lease lost; another worker owns it now");
      return;
    }
    switch (s.status) {
      case "sent":
        summary.sent++;
        return void logger.info({ ...log, channel: s.delivery.channel }, "notification sent");
      case "pending":
        summary.retried++;
        return void logger.warn({ ...log, reason: s.error, nextAttemptAt: s.nextAttemptAt.toISOString() }, "notification failed; will retry");
      case "skipped":
        summary.skipped++;
        return void logger.info({ ...log, reason: s.error }, "notification skipped");
      case "dead":
        summary.dead++;
        // The alert hook: a dead letter needs a person (requeue by setting status back to pending).
        return void logger.error({ ...log, reason: s.error }, "notification dead-lettered");
    }
  }

  /** One batch: claim (short transaction), send in parallel with no transaction open, settle each. */
  async function runOnce(): Promise<RunSummary> {
    const summary: RunSummary = { sent: 0, retried: 0, dead: 0, skipped: 0 };
    const claimed = await claimDue(db, { topics: sender.topics, now: now(), limit: batchSize, leaseMs });
    // Settled, not all: a failing settle must not let the next tick start while sends are in flight.
    const results = await Promise.allSettled(claimed.map((message) => deliver(message, summary)));
    const failure = results.find((r) => r.status === "rejected");
    if (failure) throw failure.reason;
    return summary;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runOnce()
      .then(() => undefined)
      .catch((err: unknown) => logger.warn({ err }, "notification relay failed; will retry"))
      .finally(() => {
        running = undefined;
      });
  };

  return {
    runOnce,
    start() {
      if (timer) return;
      timer = setInterval(tick, pollMs);
      timer.unref();
    },
    /** Resolves once the batch in flight, if any, is settled: close the database after this. */
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
