import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import pg from "pg";
import { openDatabase } from "../db/client.ts";
import { migrateDatabase, migrationsFolder } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** Template database for per-worker PostgreSQL databases; null when no server is reachable. */
    postgresTemplate: { adminUrl: string; template: string; prefix: string } | null;
  }
}

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

function migrationsHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else hash.update(name.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest("hex").slice(0, 16);
}

/** A migrated PGlite data directory, rebuilt only when the migrations change. */
async function pgliteTemplate(): Promise<string> {
  const cacheDir = join(import.meta.dirname, "../../.cache");
  const file = join(cacheDir, `pglite-template-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return file;
  const database = await openDatabase({ kind: "pglite" });
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir("gzip");
  await database.close();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

async function postgresTemplate(): Promise<{ adminUrl: string; template: string; prefix: string } | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${ADMIN_URL}: ${(err as Error).message}`);
    process.stderr.write(`\n[tests] PostgreSQL not reachable at ${ADMIN_URL}: the PostgreSQL suite is skipped.\n\n`);
    return null;
  }
  const prefix = `motcua_t${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_tpl`;
  try {
    await admin.query(`create database ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${template}`;
  const database = await openDatabase({ kind: "postgres", url: url.toString(), poolSize: 2 });
  await migrateDatabase(database);
  await database.close();
  return { adminUrl: ADMIN_URL, template, prefix };
}

async function dropRunDatabases(prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${prefix}%`]);
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  project.provide("pgliteTemplate", await pgliteTemplate());
  const postgres = await postgresTemplate();
  project.provide("postgresTemplate", postgres);
  return async () => {
    if (postgres) await dropRunDatabases(postgres.prefix);
  };
}
