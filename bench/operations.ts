/**
 * The example operations and their "floor": the same data fetched with hand-written SQL
 * through plain `pg` pools, every statement of a request sent at once. Each side also
 * produces a digest of what it fetched so the bench can check that both read the same rows.
 */
import pg from "pg";
import type { SourceName } from "../src/config.js";

export type Pools = Record<SourceName, pg.Pool>;

export interface Variables {
  communityCode: string;
  gridCode: string;
  streetCode: string;
  lat: number;
  lng: number;
}

export interface Operation {
  /** The operation name in examples/*.graphql. */
  name: string;
  variables(v: Variables): Record<string, unknown>;
  /** The floor: fetch the same fields with direct SQL; resolves to its digest. */
  floor(pools: Pools, v: Variables): Promise<unknown>;
  /** Digest of the API's `data` for the same request. */
  digest(data: unknown): unknown;
}

const OPEN_STATUSES = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED", "VERIFIED"];
const METERS_PER_DEGREE_LAT = 111_320;

// The API's data, loosely typed: the digests only read a few fields.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

const communityPage: Operation = {
  name: "CommunityPage",
  variables: (v) => ({ code: v.communityCode }),
  async floor(pools, v) {
    const code = v.communityCode;
    const statuses = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS"];
    const [division, members, venues, stations, activities, demands, grids, events, count, risks] = await Promise.all([
      pools.registry.query(
        "SELECT c.code, c.name, c.level, s.name AS street_name FROM divisions c LEFT JOIN divisions s ON s.code = c.parent_code WHERE c.code = $1",
        [code],
      ),
      pools.party.query("SELECT count(*)::int AS n FROM party_members WHERE community_code = $1", [code]),
      pools.party.query("SELECT id, name, kind, opens_at, closes_at FROM venues WHERE community_code = $1 ORDER BY id", [code]),
      pools.party.query("SELECT id, name, address, amenities FROM red_stations WHERE community_code = $1 ORDER BY id", [code]),
      pools.civic.query("SELECT id, title, category, starts_at, location FROM activities WHERE community_code = $1 ORDER BY starts_at DESC, id DESC LIMIT 5", [code]),
      pools.civic.query("SELECT id, title, status, ordered_at FROM demands WHERE community_code = $1 ORDER BY ordered_at DESC, id DESC LIMIT 5", [code]),
      pools.governance.query("SELECT code, name, population, households FROM grids WHERE community_code = $1 ORDER BY code", [code]),
      pools.governance.query(
        "SELECT id, code, title, status, urgency, due_at FROM events WHERE community_code = $1 AND status = ANY($2::event_status[]) ORDER BY reported_at DESC, id DESC LIMIT 5",
        [code, statuses],
      ),
      pools.governance.query("SELECT count(*)::int AS n FROM events WHERE community_code = $1 AND status = ANY($2::event_status[])", [code, statuses]),
      pools.governance.query("SELECT topic, level, assessed_at FROM risk_assessments WHERE community_code = $1 ORDER BY assessed_at", [code]),
    ]);
    const row = division.rows[0];
    if (!row || row.level !== "COMMUNITY") return null;
    return {
      name: row.name,
      street: row.street_name,
      members: members.rows[0]?.n,
      venues: venues.rows.map((r) => r.name),
      stations: stations.rows.map((r) => r.name),
      activities: activities.rows.map((r) => r.title),
      demands: demands.rows.map((r) => r.title),
      grids: grids.rows.map((r) => r.code),
      totalEvents: count.rows[0]?.n,
      events: events.rows.map((r) => r.code),
      risks: risks.rows.map((r) => r.topic),
    };
  },
  digest(data: Json) {
    const c = data?.community;
    if (!c) return null;
    return {
      name: c.name,
      street: c.street?.name,
      members: c.partyMemberCount,
      venues: c.venues.map((r: Json) => r.name),
      stations: c.redStations.map((r: Json) => r.name),
      activities: c.activities.map((r: Json) => r.title),
      demands: c.demands.map((r: Json) => r.title),
      grids: c.grids.map((r: Json) => r.code),
      totalEvents: c.events.totalCount,
      events: c.events.edges.map((e: Json) => e.node.code),
      risks: c.riskAssessments.map((r: Json) => r.topic),
    };
  },
};

