CREATE TYPE "public"."dispute_type" AS ENUM('MARRIAGE_FAMILY', 'NEIGHBOUR', 'PROPERTY', 'LABOUR_WAGES', 'LAND_DEMOLITION', 'MEDICAL', 'CONSUMER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."event_category" AS ENUM('DISPUTE', 'SAFETY_HAZARD', 'PUBLIC_ORDER', 'ENVIRONMENT', 'FACILITIES', 'LIVELIHOOD');--> statement-breakpoint
CREATE TYPE "public"."event_channel" AS ENUM('GRID_PATROL', 'HOTLINE_12345', 'APP', 'WALK_IN');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RESPONDED', 'VERIFIED', 'CLOSED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "public"."event_urgency" AS ENUM('LOW', 'NORMAL', 'HIGH', 'CRITICAL');--> statement-breakpoint
CREATE TYPE "public"."mediation_outcome" AS ENUM('AGREEMENT', 'PARTIAL', 'FAILED', 'REFERRED');--> statement-breakpoint
CREATE TYPE "public"."risk_level" AS ENUM('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');--> statement-breakpoint
CREATE TYPE "public"."supervision_level" AS ENUM('ORDINARY', 'YELLOW_CARD', 'RED_CARD');--> statement-breakpoint
CREATE TYPE "public"."worker_kind" AS ENUM('FULL_TIME', 'PART_TIME');--> statement-breakpoint
CREATE TABLE "event_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"action" varchar(20) NOT NULL,
	"from_status" "event_status",
	"to_status" "event_status" NOT NULL,
	"actor" varchar(80) NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" varchar(20) NOT NULL,
	"grid_code" varchar(15) NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"category" "event_category" NOT NULL,
	"urgency" "event_urgency" NOT NULL,
	"channel" "event_channel" NOT NULL,
	"title" varchar(200) NOT NULL,
	"description" text NOT NULL,
	"address" varchar(200) NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"status" "event_status" DEFAULT 'REPORTED' NOT NULL,
	"reporter_name" varchar(40),
	"reporter_phone" varchar(20),
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"assigned_worker_id" integer,
	"assigned_department" varchar(80),
	"supervision_level" "supervision_level",
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grid_workers" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(40) NOT NULL,
	"id_number" char(18) NOT NULL,
	"phone" varchar(20),
	"grid_code" varchar(15) NOT NULL,
	"kind" "worker_kind" NOT NULL,
	"is_grid_leader" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"code" varchar(15) PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"name" varchar(120) NOT NULL,
	"population" integer NOT NULL,
	"households" integer NOT NULL,
	"center_lat" double precision NOT NULL,
	"center_lng" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"dispute_type" "dispute_type" NOT NULL,
	"mediator" varchar(40) NOT NULL,
	"parties" text[] NOT NULL,
	"outcome" "mediation_outcome" NOT NULL,
	"agreement" text,
	"mediated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"topic" varchar(200) NOT NULL,
	"level" "risk_level" NOT NULL,
	"measures" text NOT NULL,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"linked_event_ids" integer[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "whistle_departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"whistle_id" integer NOT NULL,
	"department" varchar(80) NOT NULL,
	"reported_at" timestamp with time zone,
	"action" text
);
--> statement-breakpoint
CREATE TABLE "whistles" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"blown_by_code" varchar(12) NOT NULL,
	"note" text NOT NULL,
	"blown_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_transitions" ADD CONSTRAINT "event_transitions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_grid_code_grids_code_fk" FOREIGN KEY ("grid_code") REFERENCES "public"."grids"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_assigned_worker_id_grid_workers_id_fk" FOREIGN KEY ("assigned_worker_id") REFERENCES "public"."grid_workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_workers" ADD CONSTRAINT "grid_workers_grid_code_grids_code_fk" FOREIGN KEY ("grid_code") REFERENCES "public"."grids"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediations" ADD CONSTRAINT "mediations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistle_departments" ADD CONSTRAINT "whistle_departments_whistle_id_whistles_id_fk" FOREIGN KEY ("whistle_id") REFERENCES "public"."whistles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "whistles" ADD CONSTRAINT "whistles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_transitions_event_idx" ON "event_transitions" USING btree ("event_id","at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_code_idx" ON "events" USING btree ("code");--> statement-breakpoint
CREATE INDEX "events_grid_idx" ON "events" USING btree ("grid_code","reported_at","id");--> statement-breakpoint
CREATE INDEX "events_community_idx" ON "events" USING btree ("community_code" varchar_pattern_ops,"reported_at","id");--> statement-breakpoint
CREATE INDEX "events_reported_idx" ON "events" USING btree ("reported_at","id");--> statement-breakpoint
CREATE INDEX "events_due_idx" ON "events" USING btree ("due_at","id");--> statement-breakpoint
CREATE INDEX "events_status_idx" ON "events" USING btree ("status");--> statement-breakpoint
CREATE INDEX "events_category_idx" ON "events" USING btree ("category");--> statement-breakpoint
CREATE INDEX "events_worker_idx" ON "events" USING btree ("assigned_worker_id");--> statement-breakpoint
CREATE INDEX "grid_workers_grid_idx" ON "grid_workers" USING btree ("grid_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "grid_workers_id_number_idx" ON "grid_workers" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "grids_community_idx" ON "grids" USING btree ("community_code" varchar_pattern_ops,"code");--> statement-breakpoint
CREATE INDEX "grids_code_prefix_idx" ON "grids" USING btree ("code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "mediations_event_idx" ON "mediations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "risk_assessments_community_idx" ON "risk_assessments" USING btree ("community_code" varchar_pattern_ops,"assessed_at","id");--> statement-breakpoint
CREATE INDEX "risk_assessments_level_idx" ON "risk_assessments" USING btree ("level");--> statement-breakpoint
CREATE UNIQUE INDEX "whistle_departments_whistle_department_idx" ON "whistle_departments" USING btree ("whistle_id","department");--> statement-breakpoint
CREATE INDEX "whistle_departments_department_idx" ON "whistle_departments" USING btree ("department");--> statement-breakpoint
CREATE INDEX "whistles_event_idx" ON "whistles" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "whistles_blown_by_idx" ON "whistles" USING btree ("blown_by_code" varchar_pattern_ops);