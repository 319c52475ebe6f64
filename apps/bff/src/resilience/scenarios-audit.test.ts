import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DossierCreated } from "@motcua/contracts";
import { queryRows, type Db } from "../db/client.ts";
import { checkAuditChain } from "../jobs.ts";
import { findChainBreaks } from "../modules/audit/audit-chain.ts";
import { applyTransition } from "../modules/dossiers/transition.repo.ts";
import { startAppHarness, type AppHarness } from "../test/app-harness.ts";
import { dbKinds, truncate } from "../test/db.ts";
import { memoryLogger } from "../test/logger.ts";
import { filingTables, readyFiling, submitDossier } from "./scenario-kit.ts";

interface EventLink {
  id: number;
  prev_hash: string | null;
  hash: string;
}

/** What only a superuser can do: write with the triggers switched off, as a tamperer with the keys would. */
async function bypassingTriggers(db: Db, statement: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql.raw(statement));
  });
}

async function refusal(db: Db, statement: string): Promise<{ code?: string; message: string }> {
  try {
    await db.execute(sql.raw(statement));
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string; message?: string }; message: string };
    return { code: e.code ?? e.cause?.code, message: e.cause?.message ?? e.message };
  }
  throw new Error(`${statement} was not refused`);
}

describe.each(dbKinds)("#39 the audit trail is append-only and chained (%s)", (kind) => {
  let h: AppHarness;
  const db = () => h.services.database.db;

  beforeAll(async () => {
    h = await startAppHarness(kind);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await truncate(db(), [...filingTables, "feedback_event", "appointment_event", "appointment_schedule_change", "service_request_event"]);
  });

  /** A filed dossier taken through acceptance and processing: three events. */
  async function dossierWithHistory(): Promise<string> {
    const { token, body } = await readyFiling(h);
    const res = await submitDossier(h, token, body, randomUUID());
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as DossierCreated;
    const agencyCode = (await queryRows<{ agency_code: string }>(db(), sql`select agency_code from dossier where id = ${id}`))[0]!.agency_code;
    for (const action of ["accept", "start_processing"] as const) {
      await db().transaction((tx) => applyTransition(tx, { dossierId: id, action, actor: { type: "officer", id: null }, scope: { agencyCode }, now: new Date() }));
    }
    return id;
  }

  const links = (dossierId: string) =>
    queryRows<EventLink>(db(), sql`select id::int as id, prev_hash, hash from dossier_event where dossier_id = ${dossierId} order by id`);

  it("each event's digest links to the one before it, and the chain verifies", async () => {
    const id = await dossierWithHistory();
    const chain = await links(id);
    expect(chain).toHaveLength(3);
    expect(chain[0]!.prev_hash).toBeNull();
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.prev_hash).toBe(chain[i - 1]!.hash);
    for (const link of chain) expect(link.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await findChainBreaks(db())).toEqual([]);
  });

  it("a digest sent by the writer is ignored: the trigger computes it", async () => {
    const id = await dossierWithHistory();
    await db().execute(sql`insert into dossier_event (dossier_id, actor_type, action, to_status, prev_hash, hash) values (${id}, 'system', 'note', 'IN_PROGRESS', 'forged', 'forged')`);
    const last = (await links(id)).at(-1)!;
    expect(last.hash).not.toBe("forged");
    expect(last.prev_hash).toBe((await links(id)).at(-2)!.hash);
    expect(await findChainBreaks(db())).toEqual([]);
  });

  it("UPDATE, DELETE and TRUNCATE of any audit table are refused, and the rows stay as they were", async () => {
    const id = await dossierWithHistory();
    const before = await links(id);
    for (const statement of [
      `update dossier_event set note = 'rewritten' where dossier_id = '${id}'`,
      `delete from dossier_event where dossier_id = '${id}'`,
      `truncate dossier_event cascade`,
      `truncate dossier cascade`,
      `delete from feedback_event`,
      `update appointment_event set action = 'x'`,
      `delete from appointment_schedule_change`,
      `update id_reveal set reason = 'x'`,
      `truncate id_reveal`,
      `delete from service_request_event`,
    ]) {
      const { code, message } = await refusal(db(), statement);
      expect(code, statement).toBe("42501");
      expect(message, statement).toMatch(/append-only/);
    }
    expect(await links(id)).toEqual(before);
  });

  it("concurrent events of one dossier still form a single line", async () => {
    const id = await dossierWithHistory();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db().transaction(async (tx) => {
          await tx.execute(sql`insert into dossier_event (dossier_id, actor_type, action, to_status, note) values (${id}, 'system', 'note', 'IN_PROGRESS', ${`n${i}`})`);
        }),
      ),
    );
    const chain = await links(id);
    expect(chain).toHaveLength(23);
    expect(new Set(chain.map((l) => l.prev_hash)).size).toBe(23);
    expect(await findChainBreaks(db())).toEqual([]);
  });

  it("a row rewritten or removed behind the triggers' back is found, and the check logs it at error level", async () => {
    const id = await dossierWithHistory();
    const other = await dossierWithHistory();
    const [first, second, third] = await links(id);
    await bypassingTriggers(db(), `update dossier_event set note = 'rewritten' where id = ${second!.id}`);
    expect(await findChainBreaks(db())).toEqual([{ eventId: second!.id, dossierId: id }]);

    await bypassingTriggers(db(), `update dossier_event set note = null where id = ${second!.id}`);
    expect(await findChainBreaks(db())).toEqual([]);
    await bypassingTriggers(db(), `delete from dossier_event where id = ${second!.id}`);
    expect(await findChainBreaks(db())).toEqual([{ eventId: third!.id, dossierId: id }]);
    expect(first).toBeDefined();

    const { logger, lines } = memoryLogger();
    expect(await checkAuditChain({ database: h.services.database, logger })).toBe(1);
    const logged = lines.map((l) => JSON.parse(l) as { level: string; msg: string; brokenEvents?: number[] });
    expect(logged).toContainEqual(expect.objectContaining({ level: "error", msg: "dossier audit chain does not verify", brokenEvents: [third!.id] }));
    expect((await links(other)).length).toBe(3);
  });
});
