CREATE TYPE "public"."division_level" AS ENUM('CITY', 'DISTRICT', 'STREET', 'COMMUNITY');--> statement-breakpoint
CREATE TABLE "divisions" (
	"code" varchar(12) PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"level" "division_level" NOT NULL,
	"parent_code" varchar(12),
	"urban_rural_class" smallint
);
--> statement-breakpoint
CREATE INDEX "divisions_parent_code_idx" ON "divisions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "divisions_level_code_idx" ON "divisions" USING btree ("level","code");--> statement-breakpoint
CREATE INDEX "divisions_code_prefix_idx" ON "divisions" USING btree ("code" varchar_pattern_ops);