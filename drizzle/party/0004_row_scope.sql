ALTER TABLE "micro_wishes" ADD COLUMN "owner_subject" varchar(200);--> statement-breakpoint
ALTER TABLE "venue_bookings" ADD COLUMN "owner_subject" varchar(200);--> statement-breakpoint
CREATE INDEX "micro_wishes_owner_idx" ON "micro_wishes" USING btree ("owner_subject");--> statement-breakpoint
CREATE INDEX "venue_bookings_owner_idx" ON "venue_bookings" USING btree ("owner_subject");