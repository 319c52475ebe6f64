CREATE TABLE "daily_sequence" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "daily_sequence_agency_code_day_pk" PRIMARY KEY("agency_code","day")
);
--> statement-breakpoint
CREATE TABLE "id_reveal" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "id_reveal_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"officer_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"full_name" text NOT NULL,
	"agency_code" text NOT NULL,
	"roles" text[] NOT NULL,
	"failed_attempts" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_username_unique" UNIQUE("username"),
	CONSTRAINT "officer_username_lower" CHECK ("officer"."username" = lower("officer"."username")),
	CONSTRAINT "officer_roles_known" CHECK ("officer"."roles" <@ array['desk','processor','manager','admin']::text[] and cardinality("officer"."roles") > 0)
);
--> statement-breakpoint
ALTER TABLE "daily_sequence" ADD CONSTRAINT "daily_sequence_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "id_reveal" ADD CONSTRAINT "id_reveal_officer_id_officer_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."officer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "id_reveal" ADD CONSTRAINT "id_reveal_dossier_id_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer" ADD CONSTRAINT "officer_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "id_reveal_dossier_idx" ON "id_reveal" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "id_reveal_officer_idx" ON "id_reveal" USING btree ("officer_id","at");--> statement-breakpoint
CREATE INDEX "officer_agency_idx" ON "officer" USING btree ("agency_code");