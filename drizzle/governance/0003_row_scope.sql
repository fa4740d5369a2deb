ALTER TABLE "events" ADD COLUMN "owner_subject" varchar(200);--> statement-breakpoint
CREATE INDEX "events_owner_idx" ON "events" USING btree ("owner_subject");--> statement-breakpoint
CREATE INDEX "events_department_idx" ON "events" USING btree ("assigned_department");