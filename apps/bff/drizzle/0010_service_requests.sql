CREATE TABLE "service_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"agency_code" text NOT NULL,
	"status" text NOT NULL,
	"previous_status" text,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"contact_email" text,
	"topic" text,
	"topic_other" text,
	"question" text,
	"preferred_date" date,
	"preferred_period" text,
	"scheduled_date" date,
	"scheduled_time" text,
	"schedule_place" text,
	"schedule_note" text,
	"scheduled_at" timestamp with time zone,
	"source_language" text,
	"target_language" text,
	"declared_pages" integer,
	"notarised" boolean,
	"note" text,
	"quote_pages" integer,
	"quote_price_per_page" bigint,
	"quote_notarisation_fee" bigint,
	"quote_total" bigint,
	"quote_note" text,
	"quoted_at" timestamp with time zone,
	"answer" text,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"reject_reason" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_request_code_unique" UNIQUE("code"),
	CONSTRAINT "service_request_kind_known" CHECK ("service_request"."kind" in ('CONSULTING','TRANSLATION')),
	CONSTRAINT "service_request_status_known" CHECK ("service_request"."status" in ('SUBMITTED','QUOTED','ACCEPTED','SCHEDULED','IN_PROGRESS','COMPLETED','CANCELLED','REJECTED')),
	CONSTRAINT "service_request_consulting_complete" CHECK ("service_request"."kind" <> 'CONSULTING' or ("service_request"."topic" is not null and "service_request"."question" is not null and "service_request"."preferred_date" is not null and "service_request"."preferred_period" is not null)),
	CONSTRAINT "service_request_translation_complete" CHECK ("service_request"."kind" <> 'TRANSLATION' or ("service_request"."source_language" is not null and "service_request"."target_language" is not null and "service_request"."declared_pages" is not null and "service_request"."notarised" is not null)),
	CONSTRAINT "service_request_pair_has_vietnamese" CHECK ("service_request"."source_language" is null or ("service_request"."source_language" <> "service_request"."target_language" and 'vi' in ("service_request"."source_language", "service_request"."target_language"))),
	CONSTRAINT "service_request_quote_adds_up" CHECK ("service_request"."quote_total" is null or "service_request"."quote_total" = "service_request"."quote_pages" * "service_request"."quote_price_per_page" + "service_request"."quote_notarisation_fee")
);
--> statement-breakpoint
CREATE TABLE "service_request_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_request_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "service_request_file" (
	"request_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"added_by" uuid,
	CONSTRAINT "service_request_file_role_known" CHECK ("service_request_file"."role" in ('DOCUMENT','RESULT'))
);
--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_event" ADD CONSTRAINT "service_request_event_request_id_service_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_file" ADD CONSTRAINT "service_request_file_request_id_service_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_file" ADD CONSTRAINT "service_request_file_upload_id_upload_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."upload"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_request_citizen_idx" ON "service_request" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "service_request_agency_status_idx" ON "service_request" USING btree ("agency_code","status","created_at");--> statement-breakpoint
CREATE INDEX "service_request_event_request_idx" ON "service_request_event" USING btree ("request_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_request_file_upload_idx" ON "service_request_file" USING btree ("upload_id");--> statement-breakpoint
CREATE INDEX "service_request_file_request_idx" ON "service_request_file" USING btree ("request_id","role","position");--> statement-breakpoint
-- Like the other audit trails (0008): what happened to a request is never rewritten or removed.
CREATE TRIGGER "service_request_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "service_request_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_refuse_change"();
