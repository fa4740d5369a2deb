import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { gid } from "./support/global-id.js";
import { liveClient, subscribe } from "./support/live.js";
import { bearer } from "./support/tokens.js";

// 红色物业: property companies, compounds, residents' ratings and 三方联动 meetings, end to end.

const COMMUNITY = "420683001001";
const OTHER_COMMUNITY = "420683001002";
const run = randomUUID().slice(0, 8);

let api: RunningApi;
let party: pg.Client;
let worker: string;
let otherWorker: string;
let managed: { id: string; row: number; companyId: number };
let unmanaged: { id: string };

const errorOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions ?? {};
const count = async (sql: string, params: unknown[] = []) => (await party.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;
const resident = (subject: string) => bearer({ subject, role: "resident" });

beforeAll(async () => {
  api = await startTestApi();
  party = new pg.Client({ connectionString: inject("databaseUrls").party });
  await party.connect();
  worker = await bearer({ subject: `cw-${run}`, role: "community_worker", jurisdiction: COMMUNITY });
  otherWorker = await bearer({ subject: `cw2-${run}`, role: "community_worker", jurisdiction: OTHER_COMMUNITY });
  // Compounds of this run, so the workflow does not depend on the demo city's draw.
  const { rows } = await party.query<{ id: number }>("SELECT id FROM property_companies ORDER BY id LIMIT 1");
  const companyId = rows[0]!.id;
  const insert = (name: string, company: number | null) =>
    party.query<{ id: number }>("INSERT INTO residential_compounds (name, community_code, address, households, company_id) VALUES ($1, $2, '测试路1号', 300, $3) RETURNING id", [name, COMMUNITY, company]);
  const a = (await insert(`测试小区${run}`, companyId)).rows[0]!.id;
  const b = (await insert(`无物业小区${run}`, null)).rows[0]!.id;
  managed = { id: gid("ResidentialCompound", a), row: a, companyId };
  unmanaged = { id: gid("ResidentialCompound", b) };
});
afterAll(async () => {
  await party?.end();
  await api?.stop();
});

describe("红色物业 reads", () => {
  it("the demo city has companies of every kind of party building, compounds, ratings and meetings", async () => {
    for (const table of ["property_companies", "residential_compounds", "property_ratings", "joint_meetings"]) expect(await count(table)).toBeGreaterThan(0);
    const res = await graphql(api, `{
      org: propertyCompanies(first: 5, partyBuilding: ORGANIZATION) { totalCount edges { node { partyBuilding partyOrganization { name kind } liaison { id } } } }
      liaison: propertyCompanies(first: 5, partyBuilding: LIAISON) { totalCount edges { node { partyBuilding partyOrganization { id } liaison { id kind } } } }
      none: propertyCompanies(first: 5, partyBuilding: NONE) { totalCount }
      all: propertyCompanies(first: 1) { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.org.totalCount + d.liaison.totalCount + d.none.totalCount).toBe(d.all.totalCount);
    expect(d.org.totalCount).toBeGreaterThan(0);
    expect(d.liaison.totalCount).toBeGreaterThan(0);
    for (const { node } of d.org.edges) expect(node).toMatchObject({ partyBuilding: "ORGANIZATION", partyOrganization: { kind: "PARTNER_UNIT" }, liaison: null });
    for (const { node } of d.liaison.edges) expect(node).toMatchObject({ partyBuilding: "LIAISON", partyOrganization: null, liaison: { id: expect.any(String) } });
    const sql = (where: string) => count(`property_companies WHERE ${where}`);
    expect(d.org.totalCount).toBe(await sql("party_organization_id IS NOT NULL"));
    expect(d.liaison.totalCount).toBe(await sql("party_organization_id IS NULL AND liaison_member_id IS NOT NULL"));
  });

  it("lists a community's compounds with their companies, both ways, and finds each node by id", async () => {
    const res = await graphql(api, `{
      list: residentialCompounds(first: 100, filter: { divisionCode: "${COMMUNITY}" }) { totalCount edges { node { id name communityCode company { id name compounds { id } } } } }
      unmanaged: residentialCompounds(first: 100, filter: { divisionCode: "${COMMUNITY}" }, unmanaged: true) { edges { node { id company { id } } } }
      community(code: "${COMMUNITY}") { residentialCompounds { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.list.edges.map((e: any) => e.node);
    expect(res.data!.list.totalCount).toBe(await count("residential_compounds WHERE community_code = $1", [COMMUNITY]));
    expect(nodes.every((n: any) => n.communityCode === COMMUNITY)).toBe(true);
    expect(res.data!.community.residentialCompounds.map((c: any) => c.id)).toEqual(nodes.map((n: any) => n.id));
    for (const n of nodes.filter((n: any) => n.company)) expect(n.company.compounds.map((c: any) => c.id)).toContain(n.id);
    expect(res.data!.unmanaged.edges.map((e: any) => e.node.id)).toContain(unmanaged.id);
    expect(res.data!.unmanaged.edges.every((e: any) => e.node.company === null)).toBe(true);

    const company = nodes.find((n: any) => n.company)!.company;
    const byId = await graphql(api, `query($a: ID!, $b: ID!) { a: node(id: $a) { __typename ... on ResidentialCompound { name } } b: node(id: $b) { __typename ... on PropertyCompany { name } } }`, { a: managed.id, b: company.id });
    expect(byId.data).toEqual({ a: { __typename: "ResidentialCompound", name: `测试小区${run}` }, b: { __typename: "PropertyCompany", name: company.name } });
  });

  it("reads the compounds of a page with their companies, summaries and meetings in a fixed number of statements", async () => {
    const query = (first: number) => `{ residentialCompounds(first: ${first}) { edges { node { name company { name ratings { count } } ratings { count meanScore } jointMeetings { topic } } } } }`;
    const small = await graphql(api, query(3));
    const large = await graphql(api, query(60));
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data!.residentialCompounds.edges).toHaveLength(60);
    expect(large.extensions!.queryStats!.party!.statements).toBe(small.extensions!.queryStats!.party!.statements);
    expect(large.extensions!.queryStats!.party!.statements).toBeLessThanOrEqual(5);
  });
});

describe("residents' ratings (物业服务评价)", () => {
  const RATE = `mutation($input: RatePropertyInput!) { rateProperty(input: $input) { rating { id month score comment } } }`;
  const SUMMARY = `query($id: ID!) { node(id: $id) { ... on ResidentialCompound { ratings { count meanScore satisfiedShare withheldReason } } } }`;

  it("keeps one rating per resident, compound and month, and withholds figures below five ratings", async () => {
    const first = await graphql(api, RATE, { input: { compoundId: managed.id, score: 2, comment: "楼道灯坏了一周" } }, { authorization: await resident(`r1-${run}`) });
    expect(first.errors).toBeUndefined();
    const again = await graphql(api, RATE, { input: { compoundId: managed.id, score: 4 } }, { authorization: await resident(`r1-${run}`) });
    expect(again.data!.rateProperty.rating).toMatchObject({ id: first.data!.rateProperty.rating.id, score: 4, comment: null });
    expect(await count("property_ratings WHERE compound_id = $1", [managed.row])).toBe(1);

    const withheld = await graphql(api, SUMMARY, { id: managed.id }, { authorization: null });
    expect(withheld.data!.node.ratings).toMatchObject({ count: 1, meanScore: null, satisfiedShare: null, withheldReason: expect.stringContaining("Fewer than 5") });

    for (const [i, score] of [5, 3, 5, 1].entries()) {
      const res = await graphql(api, RATE, { input: { compoundId: managed.id, score } }, { authorization: await resident(`r${i + 2}-${run}`) });
      expect(res.errors).toBeUndefined();
    }
    const shown = await graphql(api, SUMMARY, { id: managed.id }, { authorization: null });
    // 4, 5, 3, 5, 1: mean 3.6, three of five rated 4 or more.
    expect(shown.data!.node.ratings).toEqual({ count: 5, meanScore: 3.6, satisfiedShare: 0.6, withheldReason: null });

    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const byMonth = `query($id: ID!, $m: String) { node(id: $id) { ... on ResidentialCompound { ratings(month: $m) { count } } } }`;
    expect((await graphql(api, byMonth, { id: managed.id, m: month })).data!.node.ratings.count).toBe(5);
    expect((await graphql(api, byMonth, { id: managed.id, m: "2020-01" })).data!.node.ratings.count).toBe(0);
    expect(errorOf(await graphql(api, byMonth, { id: managed.id, m: "2020-13" }))).toMatchObject({ code: "BAD_USER_INPUT", argument: "month" });
  });

  it("shows a rating to its resident and the community's staff only", async () => {
    const list = `query($id: ID!) { propertyRatings(compoundId: $id, first: 20) { totalCount edges { node { score } } } }`;
    const own = await graphql(api, list, { id: managed.id }, { authorization: await resident(`r1-${run}`) });
    expect(own.data!.propertyRatings.totalCount).toBe(1);
    const staff = await graphql(api, list, { id: managed.id }, { authorization: worker });
    expect(staff.data!.propertyRatings.totalCount).toBe(5);
    for (const who of [null, otherWorker, await resident(`stranger-${run}`)]) {
      const res = await graphql(api, list, { id: managed.id }, { authorization: who });
      expect(res.data!.propertyRatings.totalCount).toBe(0);
    }
  });

  it("refuses a bad score, an unmanaged compound, a missing one and a caller who is not a resident, writing nothing", async () => {
    const before = await count("property_ratings");
    const cases: [string | null, Record<string, unknown>, string][] = [
      [await resident(`r9-${run}`), { compoundId: managed.id, score: 6 }, "BAD_USER_INPUT"],
      [await resident(`r9-${run}`), { compoundId: unmanaged.id, score: 4 }, "BAD_USER_INPUT"],
      [await resident(`r9-${run}`), { compoundId: gid("ResidentialCompound", 99999999), score: 4 }, "NOT_FOUND"],
      [await resident(`r9-${run}`), { compoundId: gid("Venue", managed.row), score: 4 }, "BAD_USER_INPUT"],
      [worker, { compoundId: managed.id, score: 4 }, "FORBIDDEN"],
      [null, { compoundId: managed.id, score: 4 }, "UNAUTHENTICATED"],
    ];
    for (const [authorization, input, code] of cases) {
      const res = await graphql(api, RATE, { input }, { authorization });
      expect(errorOf(res).code, JSON.stringify(input)).toBe(code);
    }
    expect(await count("property_ratings")).toBe(before);
  });
});

describe("三方联动 meetings", () => {
  const MEETING = `id status version partiesPresent summary resolutions communityCode compound { id } company { id }`;
  const SCHEDULE = `mutation($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { jointMeeting { ${MEETING} } } }`;
  const RECORD = `mutation($input: RecordJointMeetingOutcomeInput!) { recordJointMeetingOutcome(input: $input) { jointMeeting { ${MEETING} } } }`;
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  it("schedules, then records a held meeting, streaming each change, public only once held", async () => {
    const client = liveClient(api);
    const mine = subscribe(client, `subscription($f: JointMeetingChangeFilter) { jointMeetingChanged(filter: $f) { operation jointMeeting { id status } } }`, { f: { divisionCode: COMMUNITY } });
    const elsewhere = subscribe(client, `subscription($f: JointMeetingChangeFilter) { jointMeetingChanged(filter: $f) { operation } }`, { f: { divisionCode: OTHER_COMMUNITY } });
    const feed = subscribe(client, `subscription { changes(scope: { divisionCodePrefix: "${COMMUNITY}" }, sources: [PARTY]) { entity operation node { id } } }`);
    try {
      await mine.settle(300);
      const topic = `电梯加装${run}`;
      const scheduled = await graphql(api, SCHEDULE, { input: { compoundId: managed.id, topic, heldAt: inAWeek() } }, { authorization: worker });
      expect(scheduled.errors).toBeUndefined();
      const meeting = scheduled.data!.scheduleJointMeeting.jointMeeting;
      expect(meeting).toMatchObject({ status: "SCHEDULED", version: 1, communityCode: COMMUNITY, compound: { id: managed.id }, company: { id: gid("PropertyCompany", managed.companyId) }, partiesPresent: [] });

      const publicRead = `query($id: ID!) { node(id: $id) { ... on JointMeeting { status } } }`;
      expect((await graphql(api, publicRead, { id: meeting.id }, { authorization: null })).data!.node).toBeNull();

      const record = (over: Record<string, unknown>) =>
        graphql(api, RECORD, { input: { meetingId: meeting.id, expectedVersion: 1, status: "HELD", partiesPresent: ["COMMUNITY", "PROPERTY_COMPANY", "OWNERS_COMMITTEE"], summary: "三方同意加装电梯", resolutions: ["业委会一周内征求意见"], ...over } }, { authorization: worker });
      expect(errorOf(await record({ partiesPresent: ["PROPERTY_COMPANY", "OWNERS_COMMITTEE"] }))).toMatchObject({ code: "BAD_USER_INPUT", field: "input.partiesPresent" });
      expect(errorOf(await record({ status: "CANCELLED" }))).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(errorOf(await record({ expectedVersion: 7 }))).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
      const held = await record({});
      expect(held.errors).toBeUndefined();
      expect(held.data!.recordJointMeetingOutcome.jointMeeting).toMatchObject({ status: "HELD", version: 2, partiesPresent: ["COMMUNITY", "PROPERTY_COMPANY", "OWNERS_COMMITTEE"], resolutions: ["业委会一周内征求意见"] });
      expect(errorOf(await record({ expectedVersion: 2, status: "CANCELLED", partiesPresent: [], resolutions: [] }))).toMatchObject({ code: "CONFLICT", allowedActions: [] });
      expect((await graphql(api, publicRead, { id: meeting.id }, { authorization: null })).data!.node).toEqual({ status: "HELD" });

      // Each item carries the meeting as it is when delivered.
      const items = await mine.waitFor(2);
      expect(items.map((i) => [i.operation, i.jointMeeting.id])).toEqual([
        ["INSERT", meeting.id],
        ["UPDATE", meeting.id],
      ]);
      expect(items[1].jointMeeting.status).toBe("HELD");
      const fed = (await feed.waitFor(2)).filter((i) => i.entity === "JointMeeting");
      expect(fed.map((i) => i.node.id)).toEqual([meeting.id, meeting.id]);
      expect(await elsewhere.settle(300)).toEqual([]);
    } finally {
      mine.stop();
      elsewhere.stop();
      feed.stop();
      await client.dispose();
    }
  });

  it("refuses a compound outside the caller's jurisdiction or without a company, and writes nothing", async () => {
    const before = await count("joint_meetings");
    const outside = await graphql(api, SCHEDULE, { input: { compoundId: managed.id, topic: "停车", heldAt: inAWeek() } }, { authorization: otherWorker });
    expect(errorOf(outside)).toMatchObject({ code: "FORBIDDEN", field: "input.compoundId" });
    const noCompany = await graphql(api, SCHEDULE, { input: { compoundId: unmanaged.id, topic: "停车", heldAt: inAWeek() } }, { authorization: worker });
    expect(errorOf(noCompany)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.compoundId" });
    const past = await graphql(api, SCHEDULE, { input: { compoundId: managed.id, topic: "停车", heldAt: "2020-01-01T00:00:00Z" } }, { authorization: worker });
    expect(errorOf(past).code).toBe("BAD_USER_INPUT");
    const resident1 = await graphql(api, SCHEDULE, { input: { compoundId: managed.id, topic: "停车", heldAt: inAWeek() } }, { authorization: await resident(`r1-${run}`) });
    expect(errorOf(resident1).code).toBe("FORBIDDEN");
    expect(await count("joint_meetings")).toBe(before);
  });

  it("lists held meetings to the public and every meeting to the community's staff", async () => {
    const list = `{ jointMeetings(first: 100, filter: { divisionCode: "${COMMUNITY}" }) { totalCount edges { node { status heldAt } } } }`;
    const pub = await graphql(api, list, undefined, { authorization: null });
    const staff = await graphql(api, list, undefined, { authorization: worker });
    expect(pub.data!.jointMeetings.edges.every((e: any) => e.node.status === "HELD")).toBe(true);
    expect(pub.data!.jointMeetings.totalCount).toBe(await count("joint_meetings WHERE community_code = $1 AND status = 'HELD'", [COMMUNITY]));
    expect(staff.data!.jointMeetings.totalCount).toBe(await count("joint_meetings WHERE community_code = $1", [COMMUNITY]));
    const times = staff.data!.jointMeetings.edges.map((e: any) => Date.parse(e.node.heldAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
