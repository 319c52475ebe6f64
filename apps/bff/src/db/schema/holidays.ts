import { sql } from "drizzle-orm";
import { boolean, check, date, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { DayKind, EntryStatus } from "@motcua/calendar";
import { officer } from "./desk.ts";

/**
 * Managers' changes to the bundled holiday tables (@motcua/calendar), one row per date: the
 * government's yearly swaps announced after a release, local closures, provisional days confirmed.
 */
export const holidayOverride = pgTable(
  "holiday_override",
  {
    date: date({ mode: "string" }).primaryKey(),
    kind: text().$type<DayKind>().notNull(),
    name: text().notNull(),
    status: text().$type<EntryStatus>().notNull(),
    /** True: the bundled entry of this date does not apply. Kept as a row so the change stays audited. */
    removed: boolean().notNull().default(false),
    updatedBy: uuid("updated_by").references(() => officer.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("holiday_override_kind_known", sql`${t.kind} in ('HOLIDAY','COMPENSATORY','SWAPPED_OFF','MAKEUP_WORKDAY')`),
    check("holiday_override_status_known", sql`${t.status} in ('OFFICIAL','PROVISIONAL')`),
  ],
);
