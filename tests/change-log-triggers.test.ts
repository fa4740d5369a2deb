import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import type { RunningApi } from "../src/server/app.js";
import { migrateAll } from "../src/sources/index.js";
import { startTestApi } from "./support/api.js";

let api: RunningApi;
const pools: Record<string, pg.Pool> = {};

beforeAll(async () => {
  api = await startTestApi();
  for (const centre of ["party", "civic", "governance"] as const) pools[centre] = new pg.Pool({ connectionString: inject("databaseUrls")[centre], max: 1 });
});
afterAll(async () => {
  await Promise.all(Object.values(pools).map((p) => p.end()));
  await api?.stop();
});

/** Each `<table>_change_log` trigger's arguments, as PostgreSQL holds them. */
async function triggers(pool: pg.Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ name: string; def: string }>("SELECT tgname AS name, pg_get_triggerdef(oid) AS def FROM pg_trigger WHERE tgname LIKE '%\\_change\\_log' ORDER BY 1");
  return Object.fromEntries(rows.map((r) => [r.name, /gongzhi_log_change\((.*)\)$/.exec(r.def)?.[1] ?? r.def]));
}

describe("change-log triggers from the connectors' descriptions", () => {
  it("are, for every logged table, the triggers the change log was built with, and survive being set again", async () => {
    const expected = {
      party: {
        deliberations_change_log: "'Deliberation', 'id'",
        joint_meetings_change_log: "'JointMeeting', 'id'",
        micro_wishes_change_log: "'MicroWish', 'id'",
        service_post_claims_change_log: "'ServicePost', 'post_id', 'service_posts', 'post_id'",
        service_posts_change_log: "'ServicePost', 'id'",
        venue_bookings_change_log: "'VenueBooking', 'id', 'venues', 'venue_id'",
      },
      civic: {
        activities_change_log: "'Activity', 'id'",
        demands_change_log: "'Demand', 'id'",
        enrolments_change_log: "'Enrolment', 'id', 'activities', 'activity_id'",
      },
      governance: {
        events_change_log: "'Event', 'id'",
        mediations_change_log: "'Mediation', 'id', 'events', 'event_id'",
        risk_assessments_change_log: "'RiskAssessment', 'id'",
        whistle_departments_change_log: "'Whistle', 'whistle_id', 'whistle_places', 'whistle_id'",
        whistles_change_log: "'Whistle', 'id', 'events', 'event_id'",
      },
    };
    for (const [centre, pool] of Object.entries(pools)) expect(await triggers(pool), centre).toEqual(expected[centre as keyof typeof expected]);
    // Starting again (another instance, a restart) sets them again without harm, and puts back one that went missing.
    await pools.governance!.query("DROP TRIGGER risk_assessments_change_log ON risk_assessments");
    expect(await triggers(pools.governance!)).not.toHaveProperty("risk_assessments_change_log");
    await migrateAll(api.databases);
    for (const [centre, pool] of Object.entries(pools)) expect(await triggers(pool), centre).toEqual(expected[centre as keyof typeof expected]);
  });
});
