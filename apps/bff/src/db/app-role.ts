import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

/** What the app may only add to, never change: the audit trail of every record. */
export const auditTables = ["dossier_event", "feedback_event", "appointment_event", "appointment_schedule_change", "id_reveal", "service_request_event"] as const;

/**
 * Gives the app's login role read and write on the schema's tables, except that the audit tables
 * are insert-and-read only. Run by the owner after each migration, so new tables are covered; the
 * app role owns nothing, so it cannot drop or disable the append-only triggers either.
 */
export async function grantAppRole(ownerDb: Db, role: string): Promise<void> {
  const who = sql.identifier(role);
  const audit = sql.join(
    auditTables.map((t) => sql.identifier(t)),
    sql`, `,
  );
  await ownerDb.transaction(async (tx) => {
    await tx.execute(sql`grant usage on schema public to ${who}`);
    await tx.execute(sql`grant select, insert, update, delete on all tables in schema public to ${who}`);
    await tx.execute(sql`revoke update, delete, truncate on ${audit} from ${who}`);
    await tx.execute(sql`grant usage, select on all sequences in schema public to ${who}`);
  });
}

/** The role a PostgreSQL URL logs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
