import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database, type Db } from "../db/client.ts";

export type DbKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when the server answered (CI requires it). */
export const dbKinds: DbKind[] = inject("postgresTemplate") ? ["pglite", "postgres"] : ["pglite"];

const opened = new Map<DbKind, Promise<Database>>();

/**
 * A new database copied from the run's migrated template, named under the run's prefix so its
 * teardown drops it; its URL, or undefined when this run has no PostgreSQL.
 */
export async function copyTemplateDatabase(suffix: string): Promise<string | undefined> {
  const tpl = inject("postgresTemplate");
  if (!tpl) return undefined;
  const name = `${tpl.prefix}_${suffix}`;
  const admin = new pg.Client({ connectionString: tpl.adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.query(`create database ${name} template ${tpl.template}`);
        break;
      } catch (err) {
        // Two workers copying the template at the same instant: one waits and tries again.
        if (attempt >= 10) throw err;
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(tpl.adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createWorkerPostgres(): Promise<Database> {
  // The pid, not VITEST_POOL_ID: with several projects in one run two live workers share a pool id.
  const url = await copyTemplateDatabase(`w${process.pid}`);
  if (!url) throw new Error("PostgreSQL is not available in this run");
  return openDatabase({ kind: "postgres", url });
}

/**
 * One migrated database of each kind per test worker, shared by the worker's files (they run one
 * after another). Files reset the tables they use with `truncate` before each test.
 */
export function testDatabase(kind: DbKind): Promise<Database> {
  let database = opened.get(kind);
  if (!database) {
    database =
      kind === "pglite"
        ? openDatabase({ kind: "pglite", loadDataDir: new Blob([readFileSync(inject("pgliteTemplate"))]) })
        : createWorkerPostgres();
    opened.set(kind, database);
  }
  return database;
}

/**
 * Empties tables between tests. The audit tables refuse TRUNCATE through a trigger, so this runs as
 * replication would (a superuser-only setting the test connection has and the app's role must not).
 * Work a previous test's server is still finishing (an aborted upload, a request racing its client's
 * timeout) can deadlock with it; PostgreSQL then cancels one side, and trying again settles it.
 */
export async function truncate(db: Db, tables: string[]): Promise<void> {
  const statement = sql.raw(`truncate ${tables.map((t) => `"${t}"`).join(", ")} restart identity cascade`);
  for (let attempt = 1; ; attempt++) {
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(statement);
      });
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "40P01" || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

export const catalogTables = ["procedure_version", "procedure", "agency", "sector"];
