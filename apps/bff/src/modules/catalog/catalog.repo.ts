import { and, eq, sql } from "drizzle-orm";
import type { Agency, Procedure, Sector } from "@motcua/contracts";
import type { Db } from "../../db/client.ts";
import { agency, catalogRevision, procedure, procedureVersion, sector } from "../../db/schema/index.ts";

export interface CatalogData {
  revision: number;
  agencies: Agency[];
  sectors: Sector[];
  procedures: Procedure[];
}

export async function readCatalogRevision(db: Db): Promise<number> {
  const [row] = await db.select({ revision: catalogRevision.revision }).from(catalogRevision).where(eq(catalogRevision.id, 1));
  return row?.revision ?? 0;
}

/** Reads the whole active catalog in one snapshot-consistent transaction. */
export async function loadCatalog(db: Db): Promise<CatalogData> {
  return db.transaction(
    async (tx) => {
      const revision = await readCatalogRevision(tx);
      const agencies = await tx
        .select({
          code: agency.code,
          name: agency.name,
          shortName: agency.shortName,
          level: agency.level,
          wardCode: agency.wardCode,
          address: agency.address,
          phone: agency.phone,
          email: agency.email,
          hours: agency.hours,
        })
        .from(agency);
      const sectors = await tx.select({ code: sector.code, name: sector.name }).from(sector);
      const rows = await tx.select({ content: procedure.content }).from(procedure).where(eq(procedure.active, true));
      return { revision, agencies, sectors, procedures: rows.map((r) => r.content) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export async function countProcedures(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(procedure);
  return row?.n ?? 0;
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/** Inserts or replaces agencies, sectors and procedures, recording each procedure version once. */
export async function upsertCatalog(
  db: Db,
  data: { agencies: Agency[]; sectors: Sector[]; procedures: Procedure[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const chunk of chunks(data.agencies, 500)) {
      await tx
        .insert(agency)
        .values(chunk)
        .onConflictDoUpdate({
          target: agency.code,
          set: {
            name: excluded("name"),
            shortName: excluded("short_name"),
            level: excluded("level"),
            wardCode: excluded("ward_code"),
            address: excluded("address"),
            phone: excluded("phone"),
            email: excluded("email"),
            hours: excluded("hours"),
            updatedAt: sql`now()`,
          },
        });
    }
    for (const chunk of chunks(data.sectors, 500)) {
      await tx
        .insert(sector)
        .values(chunk)
        .onConflictDoUpdate({ target: sector.code, set: { name: excluded("name"), updatedAt: sql`now()` } });
    }
    for (const chunk of chunks(data.procedures, 200)) {
      await tx
        .insert(procedure)
        .values(
          chunk.map((p) => ({
            code: p.code,
            localCode: p.localCode,
            name: p.name,
            level: p.level,
            sectorCode: p.sectorCode,
            agencyCode: p.agencyCode,
            onlineLevel: p.onlineLevel,
            version: p.version.number,
            content: p,
          })),
        )
        .onConflictDoUpdate({
          target: procedure.code,
          set: {
            localCode: excluded("local_code"),
            name: excluded("name"),
            level: excluded("level"),
            sectorCode: excluded("sector_code"),
            agencyCode: excluded("agency_code"),
            onlineLevel: excluded("online_level"),
            version: excluded("version"),
            content: excluded("content"),
            active: sql`true`,
            updatedAt: sql`now()`,
          },
        });
      await tx
        .insert(procedureVersion)
        .values(chunk.map((p) => ({ code: p.code, version: p.version.number, content: p })))
        .onConflictDoNothing();
    }
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function findProcedureVersion(db: Db, code: string, version: number): Promise<Procedure | undefined> {
  const [row] = await db
    .select({ content: procedureVersion.content })
    .from(procedureVersion)
    .where(and(eq(procedureVersion.code, code), eq(procedureVersion.version, version)));
  return row?.content;
}
