CREATE TYPE "public"."booking_status" AS ENUM('CONFIRMED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "public"."deliberation_status" AS ENUM('SCHEDULED', 'HELD', 'RESOLVED', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "public"."member_kind" AS ENUM('REGISTERED', 'IN_SERVICE', 'MOBILE');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('COMMUNITY_COMMITTEE', 'GENERAL_BRANCH', 'GRID_BRANCH', 'BUILDING_GROUP', 'PROJECT_BRANCH', 'PARTNER_UNIT');--> statement-breakpoint
CREATE TYPE "public"."post_status" AS ENUM('OPEN', 'FILLED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "public"."venue_kind" AS ENUM('CINEMA', 'SHARED_KITCHEN', 'CALLIGRAPHY_ROOM', 'CHESS_ROOM', 'WELLNESS_ROOM', 'DANCE_ROOM', 'MEETING_ROOM');--> statement-breakpoint
CREATE TYPE "public"."wish_status" AS ENUM('OPEN', 'CLAIMED', 'FULFILLED');--> statement-breakpoint
CREATE TABLE "deliberations" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"topic" varchar(200) NOT NULL,
	"format" varchar(40) NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"participants" text[] DEFAULT '{}' NOT NULL,
	"attendee_count" smallint,
	"resolution" text,
	"status" "deliberation_status" DEFAULT 'SCHEDULED' NOT NULL,
	"linked_event_codes" text[] DEFAULT '{}' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "micro_wishes" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"grid_code" varchar(15),
	"resident_name" varchar(40) NOT NULL,
	"resident_phone" varchar(20),
	"title" varchar(120) NOT NULL,
	"description" text NOT NULL,
	"status" "wish_status" DEFAULT 'OPEN' NOT NULL,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_by_member_id" integer,
	"claimed_at" timestamp with time zone,
	"fulfilled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_members" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(40) NOT NULL,
	"id_number" char(18) NOT NULL,
	"phone" varchar(20),
	"gender" char(1) NOT NULL,
	"birth_date" date NOT NULL,
	"kind" "member_kind" NOT NULL,
	"organization_id" integer NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"grid_code" varchar(15),
	"workplace" varchar(120),
	"demonstration_household" boolean DEFAULT false NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"joined_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_organizations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(120) NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"parent_id" integer,
	"community_code" varchar(12) NOT NULL,
	"grid_code" varchar(15),
	"secretary_name" varchar(40),
	"founded_on" date
);
--> statement-breakpoint
CREATE TABLE "red_stations" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"name" varchar(120) NOT NULL,
	"address" varchar(200) NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"amenities" text[] DEFAULT '{}' NOT NULL,
	"host_unit" varchar(120),
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_post_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"title" varchar(120) NOT NULL,
	"description" text NOT NULL,
	"capacity" smallint NOT NULL,
	"skills_wanted" text[] DEFAULT '{}' NOT NULL,
	"status" "post_status" DEFAULT 'OPEN' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venue_bookings" (
	"id" serial PRIMARY KEY NOT NULL,
	"venue_id" integer NOT NULL,
	"booker_name" varchar(40) NOT NULL,
	"booker_phone" varchar(20),
	"purpose" varchar(200) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" "booking_status" DEFAULT 'CONFIRMED' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" serial PRIMARY KEY NOT NULL,
	"community_code" varchar(12) NOT NULL,
	"name" varchar(120) NOT NULL,
	"kind" "venue_kind" NOT NULL,
	"capacity" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"address" varchar(200) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "micro_wishes" ADD CONSTRAINT "micro_wishes_claimed_by_member_id_party_members_id_fk" FOREIGN KEY ("claimed_by_member_id") REFERENCES "public"."party_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_post_id_service_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."service_posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_post_claims" ADD CONSTRAINT "service_post_claims_member_id_party_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."party_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD CONSTRAINT "venue_bookings_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliberations_community_idx" ON "deliberations" USING btree ("community_code" varchar_pattern_ops,"held_at","id");--> statement-breakpoint
CREATE INDEX "deliberations_status_idx" ON "deliberations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "micro_wishes_community_idx" ON "micro_wishes" USING btree ("community_code" varchar_pattern_ops,"posted_at","id");--> statement-breakpoint
CREATE INDEX "micro_wishes_grid_idx" ON "micro_wishes" USING btree ("grid_code");--> statement-breakpoint
CREATE INDEX "micro_wishes_status_idx" ON "micro_wishes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "micro_wishes_posted_idx" ON "micro_wishes" USING btree ("posted_at","id");--> statement-breakpoint
CREATE INDEX "micro_wishes_claimer_idx" ON "micro_wishes" USING btree ("claimed_by_member_id");--> statement-breakpoint
CREATE INDEX "party_members_organization_idx" ON "party_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "party_members_community_idx" ON "party_members" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "party_members_grid_idx" ON "party_members" USING btree ("grid_code","id");--> statement-breakpoint
CREATE INDEX "party_members_id_number_idx" ON "party_members" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "party_members_kind_idx" ON "party_members" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "party_members_skills_idx" ON "party_members" USING gin ("skills");--> statement-breakpoint
CREATE INDEX "party_organizations_parent_idx" ON "party_organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "party_organizations_community_idx" ON "party_organizations" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "party_organizations_grid_idx" ON "party_organizations" USING btree ("grid_code");--> statement-breakpoint
CREATE INDEX "party_organizations_kind_idx" ON "party_organizations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "red_stations_community_idx" ON "red_stations" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "red_stations_lat_lng_idx" ON "red_stations" USING btree ("lat","lng");--> statement-breakpoint
CREATE UNIQUE INDEX "service_post_claims_post_member_idx" ON "service_post_claims" USING btree ("post_id","member_id");--> statement-breakpoint
CREATE INDEX "service_post_claims_member_idx" ON "service_post_claims" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "service_posts_community_idx" ON "service_posts" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "service_posts_status_idx" ON "service_posts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "venue_bookings_venue_idx" ON "venue_bookings" USING btree ("venue_id","starts_at");--> statement-breakpoint
CREATE INDEX "venue_bookings_starts_idx" ON "venue_bookings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "venues_community_idx" ON "venues" USING btree ("community_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "venues_kind_idx" ON "venues" USING btree ("kind");