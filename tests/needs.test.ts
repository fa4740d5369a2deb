import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const needsQuery = `query($after: String, $filter: NeedFilter) { needs(first: 40, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id __typename source title communityCode requestedAt needState ... on Event { category } } } } }`;

describe("needs: micro-wishes, service orders and livelihood events in one list", () => {
  it("merges the three centres newest first and pages through a community without gaps or repeats", async () => {
    const filter = { divisionCode: "420683001001" };
    const seen: any[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const res: any = await graphql(api, needsQuery, { after, filter });
      expect(res.errors).toBeUndefined();
      total = res.data.needs.totalCount;
      seen.push(...res.data.needs.edges.map((e: any) => e.node));
      if (!res.data.needs.pageInfo.hasNextPage) break;
      after = res.data.needs.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    expect(new Set(seen.map((n) => n.__typename))).toEqual(new Set(["MicroWish", "Demand", "Event"]));
    expect(seen.every((n) => n.communityCode === "420683001001")).toBe(true);
    expect(seen.filter((n) => n.__typename === "Event").every((n) => n.category === "LIVELIHOOD")).toBe(true);
    const times = seen.map((n) => Date.parse(n.requestedAt));
    expect(times.every((t, i) => i === 0 || t <= times[i - 1]!)).toBe(true);

    // The total is the sum of the three centres' own lists.
    const parts = await graphql(api, `{ microWishes(first: 1, filter: { divisionCode: "420683001001" }) { totalCount }
      demands(first: 1, filter: { divisionCode: "420683001001" }) { totalCount }
      events(first: 1, filter: { communityCode: "420683001001", categories: [LIVELIHOOD] }) { totalCount } }`);
    expect(parts.data!.microWishes.totalCount + parts.data!.demands.totalCount + parts.data!.events.totalCount).toBe(total);
  });

  it("filters by common state and by centre", async () => {
    const res = await graphql(api, needsQuery, { filter: { states: ["OPEN"], sources: ["PARTY", "CIVIC"] } });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.needs.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => n.needState === "OPEN" && n.source !== "GOVERNANCE")).toBe(true);
  });

  it("rejects a malformed cursor", async () => {
    const res = await graphql(api, needsQuery, { after: Buffer.from(JSON.stringify([1, "x"])).toString("base64url") });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
