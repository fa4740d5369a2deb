import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { projectRoot } from "../src/paths.js";
import { trimChangeLog } from "../src/sources/common/change-log.js";
import type { RunningApi } from "../src/server/app.js";
import { graphql, startTestApi } from "./support/api.js";
import { gid, rowId } from "./support/global-id.js";
import { ADMIN } from "./support/tokens.js";
import { liveClient, subscribe, wsUrl } from "./support/live.js";

let api: RunningApi;
let governance: pg.Pool;
let civic: pg.Pool;
let party: pg.Pool;
beforeAll(async () => {
  api = await startTestApi();
  const urls = inject("databaseUrls");
  governance = new pg.Pool({ connectionString: urls.governance, max: 4 });
  civic = new pg.Pool({ connectionString: urls.civic, max: 2 });
  party = new pg.Pool({ connectionString: urls.party, max: 2 });
});
afterAll(async () => {
  await Promise.all([governance?.end(), civic?.end(), party?.end()]);
  await api?.stop();
});

const STREET = "420683001";
const COMMUNITY = "420683001004";
const GRID = `${COMMUNITY}001`;
const OTHER_GRID = "420683002001001";
const REPORT = `mutation($input: ReportEventInput!) { reportEvent(input: $input) { event { id code version } } }`;

async function report(target: RunningApi = api, gridCode = GRID, title = "楼道堆物"): Promise<{ id: string; code: string; version: number }> {
  const res = await graphql(target, REPORT, { input: { gridCode, category: "SAFETY_HAZARD", urgency: "NORMAL", channel: "APP", title, description: "楼道堆放杂物", address: "2栋" } });
  expect(res.errors).toBeUndefined();
  return res.data!.reportEvent.event;
}

async function mutate(query: string, input: Record<string, unknown>): Promise<any> {
  const res = await graphql(api, query, { input });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0];
}


