import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi, type GraphQLResponse } from "./support/api.js";
import { gid, rowId } from "./support/global-id.js";

let api: RunningApi;
let civic: pg.Client;

const unique = () => randomUUID().slice(0, 8);
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** Seeded rows the tests build on, picked by querying. */
const fx = {
  community: "",
  grid: "",
  siteId: 0,
  teamId: 0,
  /** Members of `teamId`. */
  members: [] as number[],
  outsider: 0,
  /** Any volunteers, for enrolments. */
  volunteers: [] as number[],
};

async function sql<T = any>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await civic.query(text, values)).rows as T[];
}

beforeAll(async () => {
  api = await startTestApi();
  civic = new pg.Client({ connectionString: inject("databaseUrls").civic });
  await civic.connect();
  const [team] = await sql(
    `SELECT t.id, t.division_code, array_agg(v.id ORDER BY v.id) AS members
     FROM volunteer_teams t JOIN practice_sites s ON s.id = t.site_id JOIN volunteers v ON v.team_id = t.id
     WHERE s.level = 'STATION' GROUP BY t.id HAVING count(*) >= 21 ORDER BY t.id LIMIT 1`,
  );
  fx.teamId = team.id;
  fx.members = team.members;
  fx.community = team.division_code;
  fx.siteId = (await sql(`SELECT id FROM practice_sites WHERE division_code = $1 ORDER BY id LIMIT 1`, [fx.community]))[0].id;
  fx.outsider = (await sql(`SELECT id FROM volunteers WHERE team_id IS DISTINCT FROM $1 ORDER BY id LIMIT 1`, [fx.teamId]))[0].id;
  fx.volunteers = (await sql(`SELECT id FROM volunteers ORDER BY id LIMIT 40`)).map((r) => r.id);
  const grids = await graphql(api, `query($code: String!) { community(code: $code) { grids { code } } }`, { code: fx.community });
  fx.grid = grids.data!.community.grids[0].code;
});
afterAll(async () => {
  await civic?.end();
  await api?.stop();
});

