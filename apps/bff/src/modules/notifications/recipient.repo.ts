import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { citizen, dossier } from "../../db/schema/index.ts";

export interface Recipient {
  zaloId: string;
  /** E.164. */
  phone: string | null;
  notifyOptIn: boolean;
  /** Of the dossier the notice is about. */
  dueAt: Date | null;
}

/** Read at send time, so withdrawn consent or a changed number counts even for queued notices. */
export async function findRecipient(db: Db, citizenId: string, dossierId: string): Promise<Recipient | undefined> {
  const [row] = await db
    .select({ zaloId: citizen.zaloId, phone: citizen.phone, notifyOptIn: citizen.notifyOptIn, dueAt: dossier.dueAt })
    .from(citizen)
    .leftJoin(dossier, eq(dossier.id, dossierId))
    .where(eq(citizen.id, citizenId));
  return row;
}

/** The citizen alone, for notices about something other than a dossier. */
export async function findCitizenRecipient(db: Db, citizenId: string): Promise<Omit<Recipient, "dueAt"> | undefined> {
  const [row] = await db.select({ zaloId: citizen.zaloId, phone: citizen.phone, notifyOptIn: citizen.notifyOptIn }).from(citizen).where(eq(citizen.id, citizenId));
  return row;
}