describe("each subscription delivers what its filter asks for, from the API and from plain SQL", () => {
  it("eventChanged: one community, including an UPDATE made straight in the governance database", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { cursor operation id at event { id code status title } } }`, { f: { communityCode: COMMUNITY } });
    await sub.settle(300);
    const mine = await report();
    await report(api, OTHER_GRID, "别的街道");
    await governance.query("UPDATE events SET title = '楼道堆物（已清理）' WHERE code = $1", [mine.code]);
    const [created, updated] = await sub.waitFor(2);
    expect(created).toMatchObject({ operation: "INSERT", id: mine.id, event: { code: mine.code, status: "REPORTED" } });
    expect(updated).toMatchObject({ operation: "UPDATE", id: mine.id, event: { title: "楼道堆物（已清理）" } });
    expect(await sub.settle()).toHaveLength(2);
    await client.dispose();
  });

  it("eventChanged: categories and statuses are tested on the event as it is now", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { operation event { code status category } } }`, {
      f: { streetCode: STREET, categories: ["SAFETY_HAZARD"], statuses: ["ACCEPTED"] },
    });
    await sub.settle(300);
    const event = await report();
    await mutate(`mutation($input: TransitionEventInput!) { transitionEvent(input: $input) { event { id } } }`, { eventId: event.id, action: "ACCEPT", expectedVersion: 1 });
    // Nodes are loaded as they are at delivery: the INSERT may already show ACCEPTED and pass too.
    for (let i = 0; i < 50 && !sub.items.some((i: any) => i.operation === "UPDATE"); i++) await sub.settle(100);
    const items = await sub.settle(500);
    expect(items.at(-1)).toMatchObject({ operation: "UPDATE", event: { code: event.code, status: "ACCEPTED", category: "SAFETY_HAZARD" } });
    expect(items.every((i: any) => i.event.code === event.code && i.event.status === "ACCEPTED")).toBe(true);
    await client.dispose();
  });

  it("demandChanged, microWishChanged and activityChanged follow their centres' writes", async () => {
    const client = liveClient(api);
    const demands = subscribe(client, `subscription($f: DemandChangeFilter) { demandChanged(filter: $f) { operation demand { id status } } }`, { f: { communityCode: COMMUNITY, statuses: ["DISPATCHED"] } });
    const wishes = subscribe(client, `subscription($f: MicroWishChangeFilter) { microWishChanged(filter: $f) { operation microWish { id status } } }`, { f: { communityCode: COMMUNITY } });
    const activities = subscribe(client, `subscription($f: ActivityChangeFilter) { activityChanged(filter: $f) { operation activity { id title category } } }`, { f: { communityCode: COMMUNITY, categories: ["HEALTH"] } });
    await demands.settle(300);

    const demand = (await mutate(`mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { demand { id version } } }`, {
      communityCode: COMMUNITY, residentName: "周敏", category: "HEALTH", title: "量血压", description: "每周一次上门量血压",
    })).demand;
    const [team] = (await civic.query("SELECT id FROM volunteer_teams ORDER BY id LIMIT 1")).rows;
    await mutate(`mutation($input: DispatchDemandInput!) { dispatchDemand(input: $input) { demand { id } } }`, { demandId: demand.id, teamId: gid("VolunteerTeam", team.id), expectedVersion: 1 });
    const [dispatched] = await demands.waitFor(1);
    expect(dispatched).toMatchObject({ operation: "UPDATE", demand: { id: demand.id, status: "DISPATCHED" } });

    const wish = (await mutate(`mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { microWish { id } } }`, {
      communityCode: COMMUNITY, residentName: "周敏", title: "想要一副老花镜", description: "看报纸用",
    })).microWish;
    await party.query("UPDATE micro_wishes SET title = '想要一副老花镜（+250度）' WHERE id = $1", [rowId(wish.id)]);
    expect(await wishes.waitFor(2)).toMatchObject([{ operation: "INSERT", microWish: { id: wish.id } }, { operation: "UPDATE", microWish: { id: wish.id } }]);

    const [site] = (await civic.query("SELECT id FROM practice_sites WHERE division_code = $1 ORDER BY id LIMIT 1", [COMMUNITY])).rows;
    const inputs = ["HEALTH", "CULTURE"].map((category) => ({
      siteId: gid("PracticeSite", site.id), communityCode: COMMUNITY, title: `${category} 活动`, category, description: "社区活动", location: "社区广场",
      startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), capacity: 10,
    }));
    for (const input of inputs) await mutate(`mutation($input: PublishActivityInput!) { publishActivity(input: $input) { activity { id } } }`, input);
    const [published] = await activities.waitFor(1);
    expect(published).toMatchObject({ operation: "INSERT", activity: { category: "HEALTH" } });
    expect(await demands.settle(500)).toHaveLength(1);
    expect(activities.items).toHaveLength(1);
    await client.dispose();
  });

  it("bookingChanged: one venue's bookings, or a whole community's", async () => {
    const [venue, other] = (await party.query("SELECT id, opens_at, closes_at FROM venues WHERE community_code = $1 AND opens_at <= '09:00' AND closes_at >= '12:00' ORDER BY id LIMIT 2", [COMMUNITY])).rows;
    const client = liveClient(api);
    const oneVenue = subscribe(client, `subscription($v: String) { bookingChanged(venueId: $v) { operation booking { id status } } }`, { v: gid("Venue", venue.id) });
    const community = subscribe(client, `subscription($c: String) { bookingChanged(communityCode: $c) { operation booking { id } } }`, { c: COMMUNITY });
    await oneVenue.settle(300);
    const day = new Date(Date.now() + (400 + Math.floor(Math.random() * 300)) * 86_400_000).toISOString().slice(0, 10);
    const book = (venueId: number) =>
      mutate(`mutation($input: BookVenueInput!) { bookVenue(input: $input) { booking { id } } }`, {
        venueId: gid("Venue", venueId), startsAt: `${day}T09:00:00+08:00`, endsAt: `${day}T10:00:00+08:00`, purpose: "读书会", bookerName: "周敏",
      });
    const booking = (await book(venue.id)).booking;
    await book(other.id);
    // Items carry the node as it is when delivered: let the INSERT arrive before the cancel.
    await oneVenue.waitFor(1);
    await mutate(`mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } } }`, { bookingId: booking.id });
    expect(await oneVenue.waitFor(2)).toMatchObject([{ operation: "INSERT", booking: { id: booking.id, status: "CONFIRMED" } }, { operation: "UPDATE", booking: { id: booking.id, status: "CANCELLED" } }]);
    await community.waitFor(3);
    expect(await oneVenue.settle()).toHaveLength(2);
    const both = subscribe(client, `subscription { bookingChanged(venueId: "x", communityCode: "420683001004") { id } }`);
    await expect(both.waitFor(1, 3000)).rejects.toThrow(/exactly one/);
    await client.dispose();
  });

  it("changes: one feed of a jurisdiction across the chosen centres, each item naming its centre, entity and node", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($s: ChangeScope!) { changes(scope: $s, sources: [GOVERNANCE, CIVIC]) { cursor source entity operation id node { id __typename } } }`, { s: { divisionCodePrefix: COMMUNITY } });
    await sub.settle(300);
    const event = await report();
    await mutate(`mutation($input: PlaceDemandInput!) { placeDemand(input: $input) { demand { id } } }`, { communityCode: COMMUNITY, residentName: "周敏", category: "CULTURE", title: "借书", description: "想借几本书" });
    await mutate(`mutation($input: PostMicroWishInput!) { postMicroWish(input: $input) { microWish { id } } }`, { communityCode: COMMUNITY, residentName: "周敏", title: "书", description: "不在订阅的中心" });
    await report(api, OTHER_GRID, "辖区外");
    const items = await sub.waitFor(2);
    const bySource = Object.fromEntries(items.map((i: any) => [i.source, i]));
    expect(bySource.GOVERNANCE).toMatchObject({ entity: "Event", operation: "INSERT", id: event.id, node: { id: event.id, __typename: "Event" } });
    expect(bySource.CIVIC).toMatchObject({ entity: "Demand", operation: "INSERT", node: { __typename: "Demand" } });
    expect(await sub.settle()).toHaveLength(2);
    await client.dispose();
  });

  it("communityStats: the figures at once, then one coalesced update for a burst of writes", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($c: String!) { communityStats(code: $c) { communityCode openEventsByStatus { status count } overdueEvents openDemands openMicroWishes activitiesToday bookingsToday } }`, { c: COMMUNITY });
    const [first] = await sub.waitFor(1);
    const reported = (s: any) => s.openEventsByStatus.find((x: any) => x.status === "REPORTED")?.count ?? 0;
    await Promise.all(Array.from({ length: 6 }, () => report()));
    const [, second] = await sub.waitFor(2);
    await sub.settle(800);
    expect(sub.items.length).toBeLessThanOrEqual(3);
    expect(reported(sub.items.at(-1))).toBe(reported(first) + 6);
    expect(second.communityCode).toBe(COMMUNITY);
    await client.dispose();
  });
});

