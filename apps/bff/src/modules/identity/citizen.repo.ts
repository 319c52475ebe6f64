import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { citizen } from "../../db/schema/index.ts";

export type CitizenRow = typeof citizen.$inferSelect;

/**
 * Creates the citizen on first sign-in and refreshes the name on later ones. A sign-in without a
 * name (Zalo gives only the id unless the user consented) keeps the one already known.
 */
export async function upsertCitizenByZaloId(db: Db, zaloId: string, name: string | undefined): Promise<CitizenRow> {
  const [row] = await db
    .insert(citizen)
    .values({ zaloId, name: name ?? null })
    .onConflictDoUpdate({
      target: citizen.zaloId,
      set: { name: sql`coalesce(excluded.name, ${citizen.name})`, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("citizen upsert returned no row");
  return row;
}

export async function findCitizenById(db: Db, id: string): Promise<CitizenRow | undefined> {
  const [row] = await db.select().from(citizen).where(eq(citizen.id, id));
  return row;
}

export async function setCitizenPhone(db: Db, id: string, phone: string, consentAt: Date): Promise<CitizenRow | undefined> {
  const [row] = await db
    .update(citizen)
    .set({ phone, phoneConsentAt: consentAt, updatedAt: consentAt })
    .where(eq(citizen.id, id))
    .returning();
  return row;
}

/** Opting out clears the consent time: a stored time always means consent currently given. */
export async function setCitizenNotifyOptIn(db: Db, id: string, optIn: boolean, at: Date): Promise<CitizenRow | undefined> {
  const [row] = await db
    .update(citizen)
    .set({ notifyOptIn: optIn, notifyConsentAt: optIn ? at : null, updatedAt: at })
    .where(eq(citizen.id, id))
    .returning();
  return row;
}
