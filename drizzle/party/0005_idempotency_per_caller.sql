ALTER TABLE "idempotency_keys" ADD COLUMN "caller" varchar(200) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_operation_key_pk";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_operation_caller_key_pk" PRIMARY KEY("operation","caller","key");
