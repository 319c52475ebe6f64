-- Diacritic-insensitive search in SQL (officer console, reports): unaccent + trigram.
-- Both extensions are trusted (PG 13+), so a database owner may create them without superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is STABLE and cannot back an index; this wrapper pins the dictionary and is IMMUTABLE.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D')) $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS procedure_name_trgm_idx ON procedure USING gin (f_unaccent(lower(name)) gin_trgm_ops);--> statement-breakpoint
INSERT INTO catalog_revision (id, revision) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_catalog_revision() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN
    UPDATE catalog_revision SET revision = revision + 1, updated_at = now() WHERE id = 1;
    RETURN NULL;
  END $$;--> statement-breakpoint
CREATE TRIGGER agency_bumps_revision AFTER INSERT OR UPDATE OR DELETE ON agency
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();--> statement-breakpoint
CREATE TRIGGER sector_bumps_revision AFTER INSERT OR UPDATE OR DELETE ON sector
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();--> statement-breakpoint
CREATE TRIGGER procedure_bumps_revision AFTER INSERT OR UPDATE OR DELETE ON procedure
  FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_revision();