const gridWorkerEvents: Operation = {
  name: "GridWorkerEvents",
  variables: (v) => ({ gridCode: v.gridCode }),
  async floor(pools, v) {
    const code = v.gridCode;
    const statuses = ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED"];
    const [grid, workers, events, count] = await Promise.all([
      pools.governance.query("SELECT code, name FROM grids WHERE code = $1", [code]),
      pools.governance.query("SELECT name, is_grid_leader FROM grid_workers WHERE grid_code = $1 ORDER BY id", [code]),
      // One page plus one row (for hasNextPage), with each event's worker and history.
      pools.governance.query(
        `WITH page AS (
           SELECT id, code, title, category, urgency, status, address, due_at, assigned_worker_id
           FROM events WHERE grid_code = $1 AND status = ANY($2::event_status[])
           ORDER BY due_at ASC, id ASC LIMIT 21)
         SELECT page.*, w.name AS worker_name,
           (SELECT coalesce(json_agg(json_build_object('action', t.action, 'actor', t.actor, 'at', t.at, 'note', t.note) ORDER BY t.at, t.id), '[]')
            FROM event_transitions t WHERE t.event_id = page.id) AS history
         FROM page LEFT JOIN grid_workers w ON w.id = page.assigned_worker_id
         ORDER BY page.due_at ASC, page.id ASC`,
        [code, statuses],
      ),
      pools.governance.query("SELECT count(*)::int AS n FROM events WHERE grid_code = $1 AND status = ANY($2::event_status[])", [code, statuses]),
    ]);
    if (!grid.rows[0]) return null;
    const page = events.rows.slice(0, 20);
    return {
      name: grid.rows[0].name,
      workers: workers.rows.map((r) => r.name),
      totalCount: count.rows[0]?.n,
      hasNextPage: events.rows.length > 20,
      events: page.map((r) => r.code),
      workerNames: page.map((r) => r.worker_name ?? null),
      historySteps: page.map((r) => (r.history as unknown[]).length),
    };
  },
  digest(data: Json) {
    const g = data?.grid;
    if (!g) return null;
    const nodes = g.events.edges.map((e: Json) => e.node);
    return {
      name: g.name,
      workers: g.workers.map((w: Json) => w.name),
      totalCount: g.events.totalCount,
      hasNextPage: g.events.pageInfo.hasNextPage,
      events: nodes.map((n: Json) => n.code),
      workerNames: nodes.map((n: Json) => n.gridWorker?.name ?? null),
      historySteps: nodes.map((n: Json) => n.history.length),
    };
  },
};

const streetOverdueEvents: Operation = {
  name: "StreetOverdueEvents",
  variables: (v) => ({ streetCode: v.streetCode }),
  async floor(pools, v) {
    const like = `${v.streetCode}%`;
    const now = new Date();
    const [events, count] = await Promise.all([
      pools.governance.query(
        `SELECT id, code, community_code, title, status, urgency, due_at, supervision_level FROM events
         WHERE grid_code LIKE $1 AND due_at < $2 AND status = ANY($3::event_status[])
         ORDER BY due_at ASC, id ASC LIMIT 51`,
        [like, now, OPEN_STATUSES],
      ),
      pools.governance.query("SELECT count(*)::int AS n FROM events WHERE grid_code LIKE $1 AND due_at < $2 AND status = ANY($3::event_status[])", [like, now, OPEN_STATUSES]),
    ]);
    return { totalCount: count.rows[0]?.n, hasNextPage: events.rows.length > 50, events: events.rows.slice(0, 50).map((r) => r.code) };
  },
  digest(data: Json) {
    const e = data?.events;
    return { totalCount: e.totalCount, hasNextPage: e.pageInfo.hasNextPage, events: e.edges.map((x: Json) => x.node.code) };
  },
};