/** Runs an operation that must succeed and returns its data. */
async function ok(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await graphql(api, query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** Runs an operation that must fail and returns its one error. */
async function fails(query: string, variables?: Record<string, unknown>): Promise<NonNullable<GraphQLResponse["errors"]>[number]> {
  const res = await graphql(api, query, variables);
  expect(res.errors, "expected an error").toBeDefined();
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

const DEMAND = `id status version allowedActions dispatchedAt acceptedAt doneAt rating feedback cancelledAt cancelReason
  dispatchedTeam { id } acceptedVolunteer { id }`;
const PLACE = `mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { replayed demand { ${DEMAND} title gridCode communityCode } } }`;
const DISPATCH = `mutation($input: DispatchDemandInput!) { dispatchDemand(input: $input) { demand { ${DEMAND} } } }`;
const ACCEPT = `mutation($input: AcceptDemandInput!) { acceptDemand(input: $input) { demand { ${DEMAND} } } }`;
const COMPLETE = `mutation($input: CompleteDemandInput!) { completeDemand(input: $input) { demand { ${DEMAND} } } }`;
const RATE = `mutation($input: RateDemandInput!) { rateDemand(input: $input) { demand { ${DEMAND} } } }`;
const CANCEL = `mutation($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { ${DEMAND} } } }`;

const demandInput = (over: Record<string, unknown> = {}): Record<string, any> => ({
  communityCode: fx.community,
  gridCode: fx.grid,
  residentName: "王秀英",
  residentPhone: "13800001234",
  category: "ELDERLY_CARE",
  title: `助老理发 ${unique()}`,
  description: "家中老人行动不便，希望志愿者上门理发。",
  ...over,
});

async function place(over: Record<string, unknown> = {}) {
  return (await ok(PLACE, { input: demandInput(over) })).placeDemand.demand;
}

/** The steps, each with the input it needs given the demand as last seen. */
const STEPS: Record<"DISPATCH" | "ACCEPT" | "COMPLETE" | "RATE" | "CANCEL", (d: any) => [string, Record<string, unknown>]> = {
  DISPATCH: (d: any) => [DISPATCH, { demandId: d.id, teamId: gid("VolunteerTeam", fx.teamId), expectedVersion: d.version }],
  ACCEPT: (d: any) => [ACCEPT, { demandId: d.id, volunteerId: gid("Volunteer", fx.members[0]!) }],
  COMPLETE: (d: any) => [COMPLETE, { demandId: d.id, expectedVersion: d.version }],
  RATE: (d: any) => [RATE, { demandId: d.id, expectedVersion: d.version, rating: 5, feedback: "很及时" }],
  CANCEL: (d: any) => [CANCEL, { demandId: d.id, expectedVersion: d.version, reason: "居民已自行解决" }],
};
type Step = keyof typeof STEPS;

async function step(demand: any, action: Step) {
  const [query, input] = STEPS[action](demand);
  const data = await ok(query, { input });
  return Object.values(data)[0] as any;
}

/** A fresh demand taken through `path`. */
async function demandAt(path: Step[]) {
  let demand = await place();
  for (const action of path) demand = (await step(demand, action)).demand;
  return demand;
}

const demandRows = (title: string) => sql(`SELECT * FROM demands WHERE title = $1`, [title]);

describe("demands: 点单 → 派单 → 接单 → 评单", () => {
  it("walks ORDERED → DISPATCHED → ACCEPTED → DONE → RATED, bumping the version at every step", async () => {
    const placed = await ok(PLACE, { input: demandInput() });
    let d = placed.placeDemand.demand;
    expect(placed.placeDemand.replayed).toBe(false);
    expect(d).toMatchObject({ status: "ORDERED", version: 1, allowedActions: ["DISPATCH", "CANCEL"], gridCode: fx.grid, communityCode: fx.community, dispatchedTeam: null, acceptedVolunteer: null });

    d = (await step(d, "DISPATCH")).demand;
    expect(d).toMatchObject({ status: "DISPATCHED", version: 2, allowedActions: ["ACCEPT", "CANCEL"], dispatchedTeam: { id: gid("VolunteerTeam", fx.teamId) } });
    expect(d.dispatchedAt).not.toBeNull();

    d = (await step(d, "ACCEPT")).demand;
    expect(d).toMatchObject({ status: "ACCEPTED", version: 3, allowedActions: ["COMPLETE", "CANCEL"], acceptedVolunteer: { id: gid("Volunteer", fx.members[0]!) } });
    expect(d.acceptedAt).not.toBeNull();

    d = (await step(d, "COMPLETE")).demand;
    expect(d).toMatchObject({ status: "DONE", version: 4, allowedActions: ["RATE"] });
    expect(d.doneAt).not.toBeNull();

    d = (await step(d, "RATE")).demand;
    expect(d).toMatchObject({ status: "RATED", version: 5, allowedActions: [], rating: 5, feedback: "很及时" });

    // The stored row agrees, and node(id) resolves the demand with its links.
    const [row] = await sql(`SELECT status, version, rating, dispatched_team_id, accepted_volunteer_id FROM demands WHERE id = $1`, [rowId(d.id)]);
    expect(row).toEqual({ status: "RATED", version: 5, rating: 5, dispatched_team_id: fx.teamId, accepted_volunteer_id: fx.members[0] });
    const node = await ok(`query($id: ID!) { node(id: $id) { ... on Demand { status version needState acceptedVolunteer { volunteerNo } } } }`, { id: d.id });
    expect(node.node).toMatchObject({ status: "RATED", version: 5, needState: "MET" });
    expect(node.node.acceptedVolunteer.volunteerNo).toMatch(/^V/);
  });

  it("cancels from ORDERED, DISPATCHED and ACCEPTED, recording when and why", async () => {
    for (const path of [[], ["DISPATCH"], ["DISPATCH", "ACCEPT"]] as Step[][]) {
      const before = await demandAt(path);
      const { demand } = await step(before, "CANCEL");
      expect(demand).toMatchObject({ status: "CANCELLED", version: before.version + 1, allowedActions: [], cancelReason: "居民已自行解决" });
      expect(Date.parse(demand.cancelledAt)).toBeGreaterThan(Date.now() - 60_000);
    }
  });

  it("refuses every illegal step with CONFLICT, the current status and the allowed actions", async () => {
    const states: [string, Step[], Step[]][] = [
      ["ORDERED", [], ["DISPATCH", "CANCEL"]],
      ["DISPATCHED", ["DISPATCH"], ["ACCEPT", "CANCEL"]],
      ["ACCEPTED", ["DISPATCH", "ACCEPT"], ["COMPLETE", "CANCEL"]],
      ["DONE", ["DISPATCH", "ACCEPT", "COMPLETE"], ["RATE"]],
      ["RATED", ["DISPATCH", "ACCEPT", "COMPLETE", "RATE"], []],
      ["CANCELLED", ["CANCEL"], []],
    ];
    let refused = 0;
    for (const [status, path, allowed] of states) {
      const demand = await demandAt(path);
      expect(demand.status).toBe(status);
      for (const action of Object.keys(STEPS) as Step[]) {
        if (allowed.includes(action)) continue;
        const [query, input] = STEPS[action](demand);
        const error = await fails(query, { input });
        expect(error.extensions, `${action} from ${status}`).toMatchObject({ code: "CONFLICT", status, allowedActions: allowed });
        refused++;
      }
      // Nothing changed: the version is where it was.
      const [row] = await sql(`SELECT status, version FROM demands WHERE id = $1`, [rowId(demand.id)]);
      expect(row).toEqual({ status, version: demand.version });
    }
    expect(refused).toBe(23);
  });

  it("refuses a stale version with CONFLICT and the current version", async () => {
    const dispatched = await demandAt(["DISPATCH"]);
    for (const [query, input] of [
      [CANCEL, { demandId: dispatched.id, expectedVersion: 1, reason: "重复下单" }],
      [DISPATCH, { demandId: dispatched.id, teamId: gid("VolunteerTeam", fx.teamId), expectedVersion: 1 }],
    ] as const) {
      const error = await fails(query, { input });
      expect(error.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2, status: "DISPATCHED" });
    }
  });

  it("dispatches only to an existing team and lets only its members accept", async () => {
    const ordered = await place();
    const noTeam = await fails(DISPATCH, { input: { demandId: ordered.id, teamId: gid("VolunteerTeam", 99_999_999), expectedVersion: 1 } });
    expect(noTeam.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.teamId" });
    const wrongType = await fails(DISPATCH, { input: { demandId: ordered.id, teamId: gid("Volunteer", fx.teamId), expectedVersion: 1 } });
    expect(wrongType.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.teamId" });

    const dispatched = (await step(ordered, "DISPATCH")).demand;
    const outsider = await fails(ACCEPT, { input: { demandId: dispatched.id, volunteerId: gid("Volunteer", fx.outsider) } });
    expect(outsider.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.volunteerId" });
    const nobody = await fails(ACCEPT, { input: { demandId: dispatched.id, volunteerId: gid("Volunteer", 99_999_999) } });
    expect(nobody.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.volunteerId" });
    const missing = await fails(ACCEPT, { input: { demandId: gid("Demand", 99_999_999), volunteerId: gid("Volunteer", fx.members[0]!) } });
    expect(missing.extensions).toMatchObject({ code: "NOT_FOUND" });
    const [row] = await sql(`SELECT status, version, accepted_volunteer_id FROM demands WHERE id = $1`, [rowId(dispatched.id)]);
    expect(row).toEqual({ status: "DISPATCHED", version: 2, accepted_volunteer_id: null });
  });

  it("20 volunteers race to accept one demand: exactly one wins, 19 get CONFLICT naming the status", async () => {
    const dispatched = await demandAt(["DISPATCH"]);
    const racers = fx.members.slice(0, 20);
    const results = await Promise.all(racers.map((v) => graphql(api, ACCEPT, { input: { demandId: dispatched.id, volunteerId: gid("Volunteer", v) } })));
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const r of losers) expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", status: "ACCEPTED", allowedActions: ["COMPLETE", "CANCEL"] });
    const winner = winners[0]!.data!.acceptDemand.demand;
    const [row] = await sql(`SELECT status, version, accepted_volunteer_id FROM demands WHERE id = $1`, [rowId(dispatched.id)]);
    expect(row).toEqual({ status: "ACCEPTED", version: 3, accepted_volunteer_id: rowId(winner.acceptedVolunteer.id) });
    expect(racers).toContain(row.accepted_volunteer_id);
  });
});

describe("placeDemand: idempotency keys", () => {
  it("a resend with the same key and input returns the same demand, replayed, and writes nothing", async () => {
    const key = `place-${unique()}`;
    const input = demandInput({ idempotencyKey: key });
    const first = (await ok(PLACE, { input })).placeDemand;
    const again = (await ok(PLACE, { input })).placeDemand;
    expect(first.replayed).toBe(false);
    expect(again.replayed).toBe(true);
    expect(again.demand.id).toBe(first.demand.id);
    expect(await demandRows(input.title as string)).toHaveLength(1);

    // Absent and null optional fields are the same request.
    const { gridCode: _g, ...withoutGrid } = input;
    const key2 = `place-${unique()}`;
    const a = (await ok(PLACE, { input: { ...withoutGrid, idempotencyKey: key2 } })).placeDemand;
    const b = (await ok(PLACE, { input: { ...withoutGrid, gridCode: null, idempotencyKey: key2 } })).placeDemand;
    expect([a.replayed, b.replayed, b.demand.id]).toEqual([false, true, a.demand.id]);
  });

  it("the same key with a different input is a CONFLICT and writes nothing", async () => {
    const key = `place-${unique()}`;
    const input = demandInput({ idempotencyKey: key });
    await ok(PLACE, { input });
    const changed = { ...input, description: "改成上门陪诊。" };
    const error = await fails(PLACE, { input: changed });
    expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await demandRows(input.title as string)).toHaveLength(1);
  });

  it("10 concurrent sends with one key make one demand", async () => {
    const input = demandInput({ idempotencyKey: `place-${unique()}` });
    const results = await Promise.all(Array.from({ length: 10 }, () => graphql(api, PLACE, { input })));
    expect(results.every((r) => !r.errors)).toBe(true);
    const payloads = results.map((r) => r.data!.placeDemand);
    expect(new Set(payloads.map((p) => p.demand.id)).size).toBe(1);
    expect(payloads.filter((p) => !p.replayed)).toHaveLength(1);
    expect(await demandRows(input.title as string)).toHaveLength(1);
  });
});

const ACTIVITY = `id status version capacity enrolledCount allowedActions startsAt endsAt cancelledAt cancelReason site { id } team { id }`;
const PUBLISH = `mutation($input: PublishActivityInput!) { publishActivity(input: $input) { activity { ${ACTIVITY} } } }`;
const ENROL = `mutation($input: EnrolInActivityInput!) { enrolInActivity(input: $input) { replayed enrolment { id enrolledAt checkedInAt creditedHours volunteer { id } activity { id } } activity { id enrolledCount } } }`;
const CHECK_IN = `mutation($input: CheckInEnrolmentInput!) { checkInEnrolment(input: $input) { enrolment { id checkedInAt } activity { id status } } }`;
const COMPLETE_ACTIVITY = `mutation($input: CompleteActivityInput!) { completeActivity(input: $input) {
  activity { ${ACTIVITY} enrolments { id checkedInAt creditedHours volunteer { id totalHours } } } } }`;
const CANCEL_ACTIVITY = `mutation($input: CancelActivityInput!) { cancelActivity(input: $input) { activity { ${ACTIVITY} } } }`;

const activityInput = (over: Record<string, unknown> = {}) => ({
  siteId: gid("PracticeSite", fx.siteId),
  teamId: gid("VolunteerTeam", fx.teamId),
  communityCode: fx.community,
  title: `垃圾分类宣传 ${unique()}`,
  category: "ENVIRONMENT",
  description: "在小区广场宣传垃圾分类知识。",
  location: "小区广场",
  startsAt: hoursFromNow(48),
  endsAt: hoursFromNow(50.5),
  capacity: 10,
  ...over,
});

async function publish(over: Record<string, unknown> = {}) {
  return (await ok(PUBLISH, { input: activityInput(over) })).publishActivity.activity;
}

async function enrol(activityId: string, volunteer: number, idempotencyKey?: string) {
  return (await ok(ENROL, { input: { activityId, volunteerId: gid("Volunteer", volunteer), idempotencyKey } })).enrolInActivity;
}

const enrolmentCount = async (activityId: string) => (await sql(`SELECT count(*)::int AS n FROM enrolments WHERE activity_id = $1`, [rowId(activityId)]))[0].n;

/** Moves an activity's start to a few minutes ago, keeping its length, as if its time had come. */
async function begin(activityId: string): Promise<void> {
  await civic.query(`UPDATE activities SET starts_at = now() - interval '5 minutes', ends_at = now() - interval '5 minutes' + (ends_at - starts_at) WHERE id = $1`, [rowId(activityId)]);
}

const INVARIANT = `SELECT count(*)::int AS broken FROM volunteers v
  LEFT JOIN (SELECT volunteer_id, sum(credited_hours) AS hours FROM enrolments GROUP BY volunteer_id) e ON e.volunteer_id = v.id
  WHERE v.total_hours <> coalesce(e.hours, 0)`;

describe("activities: publish, enrol, check in, complete", () => {
  it("publishes an activity with its site and team, open for enrolment", async () => {
    const activity = await publish();
    expect(activity).toMatchObject({ status: "PUBLISHED", version: 1, capacity: 10, enrolledCount: 0, allowedActions: ["COMPLETE", "CANCEL"], site: { id: gid("PracticeSite", fx.siteId) }, team: { id: gid("VolunteerTeam", fx.teamId) } });
    const noTeam = await publish({ teamId: null });
    expect(noTeam.team).toBeNull();
  });

  it("credits hours to the checked-in on completion and keeps every volunteer's total equal to the sum of credited hours", async () => {
    const activity = await publish({ capacity: 5 });
    const [a, b, c] = fx.volunteers.slice(0, 3) as [number, number, number];
    const before = await sql(`SELECT id, total_hours FROM volunteers WHERE id = ANY($1) ORDER BY id`, [[a, b, c]]);
    const enrolments = [await enrol(activity.id, a), await enrol(activity.id, b), await enrol(activity.id, c)];
    expect(enrolments.map((e) => e.activity.enrolledCount)).toEqual([1, 2, 3]);
    // Two days ahead: too early to check in or to complete, and nobody is credited.
    expect((await fails(CHECK_IN, { input: { enrolmentId: enrolments[0]!.enrolment.id } })).message).toMatch(/opens at/);
    expect((await fails(COMPLETE_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 1 } })).message).toMatch(/once it has started/);
    await begin(activity.id);
    for (const e of enrolments.slice(0, 2)) {
      const checked = (await ok(CHECK_IN, { input: { enrolmentId: e.enrolment.id } })).checkInEnrolment;
      expect(checked.enrolment.checkedInAt).not.toBeNull();
    }
    // A second check-in is refused.
    const twice = await fails(CHECK_IN, { input: { enrolmentId: enrolments[0]!.enrolment.id } });
    expect(twice.extensions!.code).toBe("CONFLICT");

    const done = (await ok(COMPLETE_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 1, creditedHours: 2.5 } })).completeActivity.activity;
    expect(done).toMatchObject({ status: "COMPLETED", version: 2, enrolledCount: 3, allowedActions: [] });
    expect(done.enrolments.map((e: any) => e.creditedHours)).toEqual([2.5, 2.5, null]);
    const after = await sql(`SELECT id, total_hours FROM volunteers WHERE id = ANY($1) ORDER BY id`, [[a, b, c]]);
    expect(after.map((r, i) => Number(r.total_hours) - Number(before[i].total_hours))).toEqual([2.5, 2.5, 0]);
    expect(done.enrolments[0].volunteer.totalHours).toBe(Number(after[0].total_hours));

    // Check-in and enrolment close with the activity; completing again is an illegal step.
    const late = await fails(CHECK_IN, { input: { enrolmentId: enrolments[2]!.enrolment.id } });
    expect(late.extensions).toMatchObject({ code: "CONFLICT", status: "COMPLETED" });
    const again = await fails(COMPLETE_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 2 } });
    expect(again.extensions).toMatchObject({ code: "CONFLICT", status: "COMPLETED", allowedActions: [] });
    const closed = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[5]!) } });
    expect(closed.extensions).toMatchObject({ code: "CONFLICT", status: "COMPLETED" });

    const [{ broken }] = await sql(INVARIANT);
    expect(broken).toBe(0);
  });

  it("credits the activity's length rounded to half hours by default", async () => {
    const activity = await publish({ startsAt: hoursFromNow(30), endsAt: hoursFromNow(30 + 100 / 60) });
    const { enrolment } = await enrol(activity.id, fx.volunteers[3]!);
    await begin(activity.id);
    await ok(CHECK_IN, { input: { enrolmentId: enrolment.id } });
    const done = (await ok(COMPLETE_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 1 } })).completeActivity.activity;
    expect(done.enrolments.map((e: any) => e.creditedHours)).toEqual([1.5]);
    const [{ broken }] = await sql(INVARIANT);
    expect(broken).toBe(0);
  });

  it("25 volunteers enrol at once in 5 seats: exactly 5 are enrolled, 20 get CONFLICT", async () => {
    const activity = await publish({ capacity: 5 });
    const racers = fx.volunteers.slice(0, 25);
    const results = await Promise.all(racers.map((v) => graphql(api, ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", v) } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(5);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(20);
    for (const r of refused) expect(r.errors![0]!.extensions).toMatchObject({ code: "CONFLICT", capacity: 5, enrolledCount: 5 });
    expect(await enrolmentCount(activity.id)).toBe(5);
    const node = await ok(`query($id: ID!) { node(id: $id) { ... on Activity { enrolledCount enrolments { volunteer { id } } } } }`, { id: activity.id });
    expect(node.node.enrolledCount).toBe(5);
    expect(node.node.enrolments).toHaveLength(5);
  });

  it("refuses the same volunteer twice, and replays an enrolment resent with its key", async () => {
    const activity = await publish();
    const v = fx.volunteers[7]!;
    const key = `enrol-${unique()}`;
    const first = await enrol(activity.id, v, key);
    const again = await enrol(activity.id, v, key);
    expect([first.replayed, again.replayed]).toEqual([false, true]);
    expect(again.enrolment.id).toBe(first.enrolment.id);
    expect(await enrolmentCount(activity.id)).toBe(1);

    const dup = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", v) } });
    expect(dup.extensions).toMatchObject({ code: "CONFLICT", field: "input.volunteerId" });
    const otherInput = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[8]!), idempotencyKey: key } });
    expect(otherInput.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(await enrolmentCount(activity.id)).toBe(1);

    // 10 concurrent sends with one key: one enrolment.
    const key2 = `enrol-${unique()}`;
    const input = { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[9]!), idempotencyKey: key2 };
    const results = await Promise.all(Array.from({ length: 10 }, () => graphql(api, ENROL, { input })));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.enrolInActivity.enrolment.id)).size).toBe(1);
    expect(results.filter((r) => !r.data!.enrolInActivity.replayed)).toHaveLength(1);
    expect(await enrolmentCount(activity.id)).toBe(2);

    // node(id) resolves an Enrolment.
    const node = await ok(`query($id: ID!) { node(id: $id) { __typename ... on Enrolment { activity { id } volunteer { id } } } }`, { id: first.enrolment.id });
    expect(node.node).toEqual({ __typename: "Enrolment", activity: { id: activity.id }, volunteer: { id: gid("Volunteer", v) } });
  });

  it("a key whose write failed stays free: the failed enrolment left nothing behind", async () => {
    const activity = await publish();
    const key = `enrol-${unique()}`;
    const bad = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", 99_999_999), idempotencyKey: key } });
    expect(bad.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.volunteerId" });
    expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key])).toHaveLength(0);
    const good = await enrol(activity.id, fx.volunteers[10]!, key);
    expect(good.replayed).toBe(false);
    expect(await enrolmentCount(activity.id)).toBe(1);
  });

  it("cancels a published activity; then nothing more can happen to it", async () => {
    const activity = await publish();
    const { enrolment } = await enrol(activity.id, fx.volunteers[11]!);
    const stale = await fails(CANCEL_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 7 } });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1, status: "PUBLISHED" });
    const cancelled = (await ok(CANCEL_ACTIVITY, { input: { activityId: activity.id, expectedVersion: 1, reason: "暴雨预警" } })).cancelActivity.activity;
    expect(cancelled).toMatchObject({ status: "CANCELLED", version: 2, cancelReason: "暴雨预警", allowedActions: [] });
    expect(cancelled.cancelledAt).not.toBeNull();
    for (const [query, input] of [
      [COMPLETE_ACTIVITY, { activityId: activity.id, expectedVersion: 2 }],
      [CANCEL_ACTIVITY, { activityId: activity.id, expectedVersion: 2 }],
      [ENROL, { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[12]!) }],
      [CHECK_IN, { enrolmentId: enrolment.id }],
    ] as const) {
      const error = await fails(query, { input });
      expect(error.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
    }
    const [row] = await sql(`SELECT checked_in_at, credited_hours FROM enrolments WHERE id = $1`, [rowId(enrolment.id)]);
    expect(row).toEqual({ checked_in_at: null, credited_hours: null });
  });

  it("closes enrolment once the activity has started", async () => {
    const activity = await publish();
    await civic.query(`UPDATE activities SET starts_at = now() - interval '10 minutes' WHERE id = $1`, [rowId(activity.id)]);
    const error = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[0]!) } });
    expect(error.extensions).toMatchObject({ code: "CONFLICT", status: "PUBLISHED" });
    expect(await enrolmentCount(activity.id)).toBe(0);
  });

  it("loads enrolments and seat counts of many activities in one statement each", async () => {
    const query = `query($n: Int!) { activities(first: $n) { edges { node { enrolledCount enrolments { creditedHours volunteer { name } } site { name } team { name } } } } }`;
    const res = await graphql(api, query, { n: 100 });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.activities.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(100);
    expect(nodes.filter((n: any) => n.enrolments.length > 0).length).toBeGreaterThan(10);
    expect(nodes.every((n: any) => n.enrolledCount === n.enrolments.length)).toBe(true);
    // One each: activities, enrolments, counts, volunteers, sites, teams.
    expect(res.extensions!.queryStats!.civic!.statements).toBe(6);
  });
});

