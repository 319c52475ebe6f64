import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { Procedure } from "@motcua/contracts";
import { openDatabase, pgliteDataDir, queryRows, type Database } from "../src/db/client.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { procedures } from "../src/db/seed/catalog/index.ts";
import { seedCatalogIfEmpty } from "../src/db/seed/seed.ts";
import { createLogger } from "../src/logger.ts";
import { upsertCatalog } from "../src/modules/catalog/catalog.repo.ts";

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A filing with no documents to attach, so the benchmark measures the submission path alone. */
export const BENCH_PROCEDURE_CODE = "8.000001";

export function benchProcedure(): Procedure {
  const base = procedures.find((p) => p.code === "1.001193")!;
  return {
    ...base,
    code: BENCH_PROCEDURE_CODE,
    localCode: `${BENCH_PROCEDURE_CODE}.000.00.00.H19`,
    name: "Thủ tục dùng cho đo hiệu năng (không đính kèm)",
    requirements: [],
    verified: false,
    sourceNote: "benchmark only",
  };
}

/** The load profile's filing: one photo attached, as most citizens' filings have. */
export const BENCH_ATTACHMENT_PROCEDURE_CODE = "8.000002";

export function benchProcedureWithAttachment(): Procedure {
  const base = benchProcedure();
  return {
    ...base,
    code: BENCH_ATTACHMENT_PROCEDURE_CODE,
    localCode: `${BENCH_ATTACHMENT_PROCEDURE_CODE}.000.00.00.H19`,
    name: "Thủ tục dùng cho đo tải (một ảnh đính kèm)",
    requirements: [
      {
        id: "anh-giay-to",
        name: "Ảnh chụp giấy tờ",
        originals: 0,
        copies: 1,
        required: true,
        condition: null,
        presentOnly: false,
        acceptedTypes: ["jpeg", "png", "pdf"],
        maxFiles: 2,
        template: null,
      },
    ],
  };
}

export interface BenchDatabase {
  env: Record<string, string>;
  /** Runs SQL against the benchmark database from the bench process (PostgreSQL only). */
  database?: Database;
  drop(): Promise<void>;
}

async function prepare(database: Database): Promise<void> {
  const logger = createLogger("silent");
  await migrateDatabase(database);
  await seedCatalogIfEmpty(database.db, logger);
  await upsertCatalog(database.db, { agencies: [], sectors: [], procedures: [benchProcedure(), benchProcedureWithAttachment()] });
}

/** A migrated, seeded PGlite data directory that the BFF process then opens on its own. */
export async function preparePglite(): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "motcua-bench-"));
  const database = await openDatabase({ kind: "pglite", dataDir: pgliteDataDir(dataDir) });
  await prepare(database);
  await database.close();
  return { env: { DATA_DIR: dataDir }, drop: async () => undefined };
}

/** A throw-away PostgreSQL database, or undefined when no server answers. */
export async function preparePostgres(): Promise<BenchDatabase | undefined> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `motcua_bench_${process.pid}`;
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 4 });
  await prepare(database);
  return {
    env: { DATABASE_URL: url.toString(), DATA_DIR: mkdtempSync(join(tmpdir(), "motcua-bench-")) },
    database,
    drop: async () => {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Fills PostgreSQL with `count` submitted dossiers whose lookup secret is `secret`, in one
 * set-based statement (the same SHA-256 the service computes), and returns some references.
 */
export async function fillDossiers(database: Database, count: number, secret: string): Promise<string[]> {
  const { db } = database;
  await db.execute(sql`insert into citizen (zalo_id, name) values ('bench', 'Bench') on conflict do nothing`);
  await db.execute(sql`
    insert into dossier (reference, lookup_secret_hash, procedure_code, procedure_version, agency_code, citizen_id, channel, status,
                         applicant, id_number_sealed, id_number_hash, id_number_last4, answers, delivery, submitted_at)
    select ref, rtrim(translate(encode(sha256(convert_to(ref || ':' || ${secret}, 'UTF8')), 'base64'), '+/', '-_'), '='),
           '1.001193', 1, (select code from agency where level = 'COMMUNE' limit 1), (select id from citizen where zalo_id = 'bench'),
           'ONLINE', 'SUBMITTED', '{}'::jsonb, 'sealed', 'hash', '0000', '{}'::jsonb, '{"method":"counter"}'::jsonb, now()
    from (select 'HS-' || upper(lpad(to_hex(g >> 16), 4, '0')) || '-' || upper(lpad(to_hex(g & 65535), 4, '0')) as ref
          from generate_series(1, ${count}) g) refs`);
  await db.execute(sql`analyze dossier`);
  const rows = await queryRows<{ reference: string }>(
    db,
    sql`select reference from dossier where citizen_id = (select id from citizen where zalo_id = 'bench') order by random() limit 1000`,
  );
  return rows.map((r) => r.reference);
}