const nearbyRedStations: Operation = {
  name: "NearbyRedStations",
  variables: (v) => ({ lat: v.lat, lng: v.lng }),
  async floor(pools, v) {
    const meters = 1000;
    const dLat = meters / METERS_PER_DEGREE_LAT;
    const dLng = meters / (METERS_PER_DEGREE_LAT * Math.cos((v.lat * Math.PI) / 180));
    const { rows } = await pools.party.query(
      `SELECT * FROM (
         SELECT id, name, address, amenities, opens_at, closes_at,
           2 * 6371000 * asin(sqrt(power(sin(radians(lat - $1) / 2), 2) + cos(radians($1)) * cos(radians(lat)) * power(sin(radians(lng - $2) / 2), 2))) AS distance
         FROM red_stations WHERE lat BETWEEN $3 AND $4 AND lng BETWEEN $5 AND $6) s
       WHERE distance <= $7 ORDER BY distance LIMIT 20`,
      [v.lat, v.lng, v.lat - dLat, v.lat + dLat, v.lng - dLng, v.lng + dLng, meters],
    );
    return rows.map((r) => `${r.name}@${Math.round(r.distance)}`);
  },
  digest(data: Json) {
    return data.redStations.map((r: Json) => `${r.name}@${r.distanceMeters}`);
  },
};

export const OPERATIONS: readonly Operation[] = [communityPage, gridWorkerEvents, streetOverdueEvents, nearbyRedStations];

/** Realistic variables: the community with most events, its busiest grid, its street, a red station in it. */
export async function pickVariables(pools: Pools): Promise<Variables & { notes: string[] }> {
  const busiest = await pools.governance.query<{ community_code: string; n: number }>(
    "SELECT community_code, count(*)::int AS n FROM events GROUP BY community_code ORDER BY n DESC, community_code LIMIT 1",
  );
  const community = busiest.rows[0];
  if (!community) throw new Error("the governance database has no events: load demo data first (--seed)");
  const communityCode = community.community_code;
  const grid = await pools.governance.query<{ grid_code: string; n: number }>(
    `SELECT grid_code, count(*)::int AS n FROM events WHERE community_code = $1 AND status = ANY($2::event_status[])
     GROUP BY grid_code ORDER BY n DESC, grid_code LIMIT 1`,
    [communityCode, ["ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED"]],
  );
  const gridCode =
    grid.rows[0]?.grid_code ??
    (await pools.governance.query<{ code: string }>("SELECT code FROM grids WHERE community_code = $1 ORDER BY code LIMIT 1", [communityCode])).rows[0]?.code;
  if (!gridCode) throw new Error(`community ${communityCode} has no grids`);
  const streetCode = communityCode.slice(0, 9);
  const station =
    (await pools.party.query<{ lat: number; lng: number; name: string }>("SELECT lat, lng, name FROM red_stations WHERE community_code = $1 ORDER BY id LIMIT 1", [communityCode])).rows[0] ??
    (await pools.party.query<{ lat: number; lng: number; name: string }>("SELECT lat, lng, name FROM red_stations ORDER BY id LIMIT 1")).rows[0];
  if (!station) throw new Error("the party database has no red stations");
  const overdue = await pools.governance.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM events WHERE grid_code LIKE $1 AND due_at < now() AND status = ANY($2::event_status[])",
    [`${streetCode}%`, OPEN_STATUSES],
  );
  return {
    communityCode,
    gridCode,
    streetCode,
    lat: station.lat,
    lng: station.lng,
    notes: [
      `community ${communityCode} (${community.n} events)`,
      `grid ${gridCode} (${grid.rows[0]?.n ?? 0} open events)`,
      `street ${streetCode} (${overdue.rows[0]?.n ?? 0} overdue events)`,
      `red station ${station.name} at ${station.lat.toFixed(5)}, ${station.lng.toFixed(5)}`,
    ],
  };
}
