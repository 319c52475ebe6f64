CREATE TABLE "feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"category" text NOT NULL,
	"requested_agency_code" text,
	"agency_code" text NOT NULL,
	"procedure_code" text,
	"text" text NOT NULL,
	"anonymous" boolean NOT NULL,
	"contact_phone" text,
	"publish_consent" boolean NOT NULL,
	"status" text NOT NULL,
	"previous_status" text,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"dismiss_reason" text,
	"public_question" text,
	"public_answer" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "feedback_code_unique" UNIQUE("code"),
	CONSTRAINT "feedback_status_known" CHECK ("feedback"."status" in ('RECEIVED','IN_PROGRESS','ANSWERED','DISMISSED')),
	CONSTRAINT "feedback_category_known" CHECK ("feedback"."category" in ('PROCEDURE','STAFF_CONDUCT','FACILITIES','REFORM_PROPOSAL')),
	CONSTRAINT "feedback_anonymous_only_proposals" CHECK (not "feedback"."anonymous" or ("feedback"."category" = 'REFORM_PROPOSAL' and "feedback"."contact_phone" is null)),
	CONSTRAINT "feedback_published_with_consent" CHECK ("feedback"."published_at" is null or ("feedback"."publish_consent" and "feedback"."status" = 'ANSWERED'))
);
--> statement-breakpoint
CREATE TABLE "feedback_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"feedback_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"agency_code" text NOT NULL,
	"note" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "feedback_photo" (
	"feedback_id" uuid NOT NULL,
	"upload_id" uuid NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"agency_code" text NOT NULL,
	"procedure_code" text,
	"day" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"note" text,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	CONSTRAINT "appointment_code_unique" UNIQUE("code"),
	CONSTRAINT "appointment_status_known" CHECK ("appointment"."status" in ('BOOKED','CHECKED_IN','CANCELLED'))
);
--> statement-breakpoint
CREATE TABLE "appointment_event" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointment_event_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"appointment_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"to_status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_schedule" (
	"agency_code" text PRIMARY KEY NOT NULL,
	"schedule" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "appointment_schedule_change" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "appointment_schedule_change_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_code" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"officer_id" uuid NOT NULL,
	"schedule" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_slot" (
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"start_time" text NOT NULL,
	"capacity" integer NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "appointment_slot_agency_code_day_start_time_pk" PRIMARY KEY("agency_code","day","start_time"),
	CONSTRAINT "appointment_slot_within_capacity" CHECK ("appointment_slot"."booked" >= 0 and "appointment_slot"."booked" <= "appointment_slot"."capacity")
);
--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_requested_agency_code_agency_code_fk" FOREIGN KEY ("requested_agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_event" ADD CONSTRAINT "feedback_event_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_photo" ADD CONSTRAINT "feedback_photo_feedback_id_feedback_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_photo" ADD CONSTRAINT "feedback_photo_upload_id_upload_id_fk" FOREIGN KEY ("upload_id") REFERENCES "public"."upload"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_citizen_id_citizen_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_event" ADD CONSTRAINT "appointment_event_appointment_id_appointment_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_schedule" ADD CONSTRAINT "appointment_schedule_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_schedule_change" ADD CONSTRAINT "appointment_schedule_change_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_slot" ADD CONSTRAINT "appointment_slot_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_citizen_idx" ON "feedback" USING btree ("citizen_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_agency_status_idx" ON "feedback" USING btree ("agency_code","status","due_at");--> statement-breakpoint
CREATE INDEX "feedback_published_idx" ON "feedback" USING btree ("published_at") WHERE "feedback"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "feedback_event_feedback_idx" ON "feedback_event" USING btree ("feedback_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_photo_upload_idx" ON "feedback_photo" USING btree ("upload_id");--> statement-breakpoint
CREATE INDEX "feedback_photo_feedback_idx" ON "feedback_photo" USING btree ("feedback_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_citizen_slot_idx" ON "appointment" USING btree ("citizen_id","agency_code","day","start_time") WHERE "appointment"."status" <> 'CANCELLED';--> statement-breakpoint
CREATE INDEX "appointment_agency_day_idx" ON "appointment" USING btree ("agency_code","day","start_time");--> statement-breakpoint
CREATE INDEX "appointment_citizen_idx" ON "appointment" USING btree ("citizen_id","day");--> statement-breakpoint
CREATE INDEX "appointment_event_appointment_idx" ON "appointment_event" USING btree ("appointment_id","id");--> statement-breakpoint
CREATE INDEX "appointment_schedule_change_agency_idx" ON "appointment_schedule_change" USING btree ("agency_code","at");