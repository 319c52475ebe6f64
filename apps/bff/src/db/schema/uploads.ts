import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { UploadKind } from "@motcua/contracts";
import { dossier } from "./dossiers.ts";
import { citizen } from "./identity.ts";

/**
 * A file a citizen uploaded, before and after a dossier attaches it. The object lives in storage
 * under `storageKey`, a random uuid: nothing the client sent ever becomes part of a path.
 */
export const upload = pgTable(
  "upload",
  {
    id: uuid().primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id")
      .notNull()
      .references(() => citizen.id),
    storageKey: text("storage_key").notNull().unique(),
    displayName: text("display_name").notNull(),
    contentType: text("content_type").notNull(),
    kind: text().$type<UploadKind>().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Only meaningful while `dossierId` is null: the sweeper removes unattached uploads after it. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    dossierId: uuid("dossier_id").references(() => dossier.id),
    requirementId: text("requirement_id"),
  },
  (t) => [
    // Serves the rolling 24-hour quota query.
    index("upload_citizen_created_idx").on(t.citizenId, t.createdAt),
    // The sweeper only ever scans unattached rows.
    index("upload_unattached_expires_idx").on(t.expiresAt).where(sql`${t.dossierId} is null`),
    index("upload_dossier_idx").on(t.dossierId),
  ],
);
