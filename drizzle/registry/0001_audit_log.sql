CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject" varchar(200) NOT NULL,
	"role" varchar(30) NOT NULL,
	"operation" varchar(200),
	"entity" varchar(40) NOT NULL,
	"entity_id" varchar(200) NOT NULL,
	"field" varchar(60) NOT NULL,
	"purpose" text
);
--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject","at");