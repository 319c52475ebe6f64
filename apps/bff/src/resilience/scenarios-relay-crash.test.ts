import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DossierCreated, DossierDetail } from "@motcua/contracts";
import { startBffProcess, type BffProcess } from "../test/bff-process.ts";
import { startFakeZalo, type FakeZalo } from "../test/fake-zalo.ts";
import { devSignIn, prepareFiling, submit } from "./filing-over-http.ts";
import { freshPostgresUrl } from "./scenario-kit.ts";

const MINIAPP_ID = "3141592653589793";
const API_KEY = "scenario-notify-api-key";

describe("#36 SIGKILL between a committed filing and its notification (BFF process, fake Zalo)", () => {
  let fake: FakeZalo;
  let dataDir: string;
  let databaseUrl: string | undefined;
  let bff: BffProcess | undefined;

  beforeAll(async () => {
    fake = await startFakeZalo({ appSecret: "unused", notify: { apiKey: API_KEY, miniAppId: MINIAPP_ID } });
    dataDir = mkdtempSync(join(tmpdir(), "motcua-relay-"));
    databaseUrl = await freshPostgresUrl("relay_crash");
  });
  afterAll(async () => {
    await bff?.stop();
    await fake?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const withRelay = (pollMs: number, port?: number) =>
    startBffProcess({
      dataDir,
      port,
      env: {
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        ZALO_MINIAPP_ID: MINIAPP_ID,
        ZALO_NOTIFY_API_KEY: API_KEY,
        ZALO_NOTIFY_URL: fake.url,
        NOTIFY_POLL_MS: String(pollMs),
      },
    });

  it("#36 the filing and its outbox row survive the kill together; after restart the relay sends the notice once, under one tracking id", async () => {
    // A relay that would first look an hour from now: the kill lands after the commit, before any send.
    const first = await withRelay(3_600_000);
    bff = first;
    const token = await devSignIn(first.url);
    const optIn = await fetch(`${first.url}/api/v1/me/notifications`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ optIn: true }),
    });
    expect(optIn.status).toBe(200);
    const filed = await submit(first.url, token, randomUUID(), await prepareFiling(first.url, token));
    expect(filed.status).toBe(201);
    const { id } = (await filed.json()) as DossierCreated;
    await first.kill();
    expect(fake.messages).toEqual([]);

    bff = await withRelay(200, first.port);
    await vi.waitFor(() => expect(fake.messages.length).toBeGreaterThan(0), { timeout: 15_000, interval: 100 });
    // Several more relay rounds: a second send of the same notice would show by now.
    await new Promise((r) => setTimeout(r, 1500));
    expect(fake.messages).toHaveLength(1);
    const [notice] = fake.messages;
    expect(notice).toMatchObject({ channel: "miniapp", data: { buttonUrl: expect.stringContaining(id) } });
    expect(notice!.trackingId).toMatch(/^[0-9a-f-]{36}$/);

    const detail = (await (await fetch(`${bff.url}/api/v1/me/dossiers/${id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as DossierDetail;
    expect(detail).toMatchObject({ status: "SUBMITTED", version: 1 });
    expect(detail.timeline).toHaveLength(1);
  }, 90_000);
});
