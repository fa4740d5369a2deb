import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { rowId } from "./support/global-id.js";
import { liveClient, subscribe } from "./support/live.js";
import { bearer } from "./support/tokens.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

/** Moves an event's due time into the past, as the governance centre's own system could. */
async function overdue(eventId: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("databaseUrls").governance });
  await client.connect();
  try {
    await client.query("UPDATE events SET due_at = now() - interval '1 hour' WHERE id = $1", [rowId(eventId)]);
  } finally {
    await client.end();
  }
}

async function example(name: string): Promise<string> {
  return readFile(join(projectRoot, "examples", `${name}.graphql`), "utf8");
}

describe("the example operations run against the demo city", () => {
  it("covers every file in examples/", async () => {
    const files = (await readdir(join(projectRoot, "examples"))).filter((f) => f.endsWith(".graphql")).sort();
    expect(files).toEqual(["analyst-community-ranking.graphql", "analyst-street-scorecard.graphql", "analyst-trend.graphql", "analyst-unmatched-needs.graphql", "community-page.graphql", "dashboard.graphql", "grid-worker-events.graphql", "grid-worker-flow.graphql", "nearby-stations.graphql", "needs-list.graphql", "person-profile.graphql", "red-property.graphql", "resident-flow.graphql", "street-events.graphql"]);
  });

  it("analyst: a street's scorecard, its communities ranked, a six-month trend and the unmatched needs", async () => {
    const analyst = await bearer({ subject: "example-analyst", role: "analyst" });
    const local = new Date(Date.now() + 8 * 3_600_000);
    const month = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const quarter = `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
    const card = await graphql(api, await example("analyst-street-scorecard"), { street: "420683001", month }, { authorization: analyst });
    expect(card.errors).toBeUndefined();
    expect(card.data!.scorecard.period.label).toBe(month);
    expect(card.data!.scorecard.indicators.length).toBe(32);
    const ranking = await graphql(api, await example("analyst-community-ranking"), { street: "420683001", quarter }, { authorization: analyst });
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!.scorecards.length).toBeGreaterThan(3);
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 170 * 86_400_000).toISOString();
    const trend = await graphql(api, await example("analyst-trend"), { street: "420683001", from, to }, { authorization: analyst });
    expect(trend.errors).toBeUndefined();
    expect(trend.data!.indicatorSeries.length).toBeGreaterThanOrEqual(6);
    expect(trend.data!.indicatorSeries[0].figures.map((f: any) => f.indicator)).toEqual(["EVENT_CLOSURE_RATE", "ON_TIME_CLOSURE_RATE", "SATISFACTION_RATE", "MEMBER_SERVICE_RATE", "NEEDS_ANSWERED_IN_7_DAYS"]);
    const queue = await graphql(api, await example("analyst-unmatched-needs"), { street: "420683001" });
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.unmatchedNeeds.totalCount).toBeGreaterThan(0);
    expect(queue.data!.unmatchedNeeds.needs[0].matches.length).toBeGreaterThan(0);
  });

  it("red property: a street's companies and a community's compounds, for the public", async () => {
    const res = await graphql(api, await example("red-property"), { street: "420683001", community: "420683001001" }, { authorization: null });
    expect(res.errors).toBeUndefined();
    const companies = res.data!.propertyCompanies.edges.map((e: any) => e.node);
    expect(companies.length).toBeGreaterThan(0);
    for (const c of companies) {
      expect(["ORGANIZATION", "LIAISON", "NONE"]).toContain(c.partyBuilding);
      // A summary shows figures only with five ratings or more behind them.
      expect(c.ratings.meanScore === null).toBe(c.ratings.count < 5);
    }
    const compounds = res.data!.community.residentialCompounds;
    expect(compounds.length).toBeGreaterThan(0);
    // The public sees a meeting once it is held.
    for (const m of compounds.flatMap((c: any) => c.jointMeetings)) expect(m.status).toBe("HELD");
  });

  it("community page: data from all four sources in one response", async () => {
    const res = await graphql(api, await example("community-page"), { code: "420683001001" });
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.extensions!.queryStats!).sort()).toEqual(["civic", "governance", "party", "registry"]);
    expect(res.data!.community.venues.length).toBeGreaterThan(0);
    expect(res.data!.community.activities.length).toBeGreaterThan(0);
    expect(res.data!.community.grids.length).toBeGreaterThan(0);
  });

  it("grid worker's events, street overdue events, nearby stations and needs", async () => {
    const grid = await graphql(api, await example("grid-worker-events"), { gridCode: "420683001001001" });
    expect(grid.errors).toBeUndefined();
    const statuses = grid.data!.grid.events.edges.map((e: any) => e.node.status);
    expect(statuses.every((s: string) => ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED"].includes(s))).toBe(true);

    const street = await graphql(api, await example("street-events"), { streetCode: "420683001" });
    expect(street.errors).toBeUndefined();
    const now = Date.now();
    expect(street.data!.events.edges.every((e: any) => Date.parse(e.node.dueAt) < now && e.node.communityCode.startsWith("420683001"))).toBe(true);

    const near = await graphql(api, await example("nearby-stations"), { lat: 31.71, lng: 112.25 });
    expect(near.errors).toBeUndefined();

    const needs = await graphql(api, await example("needs-list"), { divisionCode: "420683001" });
    expect(needs.errors).toBeUndefined();
    expect(needs.data!.needs.edges.every((e: any) => ["OPEN", "IN_PROGRESS"].includes(e.node.needState))).toBe(true);
  });

  it("person profile: a member who also volunteers", async () => {
    const members = await graphql(api, `{ partyMembers(first: 100) { edges { node { person { id volunteerRecords { id } } } } } }`);
    const person = members.data!.partyMembers.edges.map((e: any) => e.node.person).find((p: any) => p.volunteerRecords.length > 0);
    const res = await graphql(api, await example("person-profile"), { id: person.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node.partyMemberships.length).toBeGreaterThan(0);
    expect(res.data!.node.volunteerRecords.length).toBeGreaterThan(0);
    expect(res.extensions!.queryStats!.party!.statements).toBe(1);
    expect(res.extensions!.queryStats!.civic!.statements).toBe(1);
  });

  it("grid worker's flow: report, every lifecycle step, supervision and a whistle", async () => {
    const doc = await example("grid-worker-flow");
    const run = (operationName: string, variables: Record<string, unknown>, actor?: string) => graphql(api, doc, variables, { operationName, actor });
    const reported = await run("ReportEvent", { input: {
      gridCode: "420683001001001", category: "ENVIRONMENT", urgency: "HIGH", channel: "GRID_PATROL",
      title: "垃圾桶满溢", description: "3号楼前垃圾桶满溢两天", address: "3号楼前", location: { lat: 31.72, lng: 112.26 }, idempotencyKey: "example-grid-flow-1",
    } }, "网格员王芳");
    expect(reported.errors).toBeUndefined();
    let event = reported.data!.reportEvent.event;
    expect(event.allowedActions).toEqual(["ACCEPT", "REJECT"]);
    const steps: [string, Record<string, unknown>, string][] = [
      ["ACCEPT", {}, "社区综治中心"],
      ["ASSIGN", { department: "环卫所" }, "街道综治中心"],
      ["START", {}, "环卫所"],
      ["RESPOND", { note: "已清运" }, "环卫所"],
      ["VERIFY", {}, "网格员王芳"],
      ["CLOSE", {}, "街道综治中心"],
    ];
    for (const [action, extra, actor] of steps) {
      const res = await run("TakeEventStep", { input: { eventId: event.id, action, expectedVersion: event.version, ...extra } }, actor);
      expect(res.errors, action).toBeUndefined();
      event = res.data!.transitionEvent.event;
    }
    expect(event.status).toBe("CLOSED");
    expect(event.history.map((h: any) => h.actor)).toEqual(["网格员王芳", "社区综治中心", "街道综治中心", "环卫所", "环卫所", "网格员王芳", "街道综治中心"]);

    const ledger = await run("SupervisionList", { divisionCode: "420683001" });
    expect(ledger.errors).toBeUndefined();
    expect(ledger.data!.supervisionList.totalCount).toBeGreaterThan(0);
    // An event of its own, overdue: how many seeded ones are overdue and unsupervised depends on the day.
    const late = await run("ReportEvent", { input: {
      gridCode: "420683001001001", category: "FACILITIES", urgency: "NORMAL", channel: "GRID_PATROL",
      title: "路灯不亮", description: "5号楼旁路灯不亮", address: "5号楼旁", location: { lat: 31.72, lng: 112.26 }, idempotencyKey: "example-grid-flow-2",
    } }, "网格员王芳");
    expect(late.errors).toBeUndefined();
    await overdue(late.data!.reportEvent.event.id);
    const unsupervised = await graphql(api, `{ events(first: 100, filter: { gridCode: "420683001001001", overdue: true, supervised: false }) { edges { node { id version } } } }`);
    const open = unsupervised.data!.events.edges.map((e: any) => e.node).find((n: any) => n.id === late.data!.reportEvent.event.id);
    expect(open).toMatchObject({ version: 1 });
    const supervised = await run("SuperviseEvent", { input: { eventId: open.id, expectedVersion: open.version, level: "ORDINARY", note: "请加快办理" } });
    expect(supervised.data!.superviseEvent.event.supervisionLevel).toBe("ORDINARY");
    const whistle = await run("BlowWhistle", { input: { eventId: open.id, divisionCode: "420683001", departments: ["城管局", "市场监管所"], note: "联合处置" } });
    expect(whistle.data!.blowWhistle.event.pendingDepartments).toEqual(["城管局", "市场监管所"].sort());
    const reportedBack = await run("ReportToWhistle", { input: { whistleId: whistle.data!.blowWhistle.whistle.id, department: "城管局", action: "已到场处置" } });
    expect(reportedBack.data!.reportToWhistle.event.pendingDepartments).toEqual(["市场监管所"]);
  });

  it("resident's flow, with a resident's token: order, dispatch, accept, rate; a micro-wish; book and cancel a room", async () => {
    const doc = await example("resident-flow");
    const resident = await bearer({ subject: "resident-li-mei", name: "居民李梅", role: "resident" });
    const run = async (operationName: string, variables: Record<string, unknown>) => {
      const res = await graphql(api, doc, variables, { operationName, authorization: resident });
      expect(res.errors, operationName).toBeUndefined();
      return res.data!;
    };
    const community = "420683001003";
    const order = { communityCode: community, residentName: "李梅", residentPhone: "13800001234", category: "ELDERLY_CARE", title: "陪同老人就医", description: "周三上午需要陪同母亲去医院复查", idempotencyKey: "example-resident-demand-1" };
    const placed = (await run("PlaceDemand", { input: order })).placeDemand;
    expect(placed).toMatchObject({ replayed: false, demand: { status: "ORDERED", allowedActions: ["DISPATCH", "CANCEL"] } });
    expect((await run("PlaceDemand", { input: order })).placeDemand).toMatchObject({ replayed: true, demand: { id: placed.demand.id } });

    // The centre (here an administrator) dispatches it to a team; one of the team's volunteers takes it and does it.
    const teams = await graphql(api, `query($d: String!) { volunteerTeams(first: 20, filter: { divisionCode: $d }) { edges { node { id members { id } } } } }`, { d: community.slice(0, 9) });
    const team = teams.data!.volunteerTeams.edges.map((e: any) => e.node).find((t: any) => t.members.length > 0);
    const step = async (mutation: string, input: Record<string, unknown>) => {
      const res = await graphql(api, `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { demand { version } } }`, { input });
      expect(res.errors, mutation).toBeUndefined();
      return res.data![mutation].demand.version;
    };
    let version = await step("dispatchDemand", { demandId: placed.demand.id, teamId: team.id, expectedVersion: placed.demand.version });
    version = await step("acceptDemand", { demandId: placed.demand.id, volunteerId: team.members[0].id });
    version = await step("completeDemand", { demandId: placed.demand.id, expectedVersion: version });
    const progress = (await run("DemandProgress", { id: placed.demand.id })).node;
    // The resident follows the order and the team, but volunteers' records are not theirs to see.
    expect(progress).toMatchObject({ status: "DONE", allowedActions: ["RATE"], dispatchedTeam: { name: expect.any(String) }, acceptedVolunteer: null });
    const rated = (await run("RateDemand", { input: { demandId: placed.demand.id, expectedVersion: progress.version, rating: 5, feedback: "很贴心" } })).rateDemand;
    expect(rated.demand).toMatchObject({ status: "RATED", rating: 5 });

    const wish = (await run("PostMicroWish", { input: { communityCode: community, residentName: "李梅", title: "想要一台收音机", description: "给独居的母亲听戏", idempotencyKey: "example-resident-wish-1" } })).postMicroWish;
    expect(wish.microWish).toMatchObject({ status: "OPEN", version: 1 });

    // A room for two hours on a day some weeks ahead, inside its opening hours (China Standard Time).
    const day = new Date(Date.now() + (40 + Math.floor(Math.random() * 300)) * 86_400_000).toISOString().slice(0, 10);
    const schedule = (await run("VenueSchedule", { code: community, from: `${day}T00:00:00+08:00`, to: `${day}T23:59:59+08:00` })).community;
    const venue = schedule.venues.find((v: any) => v.takenSlots.length === 0 && v.opensAt <= "09:00:00" && v.closesAt >= "11:00:00");
    const booking = { venueId: venue.id, startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T11:00:00+08:00`, purpose: "社区老年合唱排练", bookerName: "李梅", idempotencyKey: `example-resident-booking-${day}` };
    const booked = (await run("BookVenue", { input: booking })).bookVenue;
    expect(booked).toMatchObject({ replayed: false, booking: { status: "CONFIRMED", venue: { name: venue.name } } });
    const taken = (await run("VenueSchedule", { code: community, from: `${day}T00:00:00+08:00`, to: `${day}T23:59:59+08:00` })).community;
    expect(taken.venues.find((v: any) => v.id === venue.id).takenSlots).toEqual([{ startsAt: new Date(booking.startsAt).toISOString(), endsAt: new Date(booking.endsAt).toISOString() }]);
    const cancelled = (await run("CancelBooking", { input: { bookingId: booked.booking.id } })).cancelBooking;
    expect(cancelled.booking.status).toBe("CANCELLED");
  });

  it("dashboard: live counters and the street's event feed over WebSocket, resumable by cursor", async () => {
    const doc = await example("dashboard");
    const client = liveClient(api);
    const stats = subscribe(client, doc, { code: "420683001005" }, "CommunityDashboard");
    const feed = subscribe(client, doc, { streetCode: "420683001" }, "StreetEventFeed");
    const [first] = await stats.waitFor(1);
    expect(first).toMatchObject({ communityCode: "420683001005", overdueEvents: expect.any(Number) });
    await feed.settle(300);
    const input = { gridCode: "420683001005001", category: "FACILITIES", urgency: "HIGH", channel: "HOTLINE_12345", title: "井盖松动", description: "人行道井盖松动", address: "5号路口" };
    const reported = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id } } }`, { input });
    const [item] = await feed.waitFor(1);
    expect(item).toMatchObject({ operation: "INSERT", id: reported.data!.reportEvent.event.id, event: { status: "REPORTED", title: "井盖松动" } });
    const [, updated] = await stats.waitFor(2);
    expect(updated.openEventsByStatus.find((s: any) => s.status === "REPORTED").count).toBe((first.openEventsByStatus.find((s: any) => s.status === "REPORTED")?.count ?? 0) + 1);

    // Resume the feed from the cursor after a second report made while disconnected.
    feed.stop();
    const second = await graphql(api, `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id } } }`, { input: { ...input, title: "井盖缺失" } });
    const resumed = subscribe(client, doc, { streetCode: "420683001", after: item.cursor }, "StreetEventFeed");
    const [missed] = await resumed.waitFor(1);
    expect(missed).toMatchObject({ operation: "INSERT", id: second.data!.reportEvent.event.id });
    await client.dispose();
  });
});
