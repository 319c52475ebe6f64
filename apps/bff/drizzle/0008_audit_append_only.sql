ALTER TABLE "dossier_event" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The audit trail is append-only: no role that reaches these tables through the app may rewrite or
-- remove what happened. Statement triggers, so even a statement that matches no row is refused. Superusers can still bypass triggers (session_replication_role), which is
-- why the dossier trail also carries a digest chain that a later check recomputes.
CREATE FUNCTION "audit_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit table % is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "dossier_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "dossier_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "feedback_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "feedback_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "appointment_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "appointment_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "appointment_schedule_change_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "appointment_schedule_change" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
CREATE TRIGGER "id_reveal_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "id_reveal" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();--> statement-breakpoint
-- quote_nullable keeps NULL and '' apart and escapes the separator; the instant is taken in
-- microseconds since the epoch so the session's TimeZone cannot change the digest.
CREATE FUNCTION "dossier_event_digest"("prev" text, "e" "dossier_event") RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    quote_nullable(prev), e.id::text, e.dossier_id::text,
    (extract(epoch FROM e.at) * 1000000)::bigint::text,
    quote_nullable(e.actor_type), quote_nullable(e.actor_id::text), quote_nullable(e.action),
    quote_nullable(e.from_status), quote_nullable(e.to_status), quote_nullable(e.note),
    quote_nullable(e.data::text)
  ), 'UTF8')), 'hex')
$$;--> statement-breakpoint
-- Chained per dossier: locking the dossier row makes concurrent events of one dossier take turns,
-- while events of different dossiers never wait for each other. The id is drawn again once the
-- lock is held, so a dossier's events are numbered in the order they joined the chain.
CREATE FUNCTION "dossier_event_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "dossier" WHERE "id" = NEW."dossier_id" FOR NO KEY UPDATE;
  NEW."id" := nextval(pg_get_serial_sequence('"dossier_event"', 'id'));
  SELECT "hash" INTO NEW."prev_hash" FROM "dossier_event"
    WHERE "dossier_id" = NEW."dossier_id" ORDER BY "id" DESC LIMIT 1;
  NEW."hash" := "dossier_event_digest"(NEW."prev_hash", NEW);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "dossier_event_chain" BEFORE INSERT ON "dossier_event" FOR EACH ROW EXECUTE FUNCTION "dossier_event_chain"();--> statement-breakpoint
-- Events recorded before this migration join the chain in their original order.
ALTER TABLE "dossier_event" DISABLE TRIGGER "dossier_event_append_only";--> statement-breakpoint
WITH RECURSIVE ordered AS (
  SELECT e.*, row_number() OVER (PARTITION BY e.dossier_id ORDER BY e.id) AS n FROM "dossier_event" e
), chained AS (
  SELECT o.id, o.dossier_id, o.n, NULL::text AS prev_hash, "dossier_event_digest"(NULL, (o.id, o.dossier_id, o.at, o.actor_type, o.actor_id, o.action, o.from_status, o.to_status, o.note, o.data, NULL, '')::"dossier_event") AS hash
    FROM ordered o WHERE o.n = 1
  UNION ALL
  SELECT o.id, o.dossier_id, o.n, c.hash, "dossier_event_digest"(c.hash, (o.id, o.dossier_id, o.at, o.actor_type, o.actor_id, o.action, o.from_status, o.to_status, o.note, o.data, c.hash, '')::"dossier_event")
    FROM chained c JOIN ordered o ON o.dossier_id = c.dossier_id AND o.n = c.n + 1
)
UPDATE "dossier_event" e SET "prev_hash" = chained.prev_hash, "hash" = chained.hash FROM chained WHERE e.id = chained.id;--> statement-breakpoint
ALTER TABLE "dossier_event" ENABLE TRIGGER "dossier_event_append_only";--> statement-breakpoint
-- The rows whose digest or link no longer matches: empty unless someone bypassed the triggers.
CREATE FUNCTION "dossier_event_chain_breaks"() RETURNS TABLE("id" bigint, "dossier_id" uuid) LANGUAGE sql STABLE AS $$
  SELECT l.id, l.dossier_id FROM (
    SELECT e.id, e.dossier_id, e.prev_hash, e.hash,
      lag(e.hash) OVER (PARTITION BY e.dossier_id ORDER BY e.id) AS linked,
      "dossier_event_digest"(e.prev_hash, e) AS digest
    FROM "dossier_event" e
  ) l
  WHERE l.prev_hash IS DISTINCT FROM l.linked OR l.hash <> l.digest
  ORDER BY l.id
$$;
