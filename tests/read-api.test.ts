import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { gid } from "./support/global-id.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const firstCommunity = async () => {
  const res = await graphql(api, `{ communities(first: 1) { edges { node { code name } } } }`);
  return res.data!.communities.edges[0].node as { code: string; name: string };
};

describe("divisions and communities", () => {
  it("lists the demo city's streets and pages through its 31 communities by keyset cursor", async () => {
    const streets = await graphql(api, `{ divisions(level: STREET) { code name parentCode } }`);
    expect(streets.errors).toBeUndefined();
    expect(streets.data!.divisions.length).toBe(4);

    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = await graphql(api, `query($after: String) { communities(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code } } } }`, { after });
      expect(page.errors).toBeUndefined();
      total = page.data.communities.totalCount;
      seen.push(...page.data.communities.edges.map((e: any) => e.node.code));
      after = page.data.communities.pageInfo.hasNextPage ? page.data.communities.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(31);
    expect(new Set(seen).size).toBe(31);
    expect([...seen].sort()).toEqual(seen);
  });

  it("filters communities by street prefix", async () => {
    const res = await graphql(api, `{ communities(first: 100, filter: { codePrefix: "420683001" }) { totalCount edges { node { code street { code level } } } } }`);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.communities.edges as { node: { code: string; street: { code: string; level: string } } }[];
    expect(edges.length).toBe(res.data!.communities.totalCount);
    expect(edges.length).toBeGreaterThan(0);
    for (const { node } of edges) {
      expect(node.code.startsWith("420683001")).toBe(true);
      expect(node.street).toEqual({ code: "420683001000", level: "STREET" });
    }
  });
});

describe("one community from all three centres", () => {
  it("joins registry, party, civic and governance data in one response", async () => {
    const { code } = await firstCommunity();
    const res = await graphql(
      api,
      `query($code: String!) { community(code: $code) { id code name
          grids { code population workers { name } }
          gridWorkers { gridCode } volunteers(first: 5) { communityCode volunteerNo }
          events(first: 3) { totalCount edges { node { code status gridCode } } }
          riskAssessments { level }
          venues { name kind } redStations { name lat lng } partyMemberCount
          activities(first: 3) { title category } demands(first: 3) { title status } } }`,
      { code },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data!.community;
    expect(c.code).toBe(code);
    expect(c.grids.length).toBeGreaterThan(0);
    expect(c.grids.every((g: any) => g.code.startsWith(code) && g.code.length === 15)).toBe(true);
    expect(c.gridWorkers.length).toBe(c.grids.reduce((n: number, g: any) => n + g.workers.length, 0));
    expect(c.gridWorkers.every((w: any) => w.gridCode.startsWith(code))).toBe(true);
    expect(c.volunteers).toHaveLength(5);
    expect(c.volunteers.every((v: any) => v.communityCode === code)).toBe(true);
    expect(c.events.totalCount).toBeGreaterThan(3);
    expect(c.events.edges).toHaveLength(3);
    expect(c.venues.length).toBeGreaterThan(0);
    expect(c.partyMemberCount).toBeGreaterThan(0);
    expect(c.activities.length).toBe(3);
    expect(c.demands.length).toBeGreaterThan(0);
    expect(Object.keys(res.extensions!.queryStats!).sort()).toEqual(["civic", "governance", "party", "registry"]);
  });

  it("resolves node ids back to the same objects", async () => {
    const { code } = await firstCommunity();
    const res = await graphql(api, `query($code: String!) { community(code: $code) { id grids { id code } events(first: 1) { edges { node { id code } } } } }`, { code });
    const c = res.data!.community;
    const ids = [c.id, c.grids[0].id, c.events.edges[0].node.id];
    const nodes = await graphql(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Community { code } ... on Grid { code } ... on Event { code } } }`, { ids });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data!.nodes.map((n: any) => n.__typename)).toEqual(["Community", "Grid", "Event"]);
    expect(nodes.data!.nodes.map((n: any) => n.code)).toEqual([code, c.grids[0].code, c.events.edges[0].node.code]);
  });
});

describe("events", () => {
  it("keyset-paginates events without gaps or repeats, in order", async () => {
    const { code } = await firstCommunity();
    const query = `query($after: String, $code: String) { events(first: 50, after: $after, filter: { communityCode: $code }, orderBy: { field: REPORTED_AT, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { code reportedAt } } } }`;
    const codes: string[] = [];
    const times: number[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const res: any = await graphql(api, query, { after, code });
      expect(res.errors).toBeUndefined();
      total = res.data.events.totalCount;
      for (const e of res.data.events.edges) {
        codes.push(e.node.code);
        times.push(Date.parse(e.node.reportedAt));
      }
      if (!res.data.events.pageInfo.hasNextPage) break;
      after = res.data.events.pageInfo.endCursor;
    }
    expect(codes.length).toBe(total);
    expect(new Set(codes).size).toBe(total);
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);
  });

  it("filters by status and category and finds an event by its code with its history", async () => {
    const res = await graphql(api, `{ events(first: 20, filter: { statuses: [CLOSED], categories: [DISPUTE] }) { totalCount edges { node { code status category } } } }`);
    expect(res.errors).toBeUndefined();
    const edges = res.data!.events.edges as { node: { code: string; status: string; category: string } }[];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.status === "CLOSED" && e.node.category === "DISPUTE")).toBe(true);

    const one = await graphql(api, `query($code: String!) { eventByCode(code: $code) { code status history { action fromStatus toStatus } grid { code } } }`, { code: edges[0]!.node.code });
    expect(one.errors).toBeUndefined();
    const history = one.data!.eventByCode.history as { action: string; fromStatus: string | null; toStatus: string }[];
    expect(history[0]!.fromStatus).toBeNull();
    expect(history.at(-1)!.toStatus).toBe("CLOSED");
    for (let i = 1; i < history.length; i++) expect(history[i]!.fromStatus).toBe(history[i - 1]!.toStatus);
  });

  it("returns null for an unknown event code", async () => {
    const res = await graphql(api, `{ eventByCode(code: "SJ-19000101-0001") { code } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.eventByCode).toBeNull();
  });
});

