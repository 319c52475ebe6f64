import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import type { Logger } from "../logger.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** Both drivers, and their transactions, satisfy this one type. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget =
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob }
  | { kind: "postgres"; url: string; poolSize?: number };

export interface Database {
  kind: DatabaseTarget["kind"];
  db: Db;
  /** The underlying PGlite, for snapshotting in tests; undefined on PostgreSQL. */
  pglite?: PGlite;
  pool?: pg.Pool;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const pgliteExtensions = { unaccent, pg_trgm };

export function pgliteDataDir(dataDir: string): string {
  return join(dataDir, "pglite");
}

export async function openDatabase(target: DatabaseTarget, logger?: Logger): Promise<Database> {
  if (target.kind === "pglite") {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    // Options object only: `new PGlite(dataDir, { extensions })` silently drops the extensions.
    const client = new PGlite({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      extensions: pgliteExtensions,
    });
    await client.waitReady;
    const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
    return {
      kind: "pglite",
      db,
      pglite: client,
      ping: async () => {
        await client.query("select 1");
      },
      close: () => client.close(),
    };
  }

  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 20,
    connectionTimeoutMillis: 2000,
    statement_timeout: 15_000,
    idle_in_transaction_session_timeout: 15_000,
  });
  // Without a listener an idle client's error (server restart, 57P01) crashes the process.
  pool.on("error", (err) => logger?.warn({ err }, "idle database client failed"));
  const db = drizzleNodePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    pool,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

/** Raw SQL for the few queries the builder cannot express; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
