/** The operations of examples/ that the read bench drives, with their floors and digests. */
import { instant, type Json, type Operation } from "./operation.js";

export const OPEN_STATUSES = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESPONDED", "VERIFIED"];
const METERS_PER_DEGREE_LAT = 111_320;

export const communityPage: Operation = {
  name: "CommunityPage",
  description: "a community page, all four sources",
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
    if (!row || row.level !== "COMMUNITY") return { community: null };
    return {
      community: {
        ...row,
        partyMemberCount: members.rows[0]?.n,
        venues: venues.rows,
        redStations: stations.rows,
        activities: activities.rows,
        demands: demands.rows,
        grids: grids.rows,
        events: { totalCount: count.rows[0]?.n, nodes: events.rows },
        riskAssessments: risks.rows,
      },
    };
  },
  floorDigest(data: Json) {
    const c = data.community;
    if (!c) return null;
    return {
      name: c.name,
      street: c.street_name,
      members: c.partyMemberCount,
      venues: c.venues.map((r: Json) => r.name),
      stations: c.redStations.map((r: Json) => r.name),
      activities: c.activities.map((r: Json) => r.title),
      demands: c.demands.map((r: Json) => r.title),
      grids: c.grids.map((r: Json) => r.code),
      totalEvents: c.events.totalCount,
      events: c.events.nodes.map((r: Json) => r.code),
      risks: c.riskAssessments.map((r: Json) => r.topic),
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

/** Shared by the API's and PostGraphile's digests of GridWorkerEvents. */
export const gridWorkerEventsDigest = (g: Json, events: Json[], history: (node: Json) => Json[], worker: (node: Json) => string | null) => ({
  name: g.name,
  workers: g.workers.map((w: Json) => w.name),
  totalCount: g.totalCount,
  hasNextPage: g.hasNextPage,
  events: events.map((n: Json) => n.code),
  dueAt: events.map((n: Json) => instant(n.dueAt)),
  workerNames: events.map(worker),
  history: events.map((n: Json) => history(n).map((t: Json) => `${t.action}@${instant(t.at)}`)),
});

export const gridWorkerEvents: Operation = {
  name: "GridWorkerEvents",
  description: "(c) a grid worker's open events with workers and histories",
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
    if (!grid.rows[0]) return { grid: null };
    return { grid: { ...grid.rows[0], workers: workers.rows, totalCount: count.rows[0]?.n, hasNextPage: events.rows.length > 20, events: events.rows.slice(0, 20) } };
  },
  floorDigest(data: Json) {
    const g = data.grid;
    if (!g) return null;
    return gridWorkerEventsDigest(
      g,
      g.events.map((r: Json) => ({ ...r, dueAt: r.due_at })),
      (n) => n.history,
      (n) => n.worker_name ?? null,
    );
  },
  digest(data: Json) {
    const g = data?.grid;
    if (!g) return null;
    const nodes = g.events.edges.map((e: Json) => e.node);
    return gridWorkerEventsDigest(
      { ...g, totalCount: g.events.totalCount, hasNextPage: g.events.pageInfo.hasNextPage },
      nodes,
      (n) => n.history,
      (n) => n.gridWorker?.name ?? null,
    );
  },
};

export const streetOverdueEvents: Operation = {
  name: "StreetOverdueEvents",
  description: "a street's overdue events",
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
    return { totalCount: count.rows[0]?.n, hasNextPage: events.rows.length > 50, events: events.rows.slice(0, 50) };
  },
  floorDigest(data: Json) {
    return { totalCount: data.totalCount, hasNextPage: data.hasNextPage, events: data.events.map((r: Json) => r.code) };
  },
  digest(data: Json) {
    const e = data?.events;
    return { totalCount: e.totalCount, hasNextPage: e.pageInfo.hasNextPage, events: e.edges.map((x: Json) => x.node.code) };
  },
};

export const nearbyRedStations: Operation = {
  name: "NearbyRedStations",
  description: "red stations within 1 km of a point (party)",
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
    return { redStations: rows };
  },
  floorDigest(data: Json) {
    return data.redStations.map((r: Json) => `${r.name}@${Math.round(r.distance)}`);
  },
  digest(data: Json) {
    return data.redStations.map((r: Json) => `${r.name}@${r.distanceMeters}`);
  },
};
