import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTables } from "../db/app-role.ts";
import { startBffProcess, type BffProcess } from "../test/bff-process.ts";
import { copyTemplateDatabase, dbKinds } from "../test/db.ts";
import { devSignIn, prepareFiling, submit } from "./filing-over-http.ts";

async function refusalCode(client: pg.Client, statement: string): Promise<string | undefined> {
  try {
    await client.query(statement);
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
}

/**
 * Production's split of roles: the owner migrates and grants, the app logs in as a role that owns
 * nothing and may only add to the audit tables. PostgreSQL only: PGlite has one user.
 */
describe.runIf(dbKinds.includes("postgres"))("#39 the app's own role cannot rewrite the audit trail (PostgreSQL)", () => {
  const role = `motcua_app_${process.pid}`;
  let ownerUrl: string;
  let appUrl: string;
  let bff: BffProcess;
  let asApp: pg.Client;

  beforeAll(async () => {
    ownerUrl = (await copyTemplateDatabase(`role${process.pid}`))!;
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(`drop role if exists ${role}`);
    await owner.query(`create role ${role} login`);
    await owner.end();
    const url = new URL(ownerUrl);
    url.username = role;
    appUrl = url.toString();
    bff = await startBffProcess({ env: { DATABASE_URL: appUrl, DATABASE_MIGRATION_URL: ownerUrl } });
    asApp = new pg.Client({ connectionString: appUrl });
    await asApp.connect();
  }, 120_000);

  afterAll(async () => {
    await asApp?.end();
    await bff?.stop();
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query(`drop owned by ${role}`);
    await owner.end();
    const admin = new pg.Client({ connectionString: new URL("/postgres", ownerUrl).toString() });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(ownerUrl).pathname.slice(1)} with (force)`);
    await admin.query(`drop role if exists ${role}`);
    await admin.end();
  });

  it("the BFF runs as that role: it starts, files a dossier and records its event", async () => {
    const token = await devSignIn(bff.url);
    const res = await submit(bff.url, token, randomUUID(), await prepareFiling(bff.url, token));
    expect(res.status).toBe(201);
    const { rows } = await asApp.query<{ n: number }>("select count(*)::int as n from dossier_event");
    expect(rows[0]!.n).toBe(1);
    const breaks = await asApp.query("select * from dossier_event_chain_breaks()");
    expect(breaks.rows).toEqual([]);
  });

  it.each(auditTables)("%s: UPDATE, DELETE, TRUNCATE, disabling or dropping its trigger, and replica mode are all refused", async (table) => {
    for (const statement of [
      `update ${table} set at = at`,
      `delete from ${table}`,
      `truncate ${table}`,
      `alter table ${table} disable trigger ${table}_append_only`,
      `drop trigger ${table}_append_only on ${table}`,
      `set session_replication_role = replica`,
    ]) {
      expect(await refusalCode(asApp, statement), statement).toBe("42501");
    }
  });
});
