CREATE TABLE "change_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"txid" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"entity" varchar(40) NOT NULL,
	"entity_id" integer NOT NULL,
	"operation" varchar(6) NOT NULL,
	"community_code" varchar(12),
	"grid_code" varchar(15),
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_log_trimmed" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"txid" "xid8" NOT NULL,
	"seq" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "change_log_position_idx" ON "change_log" USING btree ("txid","seq");--> statement-breakpoint
CREATE INDEX "change_log_at_idx" ON "change_log" USING btree ("at");
--> statement-breakpoint
-- Appends one change_log row per changed row and wakes listeners. Arguments: the entity
-- (GraphQL type) logged, the column holding its id, and optionally a parent table (or view)
-- and the column pointing at it, for rows that carry no community or grid code themselves.
-- The wake-up has a constant payload: PostgreSQL folds identical notifications of one
-- transaction into one, and the log, not the notification, carries the data.
CREATE FUNCTION gongzhi_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  place jsonb := changed;
BEGIN
  IF TG_NARGS > 2 THEN
    EXECUTE format('SELECT to_jsonb(p) FROM %I p WHERE p.id = $1', TG_ARGV[2]) INTO place USING (changed ->> TG_ARGV[3])::int;
  END IF;
  INSERT INTO change_log (entity, entity_id, operation, community_code, grid_code)
  VALUES (TG_ARGV[0], (changed ->> TG_ARGV[1])::int, TG_OP,
          COALESCE(place ->> 'community_code', left(place ->> 'grid_code', 12)), place ->> 'grid_code');
  PERFORM pg_notify('gongzhi_changes', '');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER demands_change_log AFTER INSERT OR UPDATE OR DELETE ON "demands" FOR EACH ROW EXECUTE FUNCTION gongzhi_log_change('Demand', 'id');
--> statement-breakpoint
CREATE TRIGGER activities_change_log AFTER INSERT OR UPDATE OR DELETE ON "activities" FOR EACH ROW EXECUTE FUNCTION gongzhi_log_change('Activity', 'id');
--> statement-breakpoint
CREATE TRIGGER enrolments_change_log AFTER INSERT OR UPDATE OR DELETE ON "enrolments" FOR EACH ROW EXECUTE FUNCTION gongzhi_log_change('Enrolment', 'id', 'activities', 'activity_id');
