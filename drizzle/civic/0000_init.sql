CREATE TYPE "public"."activity_category" AS ENUM('THEORY', 'EDUCATION', 'CULTURE', 'SCIENCE', 'HEALTH', 'SPORTS', 'ELDERLY_CARE', 'CHILD_CARE', 'POVERTY_RELIEF', 'MORAL_LECTURE', 'ENVIRONMENT');--> statement-breakpoint
CREATE TYPE "public"."activity_status" AS ENUM('DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."demand_status" AS ENUM('ORDERED', 'DISPATCHED', 'ACCEPTED', 'DONE', 'RATED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."site_level" AS ENUM('CENTRE', 'INSTITUTE', 'STATION');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"site_id" integer NOT NULL,
	"team_id" integer,
	"community_code" varchar(12) NOT NULL,
	"title" varchar(200) NOT NULL,
	"category" "activity_category" NOT NULL,
	"description" text NOT NULL,
	"location" varchar(200) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" smallint NOT NULL,
	"status" "activity_status" DEFAULT 'PUBLISHED' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "demands" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"grid_code" varchar(15),
	"resident_name" varchar(40) NOT NULL,
	"resident_phone" varchar(20),
	"category" "activity_category" NOT NULL,
	"title" varchar(200) NOT NULL,
	"description" text NOT NULL,
	"status" "demand_status" DEFAULT 'ORDERED' NOT NULL,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dispatched_team_id" integer,
	"dispatched_at" timestamp with time zone,
	"accepted_volunteer_id" integer,
	"accepted_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"rating" smallint,
	"feedback" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "enrolments" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"volunteer_id" integer NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"credited_hours" numeric(5, 1)
);
--> statement-breakpoint
CREATE TABLE "practice_sites" (
	"id" serial PRIMARY KEY NOT NULL,
	"level" "site_level" NOT NULL,
	"name" varchar(120) NOT NULL,
	"division_code" varchar(12) NOT NULL,
	"parent_id" integer,
	"address" varchar(200) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(120) NOT NULL,
	"site_id" integer NOT NULL,
	"division_code" varchar(12) NOT NULL,
	"focus" "activity_category" NOT NULL,
	"founded_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteers" (
	"id" serial PRIMARY KEY NOT NULL,
	"volunteer_no" varchar(20) NOT NULL,
	"name" varchar(40) NOT NULL,
	"id_number" char(18) NOT NULL,
	"phone" varchar(20),
	"team_id" integer,
	"community_code" varchar(12) NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"registered_on" date NOT NULL,
	"total_hours" numeric(8, 1) DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_site_id_practice_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."practice_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_dispatched_team_id_volunteer_teams_id_fk" FOREIGN KEY ("dispatched_team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_accepted_volunteer_id_volunteers_id_fk" FOREIGN KEY ("accepted_volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_volunteer_id_volunteers_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."volunteers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_teams" ADD CONSTRAINT "volunteer_teams_site_id_practice_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."practice_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteers" ADD CONSTRAINT "volunteers_team_id_volunteer_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."volunteer_teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_community_idx" ON "activities" USING btree ("community_code" varchar_pattern_ops,"starts_at","id");--> statement-breakpoint
CREATE INDEX "activities_starts_idx" ON "activities" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "activities_site_idx" ON "activities" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "activities_team_idx" ON "activities" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "activities_category_idx" ON "activities" USING btree ("category");--> statement-breakpoint
CREATE INDEX "activities_status_idx" ON "activities" USING btree ("status");--> statement-breakpoint
CREATE INDEX "demands_community_idx" ON "demands" USING btree ("community_code" varchar_pattern_ops,"ordered_at","id");--> statement-breakpoint
CREATE INDEX "demands_grid_idx" ON "demands" USING btree ("grid_code");--> statement-breakpoint
CREATE INDEX "demands_status_idx" ON "demands" USING btree ("status");--> statement-breakpoint
CREATE INDEX "demands_ordered_idx" ON "demands" USING btree ("ordered_at","id");--> statement-breakpoint
CREATE INDEX "demands_team_idx" ON "demands" USING btree ("dispatched_team_id");--> statement-breakpoint
CREATE INDEX "demands_volunteer_idx" ON "demands" USING btree ("accepted_volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_activity_volunteer_idx" ON "enrolments" USING btree ("activity_id","volunteer_id");--> statement-breakpoint
CREATE INDEX "enrolments_volunteer_idx" ON "enrolments" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "practice_sites_division_idx" ON "practice_sites" USING btree ("division_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "practice_sites_parent_idx" ON "practice_sites" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "practice_sites_level_idx" ON "practice_sites" USING btree ("level");--> statement-breakpoint
CREATE INDEX "volunteer_teams_site_idx" ON "volunteer_teams" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "volunteer_teams_division_idx" ON "volunteer_teams" USING btree ("division_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteers_volunteer_no_idx" ON "volunteers" USING btree ("volunteer_no");--> statement-breakpoint
CREATE INDEX "volunteers_team_idx" ON "volunteers" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "volunteers_community_idx" ON "volunteers" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "volunteers_id_number_idx" ON "volunteers" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "volunteers_skills_idx" ON "volunteers" USING gin ("skills");