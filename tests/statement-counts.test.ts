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
    // At most one statement per (entity, nesting level). Governance: grids, their workers,
    // their events with their count and each event's history (all in the events'
    // statement), each event's worker, community events, their grid, risk assessments, the
    // members' grid-worker posts (Person) = 8.
    expect(large.governance!.statements).toBe(8);
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
});
