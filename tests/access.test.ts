import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Role } from "../src/auth/identity.js";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { gid, rowId } from "./support/global-id.js";
import { liveClient, subscribe } from "./support/live.js";
import { bearer } from "./support/tokens.js";

// Who sees what: every expectation is the same question asked of the databases in SQL.

let api: RunningApi;
let governance: pg.Pool;
let civic: pg.Pool;
let party: pg.Pool;
let registry: pg.Pool;

const STREET = "420683001";
const OTHER_STREET = "420683002";
const COMMUNITY = "420683001004";
const GRID = `${COMMUNITY}001`;
const CITY_MANAGEMENT = "城管";
const CIVIL_AFFAIRS = "民政";


/** One token per role; the resident is a person of the demo city, the departments are two of its partners. */
const CALLERS: Record<string, { role: Role; token: string | null }> = {};
async function prepareCallers(): Promise<void> {
  const claims: Record<string, Parameters<typeof bearer>[0] | null> = {
    public: null,
    resident: { subject: "resident-access-1", role: "resident" },
    otherResident: { subject: "resident-access-2", role: "resident" },
    gridWorker: { subject: "gw-access", role: "grid_worker", grids: [GRID] },
    communityWorker: { subject: "cw-access", role: "community_worker", jurisdiction: COMMUNITY },
    streetOfficer: { subject: "so-access", role: "street_officer", jurisdiction: STREET },
    cityManagement: { subject: "dept-cg", role: "department", department: CITY_MANAGEMENT },
    civilAffairs: { subject: "dept-mz", role: "department", department: CIVIL_AFFAIRS },
    analyst: { subject: "analyst-access", role: "analyst", scopes: ["pii:read"] },
    admin: { subject: "admin-access", role: "admin" },
  };
  for (const [name, c] of Object.entries(claims)) CALLERS[name] = { role: c?.role ?? "public", token: c ? await bearer(c) : null };
}

