import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBffProcess, type BffProcess } from "../test/bff-process.ts";
import { tinyJpeg } from "../test/dossier-fixtures.ts";
import { canRunThrowawayPostgres, createThrowawayPostgres, type ThrowawayPostgres } from "../test/throwaway-postgres.ts";
import { devSignIn, myDossierCount, prepareFiling, submit } from "./filing-over-http.ts";

/** Files under `dir`, ignoring the temp folders whose leftovers the sweeper owns. */
function storedFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.includes(".tmp"))
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/**
 * Starts a 4 MB multipart upload and sends only its first `sendBytes`; resolves once they are on the
 * wire, leaving the request open, as a phone mid-upload would.
 */
function startSlowUpload(url: string, token: string, sendBytes: number): Promise<void> {
  const boundary = "----motcuacrash";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  const total = head.length + 4 * 1024 * 1024;
  return new Promise((resolve) => {
    const req = request(`${url}/api/v1/uploads`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": `multipart/form-data; boundary=${boundary}`, "Content-Length": String(total) },
    });
    req.on("error", () => {});
    req.write(head);
    req.write(Buffer.concat([tinyJpeg.subarray(0, 4), Buffer.alloc(sendBytes - 4, 0x55)]), () => setTimeout(resolve, 300));
  });
}

/**
 * Kills the BFF at `delay` ms into a submission and restarts it; checks what survived with `check`,
 * then retries under the same key. Returns the restarted process.
 */
async function crashDuringSubmission(
  bff: BffProcess,
  token: string,
  delay: number,
  check: (next: BffProcess) => Promise<void>,
): Promise<BffProcess> {
  const filing = await prepareFiling(bff.url, token);
  const key = randomUUID();
  const filed = await myDossierCount(bff.url, token);
  const inFlight = submit(bff.url, token, key, filing).catch(() => null);
  await new Promise((r) => setTimeout(r, delay));
  await bff.kill();
  await inFlight;
  const next = await bff.restart();
  await check(next);

  const retried = await submit(next.url, token, key, filing);
  expect(retried.status).toBe(201);
  const again = await submit(next.url, token, key, filing);
  expect(((await again.json()) as { id: string }).id).toBe(((await retried.json()) as { id: string }).id);
  expect(await myDossierCount(next.url, token)).toBe(filed + 1);
  return next;
}

describe.skipIf(!canRunThrowawayPostgres() && !process.env.CI)("PostgreSQL: kill -9 during an upload and during a submission", () => {
  let postgres: ThrowawayPostgres;
  let admin: pg.Client;
  let bff: BffProcess;
  let token: string;

  const count = async (query: string) => Number((await admin.query<{ n: string }>(query)).rows[0]!.n);

  beforeAll(async () => {
    postgres = await createThrowawayPostgres();
    bff = await startBffProcess({ env: { DATABASE_URL: postgres.url } });
    admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    token = await devSignIn(bff.url);
  }, 120_000);

  afterAll(async () => {
    await admin?.end();
    await bff?.stop();
    await postgres?.destroy();
  });

  it("an upload cut by the crash leaves no upload row and no stored file; the retried upload succeeds", async () => {
    const before = await count("select count(*) as n from upload");
    await startSlowUpload(bff.url, token, 1024 * 1024);
    await bff.kill();
    bff = await bff.restart();

    expect(await count("select count(*) as n from upload")).toBe(before);
    expect(storedFiles(join(bff.dataDir, "uploads"))).toHaveLength(before);
    const form = new FormData();
    form.set("file", new Blob([tinyJpeg]), "anh.jpg");
    const retried = await fetch(`${bff.url}/api/v1/uploads`, { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: form });
    expect(retried.status).toBe(201);
  });

  it("a submission cut at any point is either whole or absent, and its retry files exactly once", async () => {
    // Kill at several moments: before the request is read, while it is validated, around the commit.
    for (const delay of [0, 5, 15, 40]) {
      bff = await crashDuringSubmission(bff, token, delay, async () => {
        // Atomic: every dossier has its submission event and its notification in the outbox.
        expect(await count("select count(*) as n from dossier d where not exists (select 1 from dossier_event e where e.dossier_id = d.id)")).toBe(0);
        expect(await count("select count(*) as n from dossier d where not exists (select 1 from outbox o where o.dossier_id = d.id)")).toBe(0);
        expect(await count("select count(*) as n from idempotency_key where response_status is null")).toBe(0);
      });
    }
  });
});

// The embedded default writes PGlite's files itself; a kill -9 must not corrupt them or split a filing.
describe("PGlite on disk: kill -9 during a submission", () => {
  let bff: BffProcess;
  let token: string;

  beforeAll(async () => {
    bff = await startBffProcess();
    token = await devSignIn(bff.url);
  }, 120_000);

  afterAll(() => bff?.stop());

  it("restarts on intact data, and the retried filing exists exactly once with its history", async () => {
    for (const delay of [0, 20, 60]) {
      bff = await crashDuringSubmission(bff, token, delay, async (next) => {
        const list = (await (await fetch(`${next.url}/api/v1/me/dossiers`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: { id: string }[] };
        for (const { id } of list.items) {
          const detail = (await (await fetch(`${next.url}/api/v1/me/dossiers/${id}`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { timeline: unknown[] };
          expect(detail.timeline.length).toBeGreaterThan(0);
        }
      });
    }
  }, 180_000);
});