describe("red stations within a walk", () => {
  it("returns only stations within the radius, nearest first", async () => {
    const { code } = await firstCommunity();
    const res = await graphql(api, `query($code: String!) { community(code: $code) { redStations { lat lng } } }`, { code });
    const s = res.data!.community.redStations[0];
    const near = await graphql(api, `query($lat: Float!, $lng: Float!) { redStations(near: { lat: $lat, lng: $lng }, withinMeters: 1000) { name distanceMeters } }`, { lat: s.lat, lng: s.lng });
    expect(near.errors).toBeUndefined();
    const d = near.data!.redStations.map((r: any) => r.distanceMeters as number);
    expect(d[0]).toBe(0);
    expect(d.every((m: number, i: number) => m <= 1000 && (i === 0 || m >= d[i - 1]))).toBe(true);
  });
});

describe("sources and health", () => {
  it("reports every source up with a round-trip time", async () => {
    const res = await graphql(api, `{ sources { name up roundTripMs } }`);
    expect(res.data!.sources.map((s: any) => s.name)).toEqual(["registry", "party", "civic", "governance"]);
    expect(res.data!.sources.every((s: any) => s.up && s.roundTripMs >= 0)).toBe(true);
    const health = await fetch(api.url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
    expect((await health.json()).status).toBe("ok");
  });
});

describe("Person across the centres", () => {
  it("links a party member to their volunteer record without exposing the ID number", async () => {
    const res = await graphql(api, `{ communities(first: 5) { edges { node { partyMembers(first: 100) { name person { id name volunteerRecords { volunteerNo name } partyMemberships { name } } } } } } }`);
    expect(res.errors).toBeUndefined();
    const members = res.data!.communities.edges.flatMap((e: any) => e.node.partyMembers);
    const both = members.find((m: any) => m.person.volunteerRecords.length > 0);
    expect(both).toBeDefined();
    expect(both.person.volunteerRecords[0].name).toBe(both.name);
    const decoded = Buffer.from(both.person.id, "base64url").toString("latin1");
    expect(decoded).not.toMatch(/\d{17}[\dX]/);
    expect(decoded.startsWith("Person:")).toBe(true);

    const again = await graphql(api, `query($id: ID!) { node(id: $id) { id ... on Person { name partyMemberships { name } volunteerRecords { volunteerNo } } } }`, { id: both.person.id });
    expect(again.errors).toBeUndefined();
    expect(again.data!.node).toEqual({ id: both.person.id, name: both.person.name, partyMemberships: both.person.partyMemberships, volunteerRecords: both.person.volunteerRecords.map((v: any) => ({ volunteerNo: v.volunteerNo })) });
  });

  it("refuses a forged Person id", async () => {
    const forged = gid("Person", Buffer.from("420683199001011234").toString("base64url"));
    const res = await graphql(api, `query($id: ID!) { node(id: $id) { id } }`, { id: forged });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("one grid from all three centres", () => {
  it("joins the grid's workers and events (governance), branch, members and wishes (party) and demands (civic)", async () => {
    const list = await graphql(api, `{ community(code: "420683001001") { grids { code } } }`);
    const codes = list.data!.community.grids.map((g: any) => g.code);
    const res = await graphql(api, `{ a: grid(code: "${codes[0]}") { ...G } b: grid(code: "${codes[1]}") { ...G } }
      fragment G on Grid { code community { code } workers { name } events(first: 2) { totalCount }
        partyOrganizations { kind gridCode } partyMembers(first: 5) { gridCode } microWishes(first: 5) { title } demands(first: 5) { title } }`);
    expect(res.errors).toBeUndefined();
    for (const grid of [res.data!.a, res.data!.b]) {
      expect(grid.community.code).toBe("420683001001");
      expect(grid.workers.length).toBeGreaterThan(0);
      expect(grid.partyOrganizations.some((o: any) => o.kind === "GRID_BRANCH" && o.gridCode === grid.code)).toBe(true);
      expect(grid.partyMembers.length).toBeGreaterThan(0);
      expect(grid.partyMembers.every((m: any) => m.gridCode === grid.code)).toBe(true);
    }
    expect([res.data!.a, res.data!.b].some((g: any) => g.microWishes.length > 0 || g.demands.length > 0)).toBe(true);
    // Two grids, one statement per entity: members of both grids came from one query.
    expect(res.extensions!.queryStats!.party!.statements).toBe(3);
  });
});
