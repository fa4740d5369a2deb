CREATE TYPE "public"."dataset" AS ENUM('EVENTS', 'RISK_ASSESSMENTS', 'GRID_WORKERS', 'DEMANDS', 'VOLUNTEERS', 'ACTIVITIES', 'MICRO_WISHES', 'VENUE_BOOKINGS', 'PARTY_MEMBERS', 'PARTY_ORGANIZATIONS', 'SERVICE_POSTS', 'DELIBERATIONS');--> statement-breakpoint
CREATE TABLE "department_grants" (
	"department" varchar(80) NOT NULL,
	"dataset" "dataset" NOT NULL,
	"code_prefix" varchar(15) DEFAULT '' NOT NULL,
	"granted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "department_grants_department_dataset_code_prefix_pk" PRIMARY KEY("department","dataset","code_prefix")
);
