import { localDate, type Override } from "@motcua/calendar";
import type { Db } from "../../db/client.ts";
import { holidayOverride } from "../../db/schema/index.ts";

export async function loadOverrides(db: Db): Promise<Override[]> {
  const rows = await db
    .select({
      date: holidayOverride.date,
      kind: holidayOverride.kind,
      name: holidayOverride.name,
      status: holidayOverride.status,
      removed: holidayOverride.removed,
    })
    .from(holidayOverride);
  return rows.map((row) => ({ ...row, date: localDate(row.date) }));
}

/** One row per date: a later change to the same date replaces the earlier one. */
export async function saveOverride(db: Db, override: Override, officerId: string): Promise<void> {
  const values = { ...override, updatedBy: officerId, updatedAt: new Date() };
  await db.insert(holidayOverride).values(values).onConflictDoUpdate({ target: holidayOverride.date, set: values });
}
