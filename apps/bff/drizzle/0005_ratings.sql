CREATE TABLE "dossier_rating" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"citizen_id" uuid NOT NULL,
	"level" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"comment" text,
	"first_rated_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dossier_rating_level_known" CHECK ("dossier_rating"."level" in ('VERY_SATISFIED','SATISFIED','DISSATISFIED'))
);
--> statement-breakpoint
ALTER TABLE "dossier_rating" ADD CONSTRAINT "dossier_rating_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_rating" ADD CONSTRAINT "dossier_rating_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_rating_first_rated_idx" ON "dossier_rating" USING btree ("first_rated_at");