import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { DossierCreated } from "@motcua/contracts";
import { startAppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { harnessPerSuite } from "../test/harness-per-suite.ts";
import { expectProblem, filingTables, readyFiling, rowCount, submitDossier } from "./scenario-kit.ts";

describe.each(dbKinds)("Idempotency-Key scenarios against the real app (%s)", (kind) => {
  const h = harnessPerSuite(() => startAppHarness(kind), (app) => truncate(app.services.database.db, filingTables));

  const db = () => h.services.database.db;
  const counts = async () => ({
    dossier: await rowCount(db(), "dossier"),
    event: await rowCount(db(), "dossier_event"),
    notice: await rowCount(db(), "outbox"),
    key: await rowCount(db(), "idempotency_key"),
  });

  it("#30 the same key and body replayed get the same status, JSON body and Location; one dossier, one event, one notification", async () => {
    const { token, body } = await readyFiling(h);
    const key = randomUUID();
    const first = await submitDossier(h, token, body, key);
    const firstBody: unknown = await first.json();
    for (let replay = 0; replay < 3; replay++) {
      const again = await submitDossier(h, token, body, key);
      expect(again.status).toBe(first.status);
      expect(again.headers.get("location")).toBe(first.headers.get("location"));
      // The same JSON value; its members may come back in another order (the stored copy is jsonb).
      expect(await again.json()).toEqual(firstBody);
    }
    expect(first.status).toBe(201);
    expect(await counts()).toEqual({ dossier: 1, event: 1, notice: 1, key: 1 });
  });

  it("#31 ten concurrent submissions under one key make one dossier; the others replay it or get 409 IN_PROGRESS with Retry-After", async () => {
    const { token, body } = await readyFiling(h);
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => submitDossier(h, token, body, key)));
    const ids = new Set<string>();
    for (const res of responses) {
      if (res.status === 201) {
        ids.add(((await res.json()) as DossierCreated).id);
      } else {
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
        await expectProblem(res, 409, "IN_PROGRESS");
      }
    }
    expect(ids.size).toBe(1);
    const settled = await submitDossier(h, token, body, key);
    expect(((await settled.json()) as DossierCreated).id).toBe([...ids][0]);
    expect(await counts()).toEqual({ dossier: 1, event: 1, notice: 1, key: 1 });
  });

  it("#32 the key with another body is 422 IDEMPOTENCY_KEY_REUSED and stores nothing; the same key from another citizen is independent", async () => {
    const a = await readyFiling(h, "Người A");
    const key = randomUUID();
    const first = (await (await submitDossier(h, a.token, a.body, key)).json()) as DossierCreated;

    const changed = { ...a.body, applicant: { ...a.body.applicant, fullName: "Nguyễn Thị Bình An" } };
    await expectProblem(await submitDossier(h, a.token, changed, key), 422, "IDEMPOTENCY_KEY_REUSED");
    expect(await counts()).toEqual({ dossier: 1, event: 1, notice: 1, key: 1 });

    const b = await readyFiling(h, "Người B");
    const other = await submitDossier(h, b.token, b.body, key);
    expect(other.status).toBe(201);
    const theirs = (await other.json()) as DossierCreated;
    expect(theirs.id).not.toBe(first.id);
    const mine = (await (await submitDossier(h, a.token, a.body, key)).json()) as DossierCreated;
    expect(mine.id).toBe(first.id);
    expect(await counts()).toEqual({ dossier: 2, event: 2, notice: 2, key: 2 });
  });
});