const as = (caller: string, query: string, variables?: Record<string, unknown>) => graphql(api, query, variables, { authorization: CALLERS[caller]!.token });
const count = async (pool: pg.Pool, sql: string, params: unknown[] = []) => (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

const EVENT_REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id code version } } }`;
const reportInput = (gridCode: string, title: string) => ({ gridCode, category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title, description: "楼道堆放杂物", address: "5栋2单元" });

let residentEventId: string;
let residentDemandId: string;

beforeAll(async () => {
  api = await startTestApi();
  const urls = inject("databaseUrls");
  governance = new pg.Pool({ connectionString: urls.governance, max: 2 });
  civic = new pg.Pool({ connectionString: urls.civic, max: 2 });
  party = new pg.Pool({ connectionString: urls.party, max: 2 });
  registry = new pg.Pool({ connectionString: urls.registry, max: 2 });
  await prepareCallers();
  // A resident's own report (in another street than the staff's) and own service order.
  const reported = await as("resident", EVENT_REPORT, { input: reportInput("420683002001001", "我家楼下路灯坏了") });
  expect(reported.errors).toBeUndefined();
  residentEventId = reported.data!.reportEvent.event.id;
  const placed = await as("resident", `mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { demand { id } } }`, {
    input: { communityCode: "420683002001", residentName: "居民甲", category: "ELDERLY_CARE", title: "陪同就医", description: "需要陪同去医院" },
  });
  expect(placed.errors).toBeUndefined();
  residentDemandId = placed.data!.placeDemand.demand.id;
});
afterAll(async () => {
  await Promise.all([governance?.end(), civic?.end(), party?.end(), registry?.end()]);
  await api?.stop();
});

/** SQL for the events each caller sees. */
const EVENTS_SEEN: Record<string, [string, unknown[]]> = {
  public: ["events WHERE false", []],
  resident: ["events WHERE owner_subject = $1", ["resident-access-1"]],
  gridWorker: ["events WHERE grid_code = $1", [GRID]],
  communityWorker: ["events WHERE community_code = $1", [COMMUNITY]],
  streetOfficer: ["events WHERE community_code LIKE $1", [`${STREET}%`]],
  cityManagement: [
    "events WHERE assigned_department = $1 OR id IN (SELECT w.event_id FROM whistles w JOIN whistle_departments d ON d.whistle_id = w.id WHERE d.department = $1)",
    [CITY_MANAGEMENT],
  ],
  civilAffairs: ["events WHERE assigned_department = $1 OR id IN (SELECT w.event_id FROM whistles w JOIN whistle_departments d ON d.whistle_id = w.id WHERE d.department = $1)", [CIVIL_AFFAIRS]],
  analyst: ["events", []],
  admin: ["events", []],
};

describe("row scope: lists, counts and cursors", () => {
  it("events: each role's totalCount is exactly its rows, and every edge is one of them", async () => {
    for (const [caller, [where, params]] of Object.entries(EVENTS_SEEN)) {
      const expected = await count(governance, where, params);
      if (caller !== "public") expect(expected, `${caller} has rows to see`).toBeGreaterThan(0);
      const res = await as(caller, `{ events(first: 50) { totalCount edges { node { id } } } }`);
      expect(res.errors, caller).toBeUndefined();
      expect(res.data!.events.totalCount, caller).toBe(expected);
      const ids = res.data!.events.edges.map((e: any) => rowId(e.node.id));
      expect(ids.length, caller).toBe(Math.min(expected, 50));
      if (ids.length) expect(await count(governance, `(SELECT * FROM ${where.replace(/^events/, "events")}) e WHERE e.id = ANY($${params.length + 1})`, [...params, ids]), caller).toBe(ids.length);
    }
  });

  it("demands, micro-wishes and volunteers: staff see their jurisdiction, residents their own, a granted department all, the public none", async () => {
    const cases: [string, string, pg.Pool, string, unknown[]][] = [
      ["public", "demands", civic, "demands WHERE false", []],
      ["resident", "demands", civic, "demands WHERE owner_subject = $1", ["resident-access-1"]],
      ["gridWorker", "demands", civic, "demands WHERE grid_code = $1", [GRID]],
      ["streetOfficer", "demands", civic, "demands WHERE community_code LIKE $1", [`${STREET}%`]],
      ["civilAffairs", "demands", civic, "demands", []],
      ["cityManagement", "demands", civic, "demands WHERE false", []],
      ["public", "microWishes", party, "micro_wishes WHERE false", []],
      ["communityWorker", "microWishes", party, "micro_wishes WHERE community_code = $1", [COMMUNITY]],
      ["civilAffairs", "microWishes", party, "micro_wishes", []],
      ["public", "volunteers", civic, "volunteers WHERE false", []],
      ["streetOfficer", "volunteers", civic, "volunteers WHERE community_code LIKE $1", [`${STREET}%`]],
      ["analyst", "volunteers", civic, "volunteers", []],
    ];
    for (const [caller, list, pool, where, params] of cases) {
      const res = await as(caller, `{ ${list}(first: 5) { totalCount } }`);
      const expected = await count(pool, where, params);
      if (!where.endsWith("WHERE false")) expect(expected, `${caller} ${list} has rows to see`).toBeGreaterThan(0);
      expect(res.errors, `${caller} ${list}`).toBeUndefined();
      expect(res.data![list].totalCount, `${caller} ${list}`).toBe(expected);
    }
  });

  it("public data: venues and red stations for everyone, activities once published, deliberations once resolved", async () => {
    const res = await as("public", `{ venues(first: 1) { totalCount } activities(first: 1) { totalCount } deliberations(first: 1) { totalCount } }`);
    expect(res.data).toEqual({
      venues: { totalCount: await count(party, "venues") },
      activities: { totalCount: await count(civic, "activities WHERE status <> 'DRAFT'") },
      deliberations: { totalCount: await count(party, "deliberations WHERE status = 'RESOLVED'") },
    });
    // A venue's calendar: when it is taken, for everyone; who booked, only for those who may see the booking.
    const booked = (await party.query("SELECT b.venue_id, v.community_code, b.starts_at FROM venue_bookings b JOIN venues v ON v.id = b.venue_id WHERE b.status = 'CONFIRMED' AND v.community_code LIKE $1 ORDER BY b.starts_at DESC LIMIT 1", [`${STREET}%`])).rows[0];
    const day = new Date(booked.starts_at.getTime() - 3_600_000);
    const calendar = `query($id: ID!, $from: DateTimeISO, $to: DateTimeISO) { node(id: $id) { ... on Venue { takenSlots(from: $from, to: $to) { startsAt } bookings(from: $from, to: $to) { bookerName } } } }`;
    const vars = { id: gid("Venue", booked.venue_id), from: day.toISOString(), to: new Date(day.getTime() + 86_400_000).toISOString() };
    const slots = await count(party, "venue_bookings WHERE venue_id = $1 AND status = 'CONFIRMED' AND tstzrange(starts_at, ends_at) && tstzrange($2, $3)", [booked.venue_id, vars.from, vars.to]);
    const seenByPublic = (await as("public", calendar, vars)).data!.node;
    expect(seenByPublic.takenSlots).toHaveLength(slots);
    expect(seenByPublic.bookings).toEqual([]);
    expect((await as("streetOfficer", calendar, vars)).data!.node.bookings).toHaveLength(slots);

    // Staff also see the drafts and open deliberations of their own jurisdiction.
    const staff = await as("streetOfficer", `{ activities(first: 1) { totalCount } deliberations(first: 1) { totalCount } }`);
    expect(staff.data).toEqual({
      activities: { totalCount: await count(civic, "activities WHERE status <> 'DRAFT' OR community_code LIKE $1", [`${STREET}%`]) },
      deliberations: { totalCount: await count(party, "deliberations WHERE status = 'RESOLVED' OR community_code LIKE $1", [`${STREET}%`]) },
    });
  });

  it("a cursor taken from someone else's page positions the page but shows only the caller's rows", async () => {
    const all = await as("admin", `{ events(first: 30, orderBy: { field: REPORTED_AT, direction: DESC }) { edges { cursor node { gridCode reportedAt } } } }`);
    const foreign = all.data!.events.edges.find((e: any) => !e.node.gridCode.startsWith(STREET));
    expect(foreign).toBeDefined();
    let after: string | null = foreign.cursor;
    let seen = 0;
    for (let page = 0; page < 5 && after; page++) {
      const res: any = await as("streetOfficer", `query($after: String) { events(first: 40, after: $after, orderBy: { field: REPORTED_AT, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor } edges { node { gridCode reportedAt } } } }`, { after });
      expect(res.errors).toBeUndefined();
      // The page starts after the foreign row: nothing reported later than it comes back.
      if (page === 0) expect(Date.parse(res.data.events.edges[0].node.reportedAt)).toBeLessThanOrEqual(Date.parse(foreign.node.reportedAt));
      for (const edge of res.data.events.edges) expect(edge.node.gridCode.startsWith(STREET)).toBe(true);
      seen += res.data.events.edges.length;
      after = res.data.events.pageInfo.hasNextPage ? res.data.events.pageInfo.endCursor : null;
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("row scope costs no statements", () => {
  it("a scoped caller's nested query runs the same statements as an administrator's (a department's adds its one grants lookup)", async () => {
    const query = `{ communities(first: 5, filter: { codePrefix: "${STREET}" }) { edges { node { grids { events(first: 3) { totalCount edges { node { history { actor } mediations { id } } } } } demands(first: 3) { id } partyMembers(first: 3) { person { name } } } } } }`;
    const statements = async (caller: string) => {
      const res = await as(caller, query);
      expect(res.errors, caller).toBeUndefined();
      return Object.values(res.extensions!.queryStats!).reduce((n, s) => n + s!.statements, 0);
    };
    const admin = await statements("admin");
    expect(await statements("streetOfficer")).toBe(admin);
    expect(await statements("gridWorker")).toBe(admin);
    expect(await statements("civilAffairs")).toBe(admin + 1);
  });
});

describe("row scope: node lookups and joins across sources", () => {
  it("an out-of-scope node is null, never an error, for every role that may not see it", async () => {
    const { rows } = await governance.query("SELECT id FROM events WHERE community_code LIKE $1 AND assigned_department IS NULL AND owner_subject IS NULL ORDER BY id LIMIT 1", [`${OTHER_STREET}%`]);
    const id = gid("Event", rows[0].id);
    for (const caller of ["public", "resident", "gridWorker", "communityWorker", "streetOfficer", "civilAffairs"]) {
      const res = await as(caller, `query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }`, { id });
      expect(res.errors, caller).toBeUndefined();
      expect(res.data, caller).toEqual({ node: null, nodes: [null] });
    }
    for (const caller of ["analyst", "admin"]) expect((await as(caller, `query($id: ID!) { node(id: $id) { id } }`, { id })).data!.node).toEqual({ id });
  });

  it("a resident sees their own report and order; another resident does not", async () => {
    const query = `query($e: ID!, $d: ID!) { e: node(id: $e) { ... on Event { title } } d: node(id: $d) { ... on Demand { title } } }`;
    expect((await as("resident", query, { e: residentEventId, d: residentDemandId })).data).toEqual({ e: { title: "我家楼下路灯坏了" }, d: { title: "陪同就医" } });
    expect((await as("otherResident", query, { e: residentEventId, d: residentDemandId })).data).toEqual({ e: null, d: null });
  });

  it("joins leak nothing: another street's community shows empty lists and zero counts, aggregates stay public", async () => {
    const other = `${OTHER_STREET}001`;
    const res = await as("streetOfficer", `query($c: String!) { community(code: $c) { name events(first: 5) { totalCount edges { node { id } } } gridWorkers { id } partyMembers(first: 5) { id } volunteers(first: 5) { id } microWishes(first: 5) { id } demands(first: 5) { id } riskAssessments { id } partyMemberCount venues { id } } }`, { c: other });
    expect(res.errors).toBeUndefined();
    const c = res.data!.community;
    const full = (await as("admin", `query($c: String!) { community(code: $c) { events(first: 1) { totalCount } gridWorkers { id } partyMembers(first: 1) { id } volunteers(first: 1) { id } } }`, { c: other })).data!.community;
    expect(full.events.totalCount).toBeGreaterThan(0);
    expect([full.gridWorkers.length, full.partyMembers.length, full.volunteers.length]).not.toContain(0);
    expect(c.partyMemberCount).toBeGreaterThan(0);
    expect(c).toMatchObject({ events: { totalCount: 0, edges: [] }, gridWorkers: [], partyMembers: [], volunteers: [], microWishes: [], demands: [], riskAssessments: [] });
    expect(c.partyMemberCount).toBe(await count(party, "party_members WHERE community_code = $1", [other]));
    expect(c.venues.length).toBe(await count(party, "venues WHERE community_code = $1", [other]));
  });

  it("a grid's links read inside the grid's own statement follow the caller's scope too", async () => {
    const query = `query($g: String!) { grid(code: $g) { name workers { id } events(first: 5, filter: { statuses: [CLOSED] }) { totalCount edges { node { id gridWorker { id } } } } } }`;
    const foreign = `${OTHER_STREET}001001`;
    const hidden = await as("streetOfficer", query, { g: foreign });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.grid).toMatchObject({ workers: [], events: { totalCount: 0, edges: [] } });
    const full = (await as("admin", query, { g: foreign })).data!.grid;
    expect(full.workers.length).toBeGreaterThan(0);
    expect(full.events.totalCount).toBeGreaterThan(0);
    expect(full.events.edges.some((e: any) => e.node.gridWorker)).toBe(true);

    // In its own street, the same officer reads what the administrator reads.
    const own = `${STREET}001001`;
    expect((await as("streetOfficer", query, { g: own })).data).toEqual((await as("admin", query, { g: own })).data);
  });

  it("a public deliberation's linked governance events, and a person's records, follow the caller's scope at the other source", async () => {
    const { rows } = await party.query("SELECT id, linked_event_codes FROM deliberations WHERE status = 'RESOLVED' AND cardinality(linked_event_codes) > 0 AND community_code LIKE $1 ORDER BY id LIMIT 1", [`${STREET}%`]);
    const id = gid("Deliberation", rows[0].id);
    const query = `query($id: ID!) { node(id: $id) { ... on Deliberation { topic linkedEvents { code } linkedEventCodes } } }`;
    expect((await as("public", query, { id })).data!.node).toMatchObject({ linkedEvents: [], linkedEventCodes: [] });
    expect((await as("streetOfficer", query, { id })).data!.node.linkedEvents.map((e: any) => e.code).sort()).toEqual([...rows[0].linked_event_codes].sort());

    const member = (await party.query("SELECT id FROM party_members WHERE community_code LIKE $1 ORDER BY id LIMIT 1", [`${STREET}%`])).rows[0];
    const person = `query($id: ID!) { node(id: $id) { ... on PartyMember { person { id partyMemberships { id } } } } }`;
    const seen = await as("streetOfficer", person, { id: gid("PartyMember", member.id) });
    const personId = seen.data!.node.person.id;
    expect(seen.data!.node.person.partyMemberships.map((m: any) => m.id)).toContain(gid("PartyMember", member.id));
    for (const caller of ["public", "otherResident", "cityManagement"]) {
      expect((await as(caller, `query($id: ID!) { node(id: $id) { id } }`, { id: personId })).data!.node, caller).toBeNull();
    }
  });

  it("analysts see every row de-identified: family names only, no contacts, whatever their scopes", async () => {
    const worker = (await governance.query("SELECT id, name, phone FROM grid_workers WHERE phone IS NOT NULL ORDER BY id LIMIT 1")).rows[0];
    const res = await as("analyst", `query($id: ID!) { node(id: $id) { ... on GridWorker { name phone } } }`, { id: gid("GridWorker", worker.id) });
    expect(res.data!.node.name).toBe(`${worker.name.slice(0, 1)}${"*".repeat(Math.min(worker.name.length - 1, 2))}`);
    expect(res.data!.node.phone).not.toBe(worker.phone);
    expect(res.data!.node.phone).toMatch(/^\d{3}\*+\d{4}$/);
    const staff = await as("admin", `query($id: ID!) { node(id: $id) { ... on GridWorker { name } } }`, { id: gid("GridWorker", worker.id) });
    expect(staff.data!.node.name).toBe(worker.name);
  });

  it("phone and ID numbers written into free text are masked for those who see family names only", async () => {
    const written = "独居老人家中漏水，请联系其女儿13812345678，身份证420683199001011234";
    const reported = await as("admin", EVENT_REPORT, { input: { ...reportInput(GRID, "漏水"), description: written } });
    const id = reported.data!.reportEvent.event.id;
    const read = `query($id: ID!) { node(id: $id) { ... on Event { description } } }`;
    expect((await as("admin", read, { id })).data!.node.description).toBe(written);
    expect((await as("analyst", read, { id })).data!.node.description).toBe("独居老人家中漏水，请联系其女儿138****5678，身份证4206**********1234");
  });

  it("an event's location is coarsened to about 100 m, and its address is not searchable, for callers who may not read it", async () => {
    const e = (await governance.query("SELECT id, lat, lng, address, grid_code FROM events WHERE lat IS NOT NULL AND address ~ '[0-9]' AND community_code LIKE $1 ORDER BY id LIMIT 1", [`${STREET}%`])).rows[0];
    const read = `query($id: ID!) { node(id: $id) { ... on Event { lat lng } } }`;
    const coarse = (await as("analyst", read, { id: gid("Event", e.id) })).data!.node;
    expect(coarse).toEqual({ lat: Math.round(e.lat * 1000) / 1000, lng: Math.round(e.lng * 1000) / 1000 });
    const exact = await graphql(api, read, { id: gid("Event", e.id) }, { authorization: await bearer({ subject: "so-exact", role: "street_officer", jurisdiction: STREET, scopes: ["pii:read"] }) });
    expect(exact.data!.node).toEqual({ lat: e.lat, lng: e.lng });

    const search = `query($g: String!, $t: String!) { events(first: 1, filter: { gridCode: $g, text: $t }) { totalCount } }`;
    const vars = { g: e.grid_code, t: e.address };
    const inText = await count(governance, "events WHERE grid_code = $1 AND (title ILIKE '%' || $2 || '%' OR description ILIKE '%' || $2 || '%')", [e.grid_code, e.address]);
    expect((await as("analyst", search, vars)).data!.events.totalCount).toBe(inText);
    const withPii = await graphql(api, search, vars, { authorization: await bearer({ subject: "so-search", role: "street_officer", jurisdiction: STREET, scopes: ["pii:read"] }) });
    expect(withPii.data!.events.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe("departments", () => {
  it("see the events assigned or whistled to them, and act only on those assigned, only to start and respond", async () => {
    const step = `mutation($input: TransitionEventInput!) { transitionEvent(input: $input) { event { status version } } }`;
    const id = (await as("streetOfficer", EVENT_REPORT, { input: reportInput(GRID, "占道经营") })).data!.reportEvent.event.id;
    const probe = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await as("cityManagement", probe, { id })).data!.node).toBeNull();
    await as("streetOfficer", step, { input: { eventId: id, action: "ACCEPT", expectedVersion: 1 } });
    const assigned = await as("streetOfficer", step, { input: { eventId: id, action: "ASSIGN", department: CITY_MANAGEMENT, expectedVersion: 2 } });
    expect(assigned.data!.transitionEvent.event).toEqual({ status: "ASSIGNED", version: 3 });
    expect((await as("cityManagement", probe, { id })).data!.node).toEqual({ id });
    const refused = await as("cityManagement", step, { input: { eventId: id, action: "REOPEN", note: "不归我们管", expectedVersion: 3 } });
    expect(refused.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const started = await as("cityManagement", step, { input: { eventId: id, action: "START", expectedVersion: 3 } });
    expect(started.errors).toBeUndefined();
    expect(started.data!.transitionEvent.event.status).toBe("IN_PROGRESS");
    // Another department cannot even see it.
    const other = await as("civilAffairs", step, { input: { eventId: id, action: "RESPOND", expectedVersion: 4 } });
    expect(other.errors![0]!.extensions!.code).toBe("NOT_FOUND");
  });

  it("report to a whistle only as themselves", async () => {
    const { rows } = await governance.query("SELECT w.id FROM whistles w JOIN whistle_departments d ON d.whistle_id = w.id WHERE d.department = $1 AND d.reported_at IS NULL ORDER BY w.id LIMIT 1", [CITY_MANAGEMENT]);
    const mutation = `mutation($input: ReportToWhistleInput!) { reportToWhistle(input: $input) { whistle { summons { department reportedAt } } } }`;
    const posing = await as("cityManagement", mutation, { input: { whistleId: gid("Whistle", rows[0].id), department: "公安派出所", action: "已到场" } });
    expect(posing.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.department" });
    const reported = await as("cityManagement", mutation, { input: { whistleId: gid("Whistle", rows[0].id), department: CITY_MANAGEMENT, action: "已到场处置" } });
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportToWhistle.whistle.summons.find((s: any) => s.department === CITY_MANAGEMENT).reportedAt).not.toBeNull();
  });

  it("see granted data sets from their next request on, and lose them when revoked", async () => {
    const demands = () => as("cityManagement", `{ demands(first: 1) { totalCount } }`).then((r) => r.data!.demands.totalCount);
    expect(await demands()).toBe(0);
    const grant = { department: CITY_MANAGEMENT, dataset: "DEMANDS", codePrefix: STREET };
    const granted = await as("admin", `mutation($input: DepartmentGrantInput!) { grantDepartmentAccess(input: $input) { department dataset codePrefix } }`, { input: grant });
    expect(granted.data!.grantDepartmentAccess).toEqual(grant);
    const streetDemands = await count(civic, "demands WHERE community_code LIKE $1", [`${STREET}%`]);
    expect(streetDemands).toBeGreaterThan(0);
    expect(await demands()).toBe(streetDemands);
    const listed = await as("admin", `{ departmentGrants(department: "${CITY_MANAGEMENT}") { dataset codePrefix } }`);
    expect(listed.data!.departmentGrants).toEqual([{ dataset: "DEMANDS", codePrefix: STREET }]);
    expect((await as("admin", `mutation($input: DepartmentGrantInput!) { revokeDepartmentAccess(input: $input) }`, { input: grant })).data).toEqual({ revokeDepartmentAccess: true });
    expect(await demands()).toBe(0);
    // Over WebSocket too, each operation reads the grants anew.
    const client = liveClient(api, { authorization: CALLERS.cityManagement!.token });
    const overSocket = () =>
      new Promise<number>((resolve, reject) =>
        client.subscribe<{ demands: { totalCount: number } }>({ query: `{ demands(first: 1) { totalCount } }` }, { next: (r) => resolve(r.data!.demands.totalCount), error: reject, complete: () => undefined }),
      );
    expect(await overSocket()).toBe(0);
    await as("admin", `mutation($input: DepartmentGrantInput!) { grantDepartmentAccess(input: $input) { dataset } }`, { input: grant });
    expect(await overSocket()).toBe(await count(civic, "demands WHERE community_code LIKE $1", [`${STREET}%`]));
    await as("admin", `mutation($input: DepartmentGrantInput!) { revokeDepartmentAccess(input: $input) }`, { input: grant });
    expect(await overSocket()).toBe(0);
    await client.dispose();

    // Granting and revoking the same grant at once: each answers, none fails (a grant answered
    // with a row it could no longer read was INTERNAL_SERVER_ERROR).
    const GRANT = `mutation($input: DepartmentGrantInput!) { grantDepartmentAccess(input: $input) { dataset } }`;
    const REVOKE = `mutation($input: DepartmentGrantInput!) { revokeDepartmentAccess(input: $input) }`;
    const raced = await Promise.all(Array.from({ length: 40 }, (_, i) => as("admin", i % 2 ? REVOKE : GRANT, { input: grant })));
    expect(raced.flatMap((r) => r.errors ?? [])).toEqual([]);
    await as("admin", REVOKE, { input: grant });

    // Only administrators configure grants; a department cannot grant itself more.
    const self = await as("cityManagement", `mutation($input: DepartmentGrantInput!) { grantDepartmentAccess(input: $input) { dataset } }`, { input: grant });
    expect(self.errors![0]!.extensions!.code).toBe("FORBIDDEN");
    const bad = await as("admin", `mutation($input: DepartmentGrantInput!) { grantDepartmentAccess(input: $input) { dataset } }`, { input: { ...grant, codePrefix: "42" } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.codePrefix" });
  });
});

describe("writes by role and place", () => {
  const eventCount = () => count(governance, "events");

  it("refuses a write the role may not make, before writing anything", async () => {
    const before = await eventCount();
    const publicReport = await as("public", EVENT_REPORT, { input: reportInput(GRID, "匿名上报") });
    expect(publicReport.errors![0]!.extensions!.code).toBe("UNAUTHENTICATED");
    const analystReport = await as("analyst", EVENT_REPORT, { input: reportInput(GRID, "分析员上报") });
    expect(analystReport.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN" });
    expect(analystReport.errors![0]!.message).toMatch(/reportEvent.*resident, grid_worker/);
    expect(await eventCount()).toBe(before);
    const supervise = await as("gridWorker", `mutation { superviseEvent(input: { eventId: "${residentEventId}", level: RED_CARD, expectedVersion: 1 }) { event { id } } }`);
    expect(supervise.errors![0]!.extensions!.code).toBe("FORBIDDEN");
  });

  it("keeps place-bound staff inside their grids or jurisdiction", async () => {
    const before = await eventCount();
    const elsewhere = await as("gridWorker", EVENT_REPORT, { input: reportInput(`${COMMUNITY}002`, "隔壁网格") });
    expect(elsewhere.errors![0]!.extensions).toMatchObject({ code: "FORBIDDEN", field: "input.gridCode" });
    expect(await eventCount()).toBe(before);
    const own = await as("gridWorker", EVENT_REPORT, { input: reportInput(GRID, "本网格巡查发现") });
    expect(own.errors).toBeUndefined();

    // An event in another grid is, to a grid worker, an event that does not exist.
    const { rows } = await governance.query("SELECT id, version FROM events WHERE grid_code <> $1 AND status = 'REPORTED' ORDER BY id LIMIT 1", [GRID]);
    const step = `mutation($input: TransitionEventInput!) { transitionEvent(input: $input) { event { status } } }`;
    const foreign = await as("gridWorker", step, { input: { eventId: gid("Event", rows[0].id), action: "ACCEPT", expectedVersion: rows[0].version } });
    const missing = await as("gridWorker", step, { input: { eventId: gid("Event", 2_000_000_000), action: "ACCEPT", expectedVersion: 1 } });
    expect(foreign.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect(foreign.errors![0]!.message).toBe(missing.errors![0]!.message.replace("2000000000", String(rows[0].id)));
    expect((await governance.query("SELECT status FROM events WHERE id = $1", [rows[0].id])).rows[0].status).toBe("REPORTED");

    // A published activity is public, but only its own community's staff may call it off.
    const activity = (await civic.query("SELECT id, version FROM activities WHERE status = 'PUBLISHED' AND community_code <> $1 ORDER BY id LIMIT 1", [COMMUNITY])).rows[0];
    const cancel = await as("communityWorker", `mutation($input: CancelActivityInput!) { cancelActivity(input: $input) { activity { status } } }`, { input: { activityId: gid("Activity", activity.id), expectedVersion: activity.version, reason: "天气原因" } });
    expect(cancel.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect((await civic.query("SELECT status FROM activities WHERE id = $1", [activity.id])).rows[0].status).toBe("PUBLISHED");
  });

  it("checks the people a write names like its target: another street's party member is NOT_FOUND, as a missing one", async () => {
    const post = (await party.query("SELECT id FROM service_posts WHERE status = 'OPEN' AND community_code LIKE $1 ORDER BY id LIMIT 1", [`${STREET}%`])).rows[0];
    const member = (await party.query("SELECT id FROM party_members WHERE kind = 'IN_SERVICE' AND community_code LIKE $1 ORDER BY id LIMIT 1", [`${OTHER_STREET}%`])).rows[0];
    const claim = `mutation($input: ClaimServicePostInput!) { claimServicePost(input: $input) { post { id } } }`;
    const foreign = await as("streetOfficer", claim, { input: { postId: gid("ServicePost", post.id), memberId: gid("PartyMember", member.id) } });
    const missing = await as("streetOfficer", claim, { input: { postId: gid("ServicePost", post.id), memberId: gid("PartyMember", 2_000_000_000) } });
    expect(foreign.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    expect(foreign.errors![0]!.message).toBe(missing.errors![0]!.message.replace("2000000000", String(member.id)));
    expect(await count(party, "service_post_claims WHERE post_id = $1 AND member_id = $2", [post.id, member.id])).toBe(0);
  });

  it("lets residents act on their own requests only", async () => {
    const cancel = `mutation($input: CancelDemandInput!) { cancelDemand(input: $input) { demand { status } } }`;
    const input = { demandId: residentDemandId, expectedVersion: 1, reason: "已自行解决" };
    expect((await as("otherResident", cancel, { input })).errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const own = await as("resident", cancel, { input });
    expect(own.errors).toBeUndefined();
    expect(own.data!.cancelDemand.demand.status).toBe("CANCELLED");
  });
});

describe("idempotency keys belong to their caller", () => {
  it("the same key from two residents makes two orders: neither replays nor blocks the other's", async () => {
    const place = `mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { replayed demand { id } } }`;
    const input = { communityCode: "420683002001", residentName: "居民", category: "ELDERLY_CARE", title: "代买药品", description: "帮忙买降压药", idempotencyKey: "shared-key-access-1" };
    const first = (await as("resident", place, { input })).data!.placeDemand;
    const second = (await as("otherResident", place, { input })).data!.placeDemand;
    expect(first.replayed).toBe(false);
    expect(second.replayed).toBe(false);
    expect(second.demand.id).not.toBe(first.demand.id);
    const again = (await as("resident", place, { input })).data!.placeDemand;
    expect(again).toEqual({ replayed: true, demand: { id: first.demand.id } });
  });
});

describe("subscriptions deliver only what the subscriber may see", () => {
  it("street officers get their street's changes, residents their own, the public none of the events", async () => {
    const query = `subscription { eventChanged { id event { gridCode } } }`;
    const clients = {
      officer: liveClient(api, { authorization: CALLERS.streetOfficer!.token }),
      resident: liveClient(api, { authorization: CALLERS.resident!.token }),
      public: liveClient(api, {}),
      changes: liveClient(api, { authorization: CALLERS.streetOfficer!.token }),
    };
    const officer = subscribe(clients.officer, query);
    const resident = subscribe(clients.resident, query);
    const anyone = subscribe(clients.public, query);
    const generic = subscribe(clients.changes, `subscription { changes(sources: [GOVERNANCE], scope: { divisionCodePrefix: "420683" }) { entity id } }`);
    await Promise.all([officer.settle(300), resident.settle(0), anyone.settle(0), generic.settle(0)]);
    const inStreet = (await governance.query("SELECT id FROM events WHERE community_code LIKE $1 ORDER BY id LIMIT 2", [`${STREET}%`])).rows.map((r) => r.id);
    const outside = (await governance.query("SELECT id FROM events WHERE community_code LIKE $1 AND owner_subject IS NULL ORDER BY id LIMIT 2", [`${OTHER_STREET}%`])).rows.map((r) => r.id);
    await governance.query("UPDATE events SET title = title WHERE id = ANY($1) OR id = $2", [[...inStreet, ...outside], rowId(residentEventId)]);
    const got = await officer.waitFor(2);
    expect(new Set(got.map((i: any) => rowId(i.id)))).toEqual(new Set(inStreet));
    expect((await resident.waitFor(1)).map((i: any) => i.id)).toEqual([residentEventId]);
    expect(new Set((await generic.waitFor(2)).map((i: any) => rowId(i.id)))).toEqual(new Set(inStreet));
    expect(await officer.settle(500)).toHaveLength(2);
    expect(await generic.settle(0)).toHaveLength(2);
    expect(resident.items).toHaveLength(1);
    expect(anyone.items).toHaveLength(0);
    expect(anyone.errors).toHaveLength(0);
    await Promise.all(Object.values(clients).map((c) => c.dispose()));
  });
});
