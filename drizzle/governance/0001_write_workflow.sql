CREATE TABLE "event_code_counters" (
	"day" char(8) PRIMARY KEY NOT NULL,
	"last_seq" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"operation" varchar(40) NOT NULL,
	"key" varchar(100) NOT NULL,
	"request_hash" char(64) NOT NULL,
	"result_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_operation_key_pk" PRIMARY KEY("operation","key")
);
--> statement-breakpoint
CREATE TABLE "service_level_rules" (
	"category" "event_category" NOT NULL,
	"urgency" "event_urgency" NOT NULL,
	"due_hours" integer NOT NULL,
	CONSTRAINT "service_level_rules_category_urgency_pk" PRIMARY KEY("category","urgency")
);
--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
-- Default service levels (办理时限): urgency sets the base; safety hazards and public order get half.
INSERT INTO "service_level_rules" ("category", "urgency", "due_hours")
SELECT c::"event_category", u.urgency::"event_urgency",
       CASE WHEN c IN ('SAFETY_HAZARD', 'PUBLIC_ORDER') THEN u.hours / 2 ELSE u.hours END
FROM unnest(ARRAY['DISPUTE', 'SAFETY_HAZARD', 'PUBLIC_ORDER', 'ENVIRONMENT', 'FACILITIES', 'LIVELIHOOD']) AS c
CROSS JOIN (VALUES ('CRITICAL', 4), ('HIGH', 24), ('NORMAL', 72), ('LOW', 168)) AS u(urgency, hours);