describe("civic writes: validation before any SQL, and nothing left by a failed write", () => {
  const field = async (query: string, input: Record<string, unknown>) => {
    const error = await fails(query, { input });
    expect(error.extensions!.code).toBe("BAD_USER_INPUT");
    return error.extensions!.field;
  };

  it("names the field at fault", async () => {
    expect(await field(PLACE, demandInput({ title: "长".repeat(201) }))).toBe("input.title");
    expect(await field(PLACE, demandInput({ title: "   " }))).toBe("input.title");
    expect(await field(PLACE, demandInput({ communityCode: "42068300100" }))).toBe("input.communityCode");
    expect(await field(PLACE, demandInput({ gridCode: "420683999999001" }))).toBe("input.gridCode");
    expect(await field(PLACE, demandInput({ residentPhone: "12345" }))).toBe("input.residentPhone");
    expect(await field(PLACE, demandInput({ idempotencyKey: "has spaces" }))).toBe("input.idempotencyKey");

    const done = await demandAt(["DISPATCH", "ACCEPT", "COMPLETE"]);
    expect(await field(RATE, { demandId: done.id, expectedVersion: done.version, rating: 6 })).toBe("input.rating");
    expect(await field(RATE, { demandId: done.id, expectedVersion: done.version, rating: 0 })).toBe("input.rating");
    expect(await field(CANCEL, { demandId: done.id, expectedVersion: done.version, reason: "" })).toBe("input.reason");
    expect(await field(DISPATCH, { demandId: "not-an-id", teamId: gid("VolunteerTeam", fx.teamId), expectedVersion: 1 })).toBe("input.demandId");

    expect(await field(PUBLISH, activityInput({ startsAt: hoursFromNow(5), endsAt: hoursFromNow(4) }))).toBe("input.endsAt");
    expect(await field(PUBLISH, activityInput({ startsAt: hoursFromNow(5), endsAt: hoursFromNow(29.5) }))).toBe("input.endsAt");
    expect(await field(PUBLISH, activityInput({ startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1) }))).toBe("input.startsAt");
    expect(await field(PUBLISH, activityInput({ capacity: 0 }))).toBe("input.capacity");
    expect(await field(PUBLISH, activityInput({ capacity: 501 }))).toBe("input.capacity");
    expect(await field(PUBLISH, activityInput({ communityCode: "420683999999" }))).toBe("input.communityCode");
    expect(await field(PUBLISH, activityInput({ siteId: gid("PracticeSite", 99_999_999) }))).toBe("input.siteId");
    expect(await field(PUBLISH, activityInput({ teamId: gid("VolunteerTeam", 99_999_999) }))).toBe("input.teamId");

    const activity = await publish();
    for (const hours of [0, 0.75, 24.5]) {
      expect(await field(COMPLETE_ACTIVITY, { activityId: activity.id, expectedVersion: 1, creditedHours: hours })).toBe("input.creditedHours");
    }
  });

  it("a demand for an unknown community or grid creates no row", async () => {
    const [{ n: before }] = await sql(`SELECT count(*)::int AS n FROM demands`);
    const unknownCommunity = demandInput({ communityCode: "420683999999", gridCode: null, idempotencyKey: `place-${unique()}` });
    expect(await field(PLACE, unknownCommunity)).toBe("input.communityCode");
    // A street code is a division but not a community.
    expect(await field(PLACE, demandInput({ communityCode: `${fx.community.slice(0, 9)}000`, gridCode: null }))).toBe("input.communityCode");
    expect(await field(PLACE, demandInput({ gridCode: `${fx.community}999` }))).toBe("input.gridCode");
    const [{ n: after }] = await sql(`SELECT count(*)::int AS n FROM demands`);
    expect(after).toBe(before);
    expect(await sql(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [unknownCommunity.idempotencyKey])).toHaveLength(0);
  });

  it("an activity at an unknown site, or full, leaves the counts as they were", async () => {
    const [{ n: activitiesBefore }] = await sql(`SELECT count(*)::int AS n FROM activities`);
    await field(PUBLISH, activityInput({ siteId: gid("PracticeSite", 99_999_999) }));
    await field(PUBLISH, activityInput({ endsAt: hoursFromNow(10) }));
    const [{ n: activitiesAfter }] = await sql(`SELECT count(*)::int AS n FROM activities`);
    expect(activitiesAfter).toBe(activitiesBefore);

    const activity = await publish({ capacity: 1 });
    await enrol(activity.id, fx.volunteers[0]!);
    const full = await fails(ENROL, { input: { activityId: activity.id, volunteerId: gid("Volunteer", fx.volunteers[1]!), idempotencyKey: `enrol-${unique()}` } });
    expect(full.extensions).toMatchObject({ code: "CONFLICT", capacity: 1, enrolledCount: 1 });
    expect(await enrolmentCount(activity.id)).toBe(1);
  });
});
