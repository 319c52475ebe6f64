import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { RatingCriteria, SatisfactionLevel } from "@motcua/contracts";
import { dossier } from "./dossiers.ts";
import { citizen } from "./identity.ts";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The citizen's satisfaction rating of one delivered dossier (Decision 766/QĐ-TTg): one row per
 * dossier, replaced in place while it may still change; every version is in the dossier's events.
 */
export const dossierRating = pgTable(
  "dossier_rating",
  {
    dossierId: uuid("dossier_id")
      .primaryKey()
      .references(() => dossier.id),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    level: text().$type<SatisfactionLevel>().notNull(),
    criteria: jsonb().$type<RatingCriteria>().notNull(),
    comment: text(),
    /** The change window runs from here; replacing the rating never moves it. */
    firstRatedAt: at("first_rated_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    check("dossier_rating_level_known", sql`${t.level} in ('VERY_SATISFIED','SATISFIED','DISSATISFIED')`),
    // Statistics read ratings by period.
    index("dossier_rating_first_rated_idx").on(t.firstRatedAt),
  ],
);
