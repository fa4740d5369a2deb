import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { rowId } from "./support/global-id.js";
import { bearer } from "./support/tokens.js";

// 供需匹配: candidates from every centre with scores and reasons, inside the caller's scope, batched.

const STREET = "420683001";
const COMMUNITY = "420683001001";
const GRID = "420683001001001";

let api: RunningApi;
let civic: pg.Client;
let party: pg.Client;
let governance: pg.Client;

beforeAll(async () => {
  api = await startTestApi();
  const urls = inject("databaseUrls");
  [civic, party, governance] = [new pg.Client({ connectionString: urls.civic }), new pg.Client({ connectionString: urls.party }), new pg.Client({ connectionString: urls.governance })];
  await Promise.all([civic.connect(), party.connect(), governance.connect()]);
});
afterAll(async () => {
  await Promise.all([civic?.end(), party?.end(), governance?.end()]);
  await api?.stop();
});

const MATCHES = `matches(first: 100) { kind score reasons { code weight detail } helper { __typename id ... on VolunteerTeam { focus } ... on PartyMember { gridCode } } }`;

describe("matching (供需匹配)", () => {
  it("ranks a service order's helpers from every centre, each score the sum of its reasons", async () => {
    const { rows } = await civic.query<{ focus: string }>("SELECT focus FROM volunteer_teams WHERE division_code IN ($1, $2) ORDER BY id LIMIT 1", [COMMUNITY, `${STREET}000`]);
    const category = rows[0]!.focus;
    const placed = await graphql(api, `mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { demand { id } } }`, {
      input: { communityCode: COMMUNITY, gridCode: GRID, residentName: "王秀英", residentPhone: "13800001234", category, title: "上门服务", description: "家中老人需要帮助。" },
    });
    expect(placed.errors).toBeUndefined();
    const res = await graphql(api, `query($id: ID!) { node(id: $id) { ... on Demand { ${MATCHES} } } }`, { id: placed.data!.placeDemand.demand.id });
    expect(res.errors).toBeUndefined();
    const matches = res.data!.node.matches as any[];
    expect(matches.length).toBeGreaterThan(5);
    for (let i = 1; i < matches.length; i++) expect(matches[i].score).toBeLessThanOrEqual(matches[i - 1].score);
    for (const m of matches) expect(m.score).toBeCloseTo(m.reasons.reduce((s: number, r: any) => s + r.weight, 0), 5);
    const kinds = new Set(matches.map((m) => m.kind));
    for (const kind of ["VOLUNTEER", "VOLUNTEER_TEAM", "PARTY_MEMBER", "VENUE"]) expect(kinds, kind).toContain(kind);
    // The team whose focus is the order's category scores for it.
    const fitting = matches.filter((m) => m.kind === "VOLUNTEER_TEAM" && m.helper.focus === category);
    expect(fitting.length).toBeGreaterThan(0);
    for (const m of fitting) expect(m.reasons.map((r: any) => r.code)).toContain("CATEGORY_FIT");
    // Every volunteer proposed is one of the community's.
    const volunteers = new Set((await civic.query<{ id: number }>("SELECT id FROM volunteers WHERE community_code = $1", [COMMUNITY])).rows.map((r) => r.id));
    for (const m of matches.filter((m) => m.kind === "VOLUNTEER")) expect(volunteers.has(rowId(m.helper.id))).toBe(true);
  });

  it("matches twenty needs with the statements one costs", async () => {
    const query = (first: number) => `{ needs(first: ${first}, filter: { divisionCode: "${STREET}" }) { edges { node { id matches(first: 3) { kind score } } } } }`;
    const one = await graphql(api, query(1));
    const twenty = await graphql(api, query(20));
    expect(one.errors).toBeUndefined();
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data!.needs.edges).toHaveLength(20);
    expect(twenty.data!.needs.edges.every((e: any) => e.node.matches.length > 0)).toBe(true);
    const statements = (r: typeof one) => Object.fromEntries(Object.entries(r.extensions!.queryStats!).map(([source, stats]) => [source, stats!.statements]));
    expect(statements(twenty)).toEqual(statements(one));
  });

  it("never proposes a helper outside the caller's scope", async () => {
    const worker = await bearer({ subject: "gw-matching", role: "grid_worker", grids: [GRID] });
    const res = await graphql(api, `{ needs(first: 5, filter: { divisionCode: "${GRID}" }) { edges { node { ${MATCHES} } } } }`, undefined, { authorization: worker });
    expect(res.errors).toBeUndefined();
    const matches = res.data!.needs.edges.flatMap((e: any) => e.node.matches);
    expect(matches.length).toBeGreaterThan(0);
    // A grid worker sees the party members of their own grid only, and no volunteer (theirs are the community's, not a grid's).
    for (const m of matches.filter((m: any) => m.kind === "PARTY_MEMBER")) expect(m.helper.gridCode).toBe(GRID);
    expect(matches.filter((m: any) => m.kind === "VOLUNTEER")).toEqual([]);
  });

  it("queues a street's needs nobody has taken up, oldest first, counted as SQL counts them", async () => {
    const res = await graphql(api, `{ unmatchedNeeds(divisionCode: "${STREET}", olderThanHours: 48, first: 100) { totalCount needs { __typename source requestedAt needState communityCode } } }`);
    expect(res.errors).toBeUndefined();
    const { totalCount, needs } = res.data!.unmatchedNeeds;
    const cutoff = new Date(Date.now() - 48 * 3_600_000).toISOString();
    const count = async (db: pg.Client, sql: string) => Number((await db.query(sql, [`${STREET}%`, cutoff])).rows[0].n);
    const expected =
      (await count(party, "SELECT count(*) AS n FROM micro_wishes WHERE community_code LIKE $1 AND status = 'OPEN' AND posted_at < $2")) +
      (await count(civic, "SELECT count(*) AS n FROM demands WHERE community_code LIKE $1 AND status = 'ORDERED' AND ordered_at < $2")) +
      (await count(governance, "SELECT count(*) AS n FROM events WHERE community_code LIKE $1 AND status IN ('REPORTED', 'ACCEPTED') AND category = 'LIVELIHOOD' AND reported_at < $2"));
    expect(totalCount).toBe(expected);
    expect(needs.length).toBe(Math.min(100, expected));
    const times = needs.map((n: any) => Date.parse(n.requestedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const n of needs) {
      expect(n.needState).toBe("OPEN");
      expect(Date.parse(n.requestedAt)).toBeLessThan(Date.parse(cutoff));
    }
    const bad = await graphql(api, `{ unmatchedNeeds(divisionCode: "${STREET}", olderThanHours: -1) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "olderThanHours" });
  });
});
