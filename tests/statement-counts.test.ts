import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";

let api: RunningApi;
beforeAll(async () => {
  // The batching queries are deliberately large: lift the public cost limit for them.
  api = await startTestApi({}, { GONGZHI_MAX_COST_PUBLIC: "10000000" });
});
afterAll(() => api?.stop());

const deepQuery = `query($n: Int!) {
  communities(first: $n) { totalCount edges { node { code name
    street { name }
    grids { code workers { name } events(first: 5) { totalCount edges { node { code gridWorker { name } history { action } } } } }
    events(first: 3) { edges { node { code grid { name } } } }
    venues { name } redStations { name } partyMemberCount
    activities(first: 2) { title } demands(first: 2) { title } riskAssessments { level }
    partyOrganizations { name children { name } } deliberations { topic } microWishes(first: 3) { title }
    practiceStation { name } partyMembers(first: 3) { person { volunteerRecords { volunteerNo } gridWorkerPosts { name } } } } } } }`;

const statements = async (n: number) => {
  const res = await graphql(api, deepQuery, { n });
  expect(res.errors).toBeUndefined();
  expect(res.data!.communities.edges).toHaveLength(n);
  return res.extensions!.queryStats!;
};

describe("batching: statement counts do not grow with list sizes", () => {
  it("30 communities × grids × events × workers cost the same statements as 3 communities", async () => {
    const small = await statements(3);
    const large = await statements(30);
    expect(large).toBeDefined();
    for (const source of ["registry", "party", "civic", "governance"] as const) {
      expect(large[source]!.statements, source).toBe(small[source]!.statements);
    }
    // At most one statement per (entity, nesting level), and links within one database read
    // inside their parent's statement. Governance: grids with their workers and their events
    // (each page with its count, each event's worker and history), community events with
    // their grid, risk assessments, the members' grid-worker posts (Person) = 4.
    expect(large.governance!.statements).toBe(4);
    expect(large.registry!.statements).toBeLessThanOrEqual(3);
  });

  it("nodes(ids) of one type costs one statement whatever the number of ids", async () => {
    const list = await graphql(api, `{ events(first: 40) { edges { node { id } } } }`);
    const ids = list.data!.events.edges.map((e: any) => e.node.id);
    const one = await graphql(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ids.slice(0, 1) });
    const many = await graphql(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(many.data!.nodes).toHaveLength(40);
    expect(many.extensions!.queryStats!.governance!.statements).toBe(1);
    expect(one.extensions!.queryStats!.governance!.statements).toBe(1);
  });

  it("an event list reads each event's history in its own statement, the same history a lookup reads", async () => {
    const history = "history { action fromStatus toStatus actor note at }";
    const list = await graphql(api, `{ events(first: 30, filter: { statuses: [CLOSED] }) { edges { node { id ${history} } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.extensions!.queryStats!.governance!.statements).toBe(1);
    const listed = list.data!.events.edges.map((e: any) => e.node);
    expect(listed.every((e: any) => e.history.length >= 7)).toBe(true);
    const looked = await graphql(api, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Event { id ${history} } } }`, { ids: listed.map((e: any) => e.id) });
    expect(looked.extensions!.queryStats!.governance!.statements).toBe(2);
    expect(looked.data!.nodes).toEqual(listed);
  });

  it("a grid's workers and its events (counted, with their worker and history) read in the grid's statement equal what their own statements read", async () => {
    const grid = (await graphql(api, `{ communities(first: 1) { edges { node { grids { code } } } } }`)).data!.communities.edges[0].node.grids[0].code as string;
    const node = "id code status dueAt gridWorker { id name kind } history { action toStatus actor at }";
    const args = "first: 4, orderBy: { field: DUE_AT, direction: ASC }, filter: { statuses: [ACCEPTED, ASSIGNED, IN_PROGRESS, RESPONDED, CLOSED] }";
    const connection = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${node} } }`;
    const embedded = await graphql(api, `query($g: String!) { grid(code: $g) { code workers { id name } events(${args}) { ${connection} } late: events(first: 2) { totalCount edges { node { code } } } } }`, { g: grid });
    expect(embedded.errors).toBeUndefined();
    expect(embedded.extensions!.queryStats!.governance!.statements).toBe(1);
    const got = embedded.data!.grid;
    expect(got.events.edges.length).toBe(4);
    expect(got.events.totalCount).toBeGreaterThan(4);
    expect(got.late.edges.length).toBe(2);

    // The same through reads that cannot be embedded: the community's events filtered to the
    // grid, its grid workers, and the events' own lookups.
    const community = grid.slice(0, 12);
    const alone = await graphql(
      api,
      `query($c: String!, $g: String!) { community(code: $c) { gridWorkers { id name gridCode } events(${args.replace("filter: {", "filter: { gridCode: $g, ")}) { ${connection} } late: events(first: 2, filter: { gridCode: $g }) { totalCount edges { node { code } } } } }`,
      { c: community, g: grid },
    );
    expect(alone.errors).toBeUndefined();
    const expected = alone.data!.community;
    expect(got.workers).toEqual(expected.gridWorkers.filter((w: any) => w.gridCode === grid).map(({ id, name }: any) => ({ id, name })));
    expect(got.events).toEqual(expected.events);
    expect(got.late).toEqual(expected.late);

    // The next page starts where the embedded one ended.
    const next = await graphql(api, `query($g: String!, $a: String) { grid(code: $g) { events(${args}, after: $a) { edges { node { code } } } } }`, { g: grid, a: got.events.pageInfo.endCursor });
    const codes = next.data!.grid.events.edges.map((e: any) => e.node.code);
    expect(codes.some((c: string) => got.events.edges.some((e: any) => e.node.code === c))).toBe(false);
  });

  it("an event's grid read in the events' statement, with its own links, equals the grid read by itself", async () => {
    const list = await graphql(api, `{ events(first: 5, filter: { statuses: [ASSIGNED, IN_PROGRESS] }) { edges { node { code grid { code name population workers { name } } } } } }`);
    expect(list.errors).toBeUndefined();
    expect(list.extensions!.queryStats!.governance!.statements).toBe(1);
    for (const { node } of list.data!.events.edges) {
      const alone = await graphql(api, `query($g: String!) { grid(code: $g) { code name population workers { name } } }`, { g: node.grid.code });
      expect(node.grid).toEqual(alone.data!.grid);
    }
  });

  it("a nested page with arguments its resolver refuses is refused, not read", async () => {
    const res = await graphql(api, `{ grid(code: "420683001001001") { code events(first: 500) { edges { node { code } } } } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await graphql(api, `{ grid(code: "420683001001001") { code events(after: "not-a-cursor") { edges { node { code } } } } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
