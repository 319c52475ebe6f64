import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../db/client.ts";
import { citizen, dossier, outbox } from "../../db/schema/index.ts";
import { createMiniAppNotifier, createZnsClient } from "../../integrations/zalo/notification-client.ts";
import { dbKinds, testDatabase, truncate } from "../../test/db.ts";
import { insertDossierRow } from "../../test/factories.ts";
import { startFakeZalo, type FakeZalo } from "../../test/fake-zalo.ts";
import { memoryLogger } from "../../test/logger.ts";
import { statusNotice } from "../dossiers/transition.repo.ts";
import { createNotificationSender } from "./notification-sender.ts";
import { createOutboxWorker, LEASE_MS, MAX_ATTEMPTS, RETRY_BASE_MS } from "./outbox-worker.ts";
import { claimDue, settle } from "./outbox.repo.ts";

const MINIAPP_ID = "3141592653589793";
const API_KEY = "notify-api-key-secret";
const ZNS_TOKEN = "zns-oa-access-token-secret";
const PHONE = "+84912345678";
const START = new Date("2026-12-01T02:00:00Z");
const NOTHING = { sent: 0, retried: 0, dead: 0, skipped: 0 };

describe.each(dbKinds)("notification outbox relay on %s", (kind) => {
  let db: Db;
  let fake: FakeZalo;
  let clock = START;
  let zaloIds = 0;
  const { logger, lines } = memoryLogger();

  const sender = (channels: { miniApp?: boolean; zns?: boolean } = { miniApp: true, zns: true }) =>
    createNotificationSender({
      db,
      miniAppId: MINIAPP_ID,
      miniApp: channels.miniApp
        ? { notifier: createMiniAppNotifier({ baseUrl: fake.url, apiKey: API_KEY, miniAppId: MINIAPP_ID, timeoutMs: 1000 }), templateId: "tpl-01" }
        : undefined,
      zns: channels.zns ? { client: createZnsClient({ baseUrl: fake.url, accessToken: ZNS_TOKEN, timeoutMs: 1000 }), templateId: "zns-1" } : undefined,
    });
  const worker = (s = sender(), batchSize = 10) => createOutboxWorker({ db, sender: s, logger, batchSize, pollMs: 20, now: () => clock });

  async function addCitizen(opts: { optIn?: boolean; phone?: string | null } = {}) {
    const [row] = await db
      .insert(citizen)
      .values({ zaloId: `51000000000${String(++zaloIds).padStart(5, "0")}`, phone: opts.phone ?? null, notifyOptIn: opts.optIn ?? true })
      .returning();
    return row!;
  }

  /** A reception notice as the real transition writes it: returns the outbox id (the tracking id). */
  async function addNotice(citizenId: string) {
    const dossierId = await insertDossierRow(db, citizenId);
    const [row] = await db
      .update(dossier)
      .set({ status: "RECEIVED", dueAt: new Date("2026-12-12T10:00:00+07:00"), version: 2 })
      .where(eq(dossier.id, dossierId))
      .returning();
    await db.insert(outbox).values(statusNotice(row!, "accept", clock));
    const [notice] = await db.select().from(outbox).where(eq(outbox.dossierId, dossierId));
    return { outboxId: notice!.id, dossierId };
  }

  const outboxRow = async (id: string) => (await db.select().from(outbox).where(eq(outbox.id, id)))[0]!;
  const deliveriesOf = (trackingId: string) => fake.messages.filter((m) => m.trackingId === trackingId);
  const callsTo = (path: string) => fake.calls.filter((c) => c.path === path).length;

  beforeAll(async () => {
    db = (await testDatabase(kind)).db;
    fake = await startFakeZalo({ appSecret: "unused", notify: { apiKey: API_KEY, miniAppId: MINIAPP_ID }, znsAccessToken: ZNS_TOKEN });
  });
  afterAll(() => fake.close());
  beforeEach(async () => {
    await truncate(db, ["outbox", "dossier", "citizen"]);
    fake.script(null);
    fake.calls.length = 0;
    fake.messages.length = 0;
    clock = START;
  });

  it("sends a pending notice once, with the outbox id as tracking id, and records how", async () => {
    const person = await addCitizen({ phone: PHONE });
    const { outboxId, dossierId } = await addNotice(person.id);

    expect(await worker().runOnce()).toEqual({ ...NOTHING, sent: 1 });
    expect(fake.messages).toEqual([
      {
        channel: "miniapp",
        recipient: person.zaloId,
        templateId: "tpl-01",
        trackingId: outboxId,
        data: expect.objectContaining({
          contentDescription: expect.stringMatching(/^Hồ sơ HS-\S+ đã được tiếp nhận, hẹn trả ngày 12\/12\/2026\.$/),
          buttonText: "Xem hồ sơ",
          buttonUrl: `https://zalo.me/s/${MINIAPP_ID}/dossiers/${dossierId}`,
        }),
      },
    ]);
    const row = await outboxRow(outboxId);
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null, sentAt: START });
    expect(row.payload).toMatchObject({ action: "accept", status: "RECEIVED", delivery: { channel: "miniapp", messageId: "m1" } });

    expect(await worker().runOnce()).toEqual(NOTHING);
    expect(fake.messages).toHaveLength(1);
  });

  it("skips a citizen who has not opted in, and sends nothing", async () => {
    const { outboxId } = await addNotice((await addCitizen({ optIn: false, phone: PHONE })).id);
    expect(await worker().runOnce()).toEqual({ ...NOTHING, skipped: 1 });
    expect(await outboxRow(outboxId)).toMatchObject({ status: "skipped", lastError: "citizen has not opted in", sentAt: null });
    expect(fake.calls).toEqual([]);
  });

  it("falls back to ZNS by phone when the Mini App refuses the notice, and skips when no channel reaches the citizen", async () => {
    const { outboxId } = await addNotice((await addCitizen({ phone: PHONE })).id);
    fake.scriptNext("/notification/template", [{ status: 200, body: { error: -1502, message: "not allowed" } }]);
    expect(await worker().runOnce()).toEqual({ ...NOTHING, sent: 1 });
    expect(fake.messages).toEqual([
      { channel: "zns", recipient: "84912345678", templateId: "zns-1", trackingId: outboxId, data: expect.objectContaining({ status: "Đã tiếp nhận" }) },
    ]);
    expect((await outboxRow(outboxId)).payload).toMatchObject({ delivery: { channel: "zns", messageId: "z1" } });

    const phoneless = await addNotice((await addCitizen({ phone: null })).id);
    expect(await worker(sender({ zns: true })).runOnce()).toEqual({ ...NOTHING, skipped: 1 });
    expect(await outboxRow(phoneless.outboxId)).toMatchObject({ status: "skipped", lastError: "no channel reaches this citizen" });
  });

  it("retries a 429 no sooner than Retry-After, then sends exactly once", async () => {
    const { outboxId } = await addNotice((await addCitizen({ phone: PHONE })).id);
    fake.scriptNext("/notification/template", [{ status: 429, headers: { "retry-after": "30" }, body: { error: -429 } }]);

    expect(await worker().runOnce()).toEqual({ ...NOTHING, retried: 1 });
    const waiting = await outboxRow(outboxId);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastError: "miniapp: http 429" });
    expect(waiting.nextAttemptAt.getTime() - START.getTime()).toBeGreaterThanOrEqual(30_000);
    // A rate-limited Mini App is no reason to pay for a ZNS.
    expect(callsTo("/message/template")).toBe(0);

    clock = new Date(START.getTime() + 29_000);
    expect(await worker().runOnce()).toEqual(NOTHING);
    clock = waiting.nextAttemptAt;
    expect(await worker().runOnce()).toEqual({ ...NOTHING, sent: 1 });
    expect(deliveriesOf(outboxId)).toHaveLength(1);
    expect(await outboxRow(outboxId)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
  });

  it("dead-letters after 8 failed attempts with growing jittered delays, leaving the dossier untouched", async () => {
    const { outboxId, dossierId } = await addNotice((await addCitizen()).id);
    const before = (await db.select().from(dossier).where(eq(dossier.id, dossierId)))[0];
    fake.scriptNext("/notification/template", Array.from({ length: MAX_ATTEMPTS }, () => "http500" as const));
    const relay = worker(sender({ miniApp: true }));

    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await relay.runOnce()).toEqual({ ...NOTHING, retried: 1 });
      const row = await outboxRow(outboxId);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lastError: "miniapp: http 500" });
      const delay = row.nextAttemptAt.getTime() - clock.getTime();
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(RETRY_BASE_MS * 2 ** (attempt - 1));
      clock = row.nextAttemptAt;
    }
    expect(await relay.runOnce()).toEqual({ ...NOTHING, dead: 1 });
    expect(await outboxRow(outboxId)).toMatchObject({ status: "dead", attempts: MAX_ATTEMPTS, sentAt: null, lastError: "miniapp: http 500" });
    const deadLine = lines.find((l) => l.includes("notification dead-lettered") && l.includes(outboxId));
    expect(deadLine).toContain('"level":"error"');

    clock = new Date(clock.getTime() + 24 * 3_600_000);
    expect(await relay.runOnce()).toEqual(NOTHING);
    expect(callsTo("/notification/template")).toBe(MAX_ATTEMPTS);
    expect(fake.messages).toEqual([]);
    expect((await db.select().from(dossier).where(eq(dossier.id, dossierId)))[0]).toEqual(before);
  });

  it("dead-letters a malformed payload at once rather than retrying it", async () => {
    const person = await addCitizen();
    const [row] = await db.insert(outbox).values({ topic: "dossier.status_changed", citizenId: person.id, payload: { action: "accept" }, nextAttemptAt: START }).returning();
    expect(await worker().runOnce()).toEqual({ ...NOTHING, dead: 1 });
    expect(await outboxRow(row!.id)).toMatchObject({ status: "dead", attempts: 1, lastError: "malformed payload" });
    expect(fake.calls).toEqual([]);
  });

  it("leaves other topics to whoever relays them", async () => {
    const [row] = await db.insert(outbox).values({ topic: "desk.something", payload: {}, nextAttemptAt: START }).returning();
    expect(await worker().runOnce()).toEqual(NOTHING);
    expect(await outboxRow(row!.id)).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("sends each message exactly once when two workers run at the same time", async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => addCitizen()));
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await addNotice(people[i % people.length]!.id)).outboxId);

    const drain = async (relay: ReturnType<typeof worker>) => {
      let sent = 0;
      for (;;) {
        const run = await relay.runOnce();
        if (run.sent === 0) return sent;
        sent += run.sent;
      }
    };
    const [a, b] = await Promise.all([drain(worker(sender(), 3)), drain(worker(sender(), 3))]);
    expect(a + b).toBe(20);
    expect(fake.messages.map((m) => m.trackingId).sort()).toEqual([...ids].sort());
    const rows = await db.select({ status: outbox.status, attempts: outbox.attempts }).from(outbox);
    expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
  });

  it("Killing the worker between commit and send loses no notification and never sends one twice under the same tracking id", async () => {
    const { outboxId } = await addNotice((await addCitizen()).id);
    // The killed worker: its claim committed (lease taken, attempt counted), then nothing more.
    const claimed = await claimDue(db, { topics: ["dossier.status_changed"], now: clock, limit: 10, leaseMs: LEASE_MS });
    expect(claimed.map((m) => m.id)).toEqual([outboxId]);

    expect(await worker().runOnce()).toEqual(NOTHING);
    clock = new Date(START.getTime() + LEASE_MS);
    expect(await worker().runOnce()).toEqual({ ...NOTHING, sent: 1 });
    expect(deliveriesOf(outboxId)).toHaveLength(1);
    expect(await outboxRow(outboxId)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("re-sends at most once, under the same tracking id, a message Zalo accepted but the killed worker never recorded", async () => {
    const { outboxId } = await addNotice((await addCitizen()).id);
    const s = sender();
    const [claim] = await claimDue(db, { topics: s.topics, now: clock, limit: 10, leaseMs: LEASE_MS });
    expect(await s.send(claim!)).toMatchObject({ kind: "sent" });
    // …and the process dies before `settle`. After the lease another worker sends it again.

    clock = new Date(START.getTime() + LEASE_MS);
    expect(await worker().runOnce()).toEqual({ ...NOTHING, sent: 1 });
    // At-least-once: a second delivery is possible, but it carries the same tracking_id, by which
    // ZNS dedupes (reliability.md §3.1; semantics to confirm with Zalo), and never a third.
    const deliveries = deliveriesOf(outboxId);
    expect(deliveries.length).toBeLessThanOrEqual(2);
    expect(fake.messages.every((m) => m.trackingId === outboxId)).toBe(true);
    // Were the dead worker to come back, its stale lease could no longer write anything.
    expect(await settle(db, claim!, { status: "dead", error: "late" })).toBe(false);
    expect(await outboxRow(outboxId)).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("polls in the background once started, and stop() waits for the batch in flight", async () => {
    const { outboxId } = await addNotice((await addCitizen()).id);
    const relay = worker();
    relay.start();
    await vi.waitFor(() => expect(fake.messages).toHaveLength(1), { timeout: 5000 });
    await relay.stop();
    expect((await outboxRow(outboxId)).status).toBe("sent");
  });

  it("never logs a phone number or a credential", () => {
    const text = lines.join("\n");
    expect(text).toContain("notification sent");
    expect(text).toContain("notification failed; will retry");
    for (const secret of [PHONE, "84912345678", "0912345678", API_KEY, ZNS_TOKEN]) expect(text).not.toContain(secret);
  });
});
