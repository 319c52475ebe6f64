CREATE TABLE "holiday_override" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"removed" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holiday_override_kind_known" CHECK ("holiday_override"."kind" in ('HOLIDAY','COMPENSATORY','SWAPPED_OFF','MAKEUP_WORKDAY')),
	CONSTRAINT "holiday_override_status_known" CHECK ("holiday_override"."status" in ('OFFICIAL','PROVISIONAL'))
);
--> statement-breakpoint
ALTER TABLE "holiday_override" ADD CONSTRAINT "holiday_override_updated_by_officer_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."officer"("id") ON DELETE no action ON UPDATE no action;