CREATE TYPE "public"."joint_meeting_status" AS ENUM('SCHEDULED', 'HELD', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "joint_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"compound_id" integer NOT NULL,
	"company_id" integer,
	"topic" varchar(200) NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"status" "joint_meeting_status" DEFAULT 'SCHEDULED' NOT NULL,
	"parties_present" text[] DEFAULT '{}' NOT NULL,
	"summary" text,
	"resolutions" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "property_companies" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(120) NOT NULL,
	"credit_code" char(18) NOT NULL,
	"street_code" varchar(12) NOT NULL,
	"phone" varchar(20),
	"party_organization_id" integer,
	"liaison_member_id" integer
);
--> statement-breakpoint
CREATE TABLE "property_ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"compound_id" integer NOT NULL,
	"company_id" integer,
	"owner_subject" varchar(200) NOT NULL,
	"month" char(7) NOT NULL,
	"score" smallint NOT NULL,
	"comment" varchar(500),
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "property_ratings_score_range" CHECK ("property_ratings"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "residential_compounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(120) NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"grid_code" varchar(15),
	"address" varchar(200) NOT NULL,
	"households" integer NOT NULL,
	"built_year" smallint,
	"company_id" integer,
	"owners_committee" boolean DEFAULT false NOT NULL,
	CONSTRAINT "residential_compounds_households_range" CHECK ("residential_compounds"."households" BETWEEN 1 AND 100000)
);
--> statement-breakpoint
CREATE INDEX "joint_meetings_community_idx" ON "joint_meetings" USING btree ("community_code" varchar_pattern_ops,"held_at","id");--> statement-breakpoint
CREATE INDEX "joint_meetings_compound_idx" ON "joint_meetings" USING btree ("compound_id","held_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "property_companies_credit_code_idx" ON "property_companies" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "property_companies_street_idx" ON "property_companies" USING btree ("street_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "property_ratings_once_a_month_idx" ON "property_ratings" USING btree ("compound_id","owner_subject","month");--> statement-breakpoint
CREATE INDEX "property_ratings_compound_idx" ON "property_ratings" USING btree ("compound_id","rated_at","id");--> statement-breakpoint
CREATE INDEX "property_ratings_owner_idx" ON "property_ratings" USING btree ("owner_subject");--> statement-breakpoint
CREATE INDEX "residential_compounds_community_idx" ON "residential_compounds" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "residential_compounds_company_idx" ON "residential_compounds" USING btree ("company_id","id");