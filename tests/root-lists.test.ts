import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

// [root field, selection proving the scope, field holding the community or grid code]
const lists: [string, string, string][] = [
  ["partyMembers", "name communityCode", "communityCode"],
  ["venues", "name kind communityCode", "communityCode"],
  ["activities", "title communityCode startsAt", "communityCode"],
  ["demands", "title communityCode orderedAt", "communityCode"],
  ["volunteers", "volunteerNo communityCode", "communityCode"],
  ["gridWorkers", "name gridCode", "gridCode"],
  ["riskAssessments", "topic communityCode assessedAt", "communityCode"],
  ["partyOrganizations", "name kind communityCode", "communityCode"],
  ["deliberations", "topic status communityCode", "communityCode"],
  ["volunteerTeams", "name focus divisionCode", "divisionCode"],
  ["microWishes", "title status communityCode", "communityCode"],
];

describe("root lists: scoped by division prefix, keyset-paginated, counted", () => {
  it.each(lists)("%s", async (field, selection, codeField) => {
    const street = "420683001";
    const query = `query($after: String) { ${field}(first: 5, after: $after, filter: { divisionCode: "${street}" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id ${selection} } } } }`;
    const first = await graphql(api, query);
    expect(first.errors).toBeUndefined();
    const conn = first.data![field];
    expect(conn.totalCount).toBeGreaterThan(5);
    expect(conn.edges).toHaveLength(5);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    const second = await graphql(api, query, { after: conn.pageInfo.endCursor });
    const ids = [...conn.edges, ...second.data![field].edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(10);
    for (const e of [...conn.edges, ...second.data![field].edges]) expect(e.node[codeField].startsWith(street)).toBe(true);

    const all = await graphql(api, `{ ${field}(first: 1) { totalCount } }`);
    expect(all.data![field].totalCount).toBeGreaterThan(conn.totalCount);
  });

  it("filters demands by workflow step and activities by category", async () => {
    const res = await graphql(api, `{ demands(first: 20, filter: { statuses: [RATED] }) { edges { node { status rating } } } activities(first: 20, filter: { categories: [MORAL_LECTURE] }) { edges { node { category } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.demands.edges.length).toBeGreaterThan(0);
    expect(res.data!.demands.edges.every((e: any) => e.node.status === "RATED" && e.node.rating >= 1 && e.node.rating <= 5)).toBe(true);
    expect(res.data!.activities.edges.every((e: any) => e.node.category === "MORAL_LECTURE")).toBe(true);
  });

  it("lists party members of one kind", async () => {
    const res = await graphql(api, `{ partyMembers(first: 50, kind: IN_SERVICE) { totalCount edges { node { kind workplace } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.partyMembers.totalCount).toBeGreaterThan(1000);
    expect(res.data!.partyMembers.edges.every((e: any) => e.node.kind === "IN_SERVICE")).toBe(true);
  });
});

describe("node(id) resolves every entity type", () => {
  it("round-trips ids from every list through nodes(ids)", async () => {
    const res = await graphql(api, `{
      partyMembers(first: 1) { edges { node { id } } } venues(first: 1) { edges { node { id } } }
      microWishes(first: 1) { edges { node { id } } } activities(first: 1) { edges { node { id } } }
      demands(first: 1) { edges { node { id } } } volunteers(first: 1) { edges { node { id } } }
      gridWorkers(first: 1) { edges { node { id } } } riskAssessments(first: 1) { edges { node { id } } }
      events(first: 1) { edges { node { id } } } communities(first: 1) { edges { node { id } } }
      partyOrganizations(first: 1) { edges { node { id } } } deliberations(first: 1) { edges { node { id } } }
      practiceSites(first: 1) { edges { node { id } } } volunteerTeams(first: 1) { edges { node { id } } }
      redStations(near: { lat: 31.7, lng: 112.25 }, withinMeters: 10000, first: 1) { id } }`);
    expect(res.errors).toBeUndefined();
    const expected = Object.entries(res.data!).map(([field, value]: [string, any]) => [field, Array.isArray(value) ? value[0].id : value.edges[0].node.id]);
    const ids = expected.map(([, id]) => id);
    const nodes = await graphql(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, { ids });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes.map((n: any) => n.id)).toEqual(ids);
    expect(nodes.data!.nodes.map((n: any) => n.__typename)).toEqual([
      "PartyMember", "Venue", "MicroWish", "Activity", "Demand", "Volunteer", "GridWorker", "RiskAssessment", "Event", "Community", "PartyOrganization", "Deliberation", "PracticeSite", "VolunteerTeam", "RedStation",
    ]);
  });
});

describe("party organisation tree and practice sites", () => {
  it("walks a community committee down to its grid branches and building groups", async () => {
    const res = await graphql(api, `{ partyOrganizations(first: 1, kinds: [COMMUNITY_COMMITTEE], filter: { divisionCode: "420683001001" }) {
      edges { node { kind communityCode children { kind gridCode children { kind } } } } } }`);
    expect(res.errors).toBeUndefined();
    const committee = res.data!.partyOrganizations.edges[0].node;
    expect(committee.kind).toBe("COMMUNITY_COMMITTEE");
    const branches = committee.children.filter((c: any) => c.kind === "GRID_BRANCH");
    expect(branches.length).toBeGreaterThan(0);
    expect(branches.every((b: any) => b.gridCode.startsWith("420683001001"))).toBe(true);
    expect(branches.some((b: any) => b.children.some((g: any) => g.kind === "BUILDING_GROUP"))).toBe(true);
  });

  it("lists one centre, four institutes and a station per community", async () => {
    const res = await graphql(api, `{ centre: practiceSites(level: CENTRE) { totalCount } institutes: practiceSites(level: INSTITUTE) { totalCount }
      stations: practiceSites(level: STATION) { totalCount } community(code: "420683001001") { practiceStation { level divisionCode } } }`);
    expect(res.errors).toBeUndefined();
    expect([res.data!.centre.totalCount, res.data!.institutes.totalCount, res.data!.stations.totalCount]).toEqual([1, 4, 31]);
    expect(res.data!.community.practiceStation).toEqual({ level: "STATION", divisionCode: "420683001001" });
  });
});
