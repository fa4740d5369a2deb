CREATE TABLE "idempotency_keys" (
	"operation" varchar(40) NOT NULL,
	"key" varchar(100) NOT NULL,
	"request_hash" char(64) NOT NULL,
	"result_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_operation_key_pk" PRIMARY KEY("operation","key")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "demands" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_time_order" CHECK ("activities"."ends_at" > "activities"."starts_at");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_capacity_range" CHECK ("activities"."capacity" BETWEEN 1 AND 500);--> statement-breakpoint
ALTER TABLE "demands" ADD CONSTRAINT "demands_rating_range" CHECK ("demands"."rating" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_credit_needs_check_in" CHECK ("enrolments"."credited_hours" IS NULL OR "enrolments"."checked_in_at" IS NOT NULL);