CREATE TABLE "idempotency_keys" (
	"operation" varchar(40) NOT NULL,
	"key" varchar(100) NOT NULL,
	"request_hash" char(64) NOT NULL,
	"result_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_operation_key_pk" PRIMARY KEY("operation","key")
);
--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "service_posts_created_idx" ON "service_posts" USING btree ("created_at","id");--> statement-breakpoint
-- A wish has a claimer exactly when it has left OPEN, whoever writes it.
ALTER TABLE "micro_wishes" ADD CONSTRAINT "micro_wishes_claimer_matches_status" CHECK (("status" = 'OPEN') = ("claimed_by_member_id" IS NULL));
--> statement-breakpoint
ALTER TABLE "service_posts" ADD CONSTRAINT "service_posts_capacity_positive" CHECK ("capacity" > 0);
