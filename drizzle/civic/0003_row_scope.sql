ALTER TABLE "demands" ADD COLUMN "owner_subject" varchar(200);--> statement-breakpoint
CREATE INDEX "demands_owner_idx" ON "demands" USING btree ("owner_subject");