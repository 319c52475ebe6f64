import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/client.ts";

export interface ChainBreak {
  eventId: number;
  dossierId: string;
}

/**
 * Recomputes every dossier event's digest and link in the database (migration 0008 holds the one
 * definition of the digest). A row listed here was rewritten, or a row before it removed, by
 * someone who could bypass the append-only triggers.
 */
export async function findChainBreaks(db: Db): Promise<ChainBreak[]> {
  const rows = await queryRows<{ id: string | number; dossier_id: string }>(db, sql`select id, dossier_id from dossier_event_chain_breaks()`);
  return rows.map((r) => ({ eventId: Number(r.id), dossierId: r.dossier_id }));
}