describe("resuming and recovering without losing or repeating a change", () => {
  it("resumes with `after` across a disconnect while 60 events are written concurrently, seeing each exactly once", async () => {
    const query = `subscription($s: ChangeScope!, $after: String) { changes(scope: $s, sources: [GOVERNANCE], after: $after) { cursor entity operation id } }`;
    const scope = { divisionCodePrefix: GRID };
    const first = liveClient(api);
    const before = subscribe(first, query, { s: scope });
    await before.settle(300);
    const written: string[] = [];
    const writer = (async () => {
      for (let round = 0; round < 10; round++) {
        const batch = await Promise.all(Array.from({ length: 6 }, (_, i) => report(api, GRID, `续订 ${round}-${i}`)));
        written.push(...batch.map((e) => e.id));
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    await before.waitFor(5);
    await first.dispose();
    const cut = before.items.length;
    const resumeAt = before.items[cut - 1].cursor;
    await new Promise((r) => setTimeout(r, 150));
    const second = liveClient(api);
    const after = subscribe(second, query, { s: scope, after: resumeAt });
    await writer;
    const inserts = () => [...before.items.slice(0, cut), ...after.items].filter((i: any) => i.operation === "INSERT").map((i: any) => i.id);
    for (let i = 0; i < 100 && inserts().length < written.length; i++) await after.settle(100);
    expect(inserts().sort()).toEqual([...written].sort());
    expect(new Set(inserts()).size).toBe(written.length);
    await second.dispose();
  });

  it("loses nothing when its LISTEN connection is killed with pg_terminate_backend mid-stream", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { operation id } }`, { f: { gridCode: GRID } });
    await sub.settle(300);
    const written: string[] = [];
    const killListener = async () => {
      // Wait for the listener to be (back) up, then cut it.
      for (let attempt = 0; attempt < 100; attempt++) {
        const killed = await governance.query("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'gongzhi-governance-listen'");
        if (killed.rows.some((r) => r.ok)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("the governance listener never came back");
    };
    for (let i = 0; i < 30; i++) {
      if (i === 10 || i === 20) await killListener();
      written.push((await report(api, GRID, `断线 ${i}`)).id);
    }
    const items = await sub.waitFor(30, 15_000);
    expect(items.map((i: any) => i.id)).toEqual(written);
    expect(await sub.settle(500)).toHaveLength(30);
    await client.dispose();
  });

  it("retention trims changes older than the configured days and marks how far it trimmed", async () => {
    const { rows } = await governance.query(
      "INSERT INTO change_log (entity, entity_id, operation, community_code, at) VALUES ('Event', 1, 'UPDATE', $1, now() - interval '8 days') RETURNING seq",
      [COMMUNITY],
    );
    const seq = Number(rows[0].seq);
    try {
      expect(await trimChangeLog(api.databases.governance, 7)).toBeGreaterThanOrEqual(1);
      expect((await governance.query("SELECT 1 FROM change_log WHERE seq = $1", [seq])).rows).toHaveLength(0);
      const mark = await governance.query("SELECT seq FROM change_log_trimmed");
      expect(Number(mark.rows[0].seq)).toBeGreaterThanOrEqual(seq);
    } finally {
      await governance.query("DELETE FROM change_log_trimmed");
    }
  });

  it("refuses a cursor older than the retained change log", async () => {
    const client = liveClient(api);
    const sub = subscribe(client, `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { cursor } }`, { f: { gridCode: GRID } });
    await sub.settle(300);
    await report();
    const [{ cursor }] = await sub.waitFor(1);
    await governance.query(
      "INSERT INTO change_log_trimmed (single, txid, seq) SELECT true, max(txid), max(seq) FROM change_log ON CONFLICT (single) DO UPDATE SET txid = EXCLUDED.txid, seq = EXCLUDED.seq",
    );
    try {
      const stale = subscribe(client, `subscription($a: String) { eventChanged(after: $a) { cursor } }`, { a: cursor });
      await expect(stale.waitFor(1, 3000)).rejects.toThrow(/CURSOR_EXPIRED|older than the retained/);
      const garbage = subscribe(client, `subscription { eventChanged(after: "not-a-cursor!") { cursor } }`);
      await expect(garbage.waitFor(1, 3000)).rejects.toThrow(/BAD_USER_INPUT|not a cursor/);
    } finally {
      await governance.query("DELETE FROM change_log_trimmed");
      await client.dispose();
    }
  });
});

describe("subscriptions that share one execution", () => {
  const QUERY = `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { operation id event { code } } }`;

  /** A graphql-transport-ws connection by hand, to see the messages as they are on the wire. */
  function rawConnection(target: RunningApi = api) {
    const messages: { id?: string; type: string; payload?: any }[] = [];
    const ws = new WebSocket(wsUrl(target), "graphql-transport-ws");
    const acknowledged = new Promise<void>((resolve, reject) => {
      ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: ADMIN } })));
      ws.on("message", (data) => {
        const message = JSON.parse(String(data));
        if (message.type === "connection_ack") resolve();
        else messages.push(message);
      });
      ws.on("error", reject);
    });
    return {
      messages,
      acknowledged,
      send: (message: object) => ws.send(JSON.stringify(message)),
      close: () => ws.close(),
    };
  }

  it("deliver each item once to every member, under each member's own subscription id, also several on one connection", async () => {
    const hubSubscriptions = api.live.size;
    const one = liveClient(api);
    const other = liveClient(api);
    const subs = [subscribe(one, QUERY, { f: { gridCode: GRID } }), subscribe(one, QUERY, { f: { gridCode: GRID } }), subscribe(other, QUERY, { f: { gridCode: GRID } })];
    const raw = rawConnection();
    await raw.acknowledged;
    raw.send({ id: "a", type: "subscribe", payload: { query: QUERY, variables: { f: { gridCode: GRID } } } });
    raw.send({ id: "b", type: "subscribe", payload: { query: QUERY, variables: { f: { gridCode: GRID } } } });
    await Promise.all(subs.map((s) => s.settle(300)));
    // Five subscribers asking the same way are one execution: at most one more subscription to the hub (none when an earlier test's group still runs).
    expect(api.live.size - hubSubscriptions).toBeLessThanOrEqual(1);
    const written = [];
    for (let i = 0; i < 3; i++) written.push((await report(api, GRID, `共享 ${i}`)).id);
    for (const sub of subs) expect((await sub.waitFor(3)).map((i: any) => i.id)).toEqual(written);
    for (let i = 0; i < 50 && raw.messages.length < 6; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    for (const id of ["a", "b"]) {
      const items = raw.messages.filter((m) => m.id === id);
      expect(items.map((m) => m.type)).toEqual(["next", "next", "next"]);
      expect(items.map((m) => m.payload.data.eventChanged.id)).toEqual(written);
    }
    expect(raw.messages).toHaveLength(6);
    for (const sub of subs) expect(await sub.settle(0)).toHaveLength(3);
    raw.close();
    await Promise.all([one.dispose(), other.dispose()]);
  });

  it("send nothing more for a completed subscription, and nothing twice when its id is used again", async () => {
    const raw = rawConnection();
    await raw.acknowledged;
    const watcher = liveClient(api);
    // Keeps the group alive while the raw connection leaves and rejoins it.
    const stays = subscribe(watcher, QUERY, { f: { gridCode: GRID } });
    const subscribeX = () => raw.send({ id: "x", type: "subscribe", payload: { query: QUERY, variables: { f: { gridCode: GRID } } } });
    subscribeX();
    await stays.settle(300);
    const first = await report(api, GRID, "完成前");
    await stays.waitFor(1);
    for (let i = 0; i < 50 && raw.messages.length < 1; i++) await new Promise((r) => setTimeout(r, 100));
    raw.send({ id: "x", type: "complete" });
    const unseen = await report(api, GRID, "完成后");
    await stays.waitFor(2);
    await new Promise((r) => setTimeout(r, 300));
    subscribeX();
    await new Promise((r) => setTimeout(r, 300));
    const again = await report(api, GRID, "重新订阅");
    await stays.waitFor(3);
    for (let i = 0; i < 50 && raw.messages.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    expect(raw.messages.map((m) => [m.id, m.type, m.payload?.data?.eventChanged?.id])).toEqual([
      ["x", "next", first.id],
      ["x", "next", again.id],
    ]);
    expect(raw.messages.some((m) => m.payload?.data?.eventChanged?.id === unseen.id)).toBe(false);
    raw.close();
    await watcher.dispose();
  });
});

describe("robustness of the WebSocket endpoint", () => {
  it("answers malformed messages with protocol errors and keeps serving", async () => {
    const closeCode = (messages: string[]) =>
      new Promise<number>((resolve, reject) => {
        const ws = new WebSocket(wsUrl(api), "graphql-transport-ws");
        ws.on("open", () => messages.forEach((m) => ws.send(m)));
        ws.on("close", (code) => resolve(code));
        ws.on("error", reject);
      });
    const init = JSON.stringify({ type: "connection_init" });
    expect(await closeCode(["{not json"])).toBe(4400);
    expect(await closeCode([init, JSON.stringify({ type: "subscribe", id: "1", payload: { query: 42 } })])).toBe(4400);
    expect(await closeCode([init, JSON.stringify({ type: "launch_missiles" })])).toBe(4400);
    expect(await closeCode([JSON.stringify({ type: "connection_init", payload: { password: "x" } })])).toBe(4400);
    const client = liveClient(api);
    const invalid = subscribe(client, `subscription { eventChanged { noSuchField } }`);
    await expect(invalid.waitFor(1, 3000)).rejects.toThrow(/GRAPHQL_VALIDATION_FAILED/);
    const badArgs = subscribe(client, `subscription { eventChanged(filter: { communityCode: "42" }) { id } }`);
    await expect(badArgs.waitFor(1, 3000)).rejects.toThrow(/BAD_USER_INPUT/);
    const sub = subscribe(client, `subscription { eventChanged(filter: { gridCode: "${GRID}" }) { id } }`);
    await sub.settle(300);
    await report();
    await sub.waitFor(1);
    await client.dispose();
  });

  it("drops a client that stops reading, with a clear close reason, and serves the others", async () => {
    const slowApi = await startTestApi({}, { GONGZHI_SUBSCRIBER_QUEUE: "20", GONGZHI_SUBSCRIBER_STALL_SECONDS: "1" });
    try {
      let resume = () => undefined as void;
      const closed = new Promise<{ code: number; reason: string }>((resolve) => {
        const ws = new WebSocket(wsUrl(slowApi), "graphql-transport-ws");
        ws.on("open", () => ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: ADMIN } })));
        ws.on("message", (data) => {
          if (JSON.parse(String(data)).type !== "connection_ack") return;
          ws.send(JSON.stringify({ type: "subscribe", id: "slow", payload: { query: `subscription { changes(scope: { divisionCodePrefix: "${STREET}" }, sources: [GOVERNANCE]) { id node { id ... on Event { description } } } }` } }));
          // Stop reading: the socket buffers fill and undelivered changes wait.
          const socket = (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
          setTimeout(() => socket.pause(), 200);
          resume = () => socket.resume();
        });
        ws.on("close", (code, reason) => resolve({ code, reason: String(reason) }));
      });
      const client = liveClient(slowApi);
      const healthy = subscribe(client, `subscription { eventChanged(filter: { gridCode: "${GRID}" }) { id } }`);
      // A burst far larger than the in-memory queue (20): read from the log instead, all of it, once.
      const burst = subscribe(client, `subscription { changes(scope: { divisionCodePrefix: "${COMMUNITY}" }, sources: [GOVERNANCE]) { id operation } }`);
      await healthy.settle(500);
      const { rows } = await governance.query("SELECT count(*)::int AS n FROM events WHERE community_code = $1", [COMMUNITY]);
      // About 9,000 changes of 9 kB each: far more than the socket buffers hold.
      await governance.query(`UPDATE events SET description = description || repeat('长', 3000) WHERE community_code LIKE '${STREET}%'`);
      // Read again after the server has given up: the close frame waits behind what was buffered.
      setTimeout(() => resume(), 4000);
      const { code, reason } = await closed;
      expect(code).toBe(4429);
      expect(reason).toMatch(/too slowly/);
      const received = await burst.waitFor(rows[0].n, 20_000);
      expect(new Set(received.map((i: any) => i.id)).size).toBe(rows[0].n);
      expect(await burst.settle(300)).toHaveLength(rows[0].n);
      expect(healthy.items.length).toBeGreaterThan(0);
      await client.dispose();
    } finally {
      await slowApi.stop();
      await governance.query(`UPDATE events SET description = left(description, -3000) WHERE community_code LIKE '${STREET}%' AND description LIKE '%' || repeat('长', 3000)`);
    }
  });
});

describe("two API instances", () => {
  let second: ChildProcess | undefined;
  afterAll(() => second?.kill("SIGTERM"));

  it("both deliver every change, whether written through one of them or by plain SQL", async () => {
    const urls = inject("databaseUrls");
    second = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src/main.ts")], {
      cwd: projectRoot,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", REGISTRY_DATABASE_URL: urls.registry, PARTY_DATABASE_URL: urls.party, CIVIC_DATABASE_URL: urls.civic, GOVERNANCE_DATABASE_URL: urls.governance },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      second!.stdout!.on("data", (chunk) => {
        out += String(chunk);
        const match = /serving (http:\/\/[^\s"]+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      second!.on("exit", (code) => reject(new Error(`second instance exited with ${code}`)));
    });
    const other = { url } as RunningApi;
    const query = `subscription($f: EventChangeFilter) { eventChanged(filter: $f) { operation id event { title } } }`;
    const clients = [liveClient(api), liveClient(other)];
    const subs = clients.map((c) => subscribe(c, query, { f: { gridCode: GRID } }));
    await Promise.all(subs.map((s) => s.settle(500)));
    const event = await report(api, GRID, "两个实例");
    await governance.query("UPDATE events SET title = '两个实例（直接写库）' WHERE code = $1", [event.code]);
    for (const sub of subs) {
      const [created, updated] = await sub.waitFor(2);
      expect([created.operation, created.id, updated.operation, updated.id]).toEqual(["INSERT", event.id, "UPDATE", event.id]);
      expect(updated.event.title).toBe("两个实例（直接写库）");
    }
    await Promise.all(clients.map((c) => c.dispose()));
  }, 60_000);
});
