import { randomUUID } from "node:crypto";
import { isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { upload } from "../db/schema/index.ts";
import { startAppHarness, type AppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { expectProblem, filingTables, readyFiling, rowCount, submitDossier } from "./scenario-kit.ts";

/**
 * A fault the code does not expect: the database refuses the filing's event with an error that is
 * neither a constraint nor a connection problem. The filing's personal data is in the failed
 * statement's parameters, which the driver puts in the error it throws.
 */
const FAULT_ON = [
  sql.raw(`create or replace function scenario_fault() returns trigger language plpgsql as $$ begin raise exception 'injected fault'; end $$`),
  sql.raw(`create trigger scenario_fault before insert on dossier_event for each row execute function scenario_fault()`),
];
const FAULT_OFF = [sql.raw(`drop trigger if exists scenario_fault on dossier_event`), sql.raw(`drop function if exists scenario_fault()`)];

describe.each(dbKinds)("unexpected faults against the real app (%s)", (kind) => {
  let h: AppHarness;

  beforeAll(async () => {
    h = await startAppHarness(kind);
  });
  afterAll(async () => {
    for (const statement of FAULT_OFF) await h.services.database.db.execute(statement);
    await h.close();
  });
  beforeEach(async () => {
    await truncate(h.services.database.db, filingTables);
  });

  const db = () => h.services.database.db;

  it("#40 an unexpected exception on a filing carrying a CCCD is a generic 500 with requestId: no stack, no CCCD or token in the answer or the logs, nothing half written", async () => {
    const { token, body } = await readyFiling(h);
    const key = randomUUID();
    const idNumbers = [body.applicant.idNumber, ...Object.values(body.answers).filter((v): v is string => typeof v === "string" && /^\d{12}$/.test(v))];
    expect(idNumbers.length).toBeGreaterThan(1);
    const logStart = h.logLines.length;

    for (const statement of FAULT_ON) await db().execute(statement);
    let res: Response;
    try {
      res = await submitDossier(h, token, body, key);
    } finally {
      for (const statement of FAULT_OFF) await db().execute(statement);
    }
    expect(res.headers.get("cache-control")).toBe("no-store");
    const answer = JSON.stringify(await expectProblem(res, 500, "INTERNAL"));
    expect(Object.keys(JSON.parse(answer) as object).sort()).toEqual(["code", "requestId", "status", "title", "type"]);

    const logs = h.logLines.slice(logStart).join("\n");
    expect(logs).toContain("unhandled error");
    expect(logs).toContain("injected fault");
    for (const secret of [...idNumbers, token, "912345678", body.applicant.phone]) {
      expect(answer).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
    expect(logs).not.toMatch(/\b\d{12}\b/);

    for (const table of ["dossier", "dossier_event", "outbox", "idempotency_key"]) expect(await rowCount(db(), table), table).toBe(0);
    expect((await db().select({ id: upload.id }).from(upload).where(isNull(upload.dossierId))).length).toBe(body.documents.length);

    // Nothing was remembered for the failed attempt: once the fault is gone the same key files once.
    const retried = await submitDossier(h, token, body, key);
    expect(retried.status).toBe(201);
    expect(await rowCount(db(), "dossier")).toBe(1);
  });
});
