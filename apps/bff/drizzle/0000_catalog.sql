CREATE TABLE "agency" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"level" text NOT NULL,
	"ward_code" text,
	"address" text,
	"phone" text,
	"email" text,
	"hours" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_revision" (
	"id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure" (
	"code" text PRIMARY KEY NOT NULL,
	"local_code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"sector_code" text NOT NULL,
	"agency_code" text,
	"online_level" text NOT NULL,
	"version" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"content" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_local_code_unique" UNIQUE("local_code")
);
--> statement-breakpoint
CREATE TABLE "procedure_version" (
	"code" text NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_version_code_version_pk" PRIMARY KEY("code","version")
);
--> statement-breakpoint
CREATE TABLE "sector" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_sector_code_sector_code_fk" FOREIGN KEY ("sector_code") REFERENCES "public"."sector"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure" ADD CONSTRAINT "procedure_agency_code_agency_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "procedure_sector_idx" ON "procedure" USING btree ("sector_code");--> statement-breakpoint
CREATE INDEX "procedure_agency_idx" ON "procedure" USING btree ("agency_code");