import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/client.ts";

/** How many rows of `table` match `where`, an SQL condition the test writes. */
export async function countRows(db: Db, table: string, where = "true"): Promise<number> {
  return (await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table} where ${where}`)))[0]!.n;
}
