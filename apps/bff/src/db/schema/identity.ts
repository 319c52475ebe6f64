import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const citizen = pgTable("citizen", {
  id: uuid().primaryKey().defaultRandom(),
  /** Scoped to our Zalo app; comes only from Zalo's Graph API, never from the client. */
  zaloId: text("zalo_id").notNull().unique(),
  name: text(),
  /** E.164, after the citizen agreed to share it. */
  phone: text(),
  phoneConsentAt: timestamp("phone_consent_at", { withTimezone: true }),
  notifyOptIn: boolean("notify_opt_in").notNull().default(false),
  notifyConsentAt: timestamp("notify_consent_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Our own bearer sessions. Only the token's SHA-256 is stored, so a database leak yields no tokens. */
export const session = pgTable(
  "session",
  {
    tokenHash: text("token_hash").primaryKey(),
    subjectType: text("subject_type").$type<"citizen" | "officer">().notNull(),
    subjectId: uuid("subject_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("session_subject_idx").on(t.subjectType, t.subjectId)],
);
