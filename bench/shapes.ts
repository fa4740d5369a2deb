/**
 * Bench shapes (documents in bench/documents/): the common list reads a front end sends,
 * measured against their floors, and the fixed cost of a request without SQL.
 */
import { instant, type Json, type Operation } from "./operation.js";

export const newestEventDigest = (n: Json) => [n.code, n.title, n.status, instant(n.reportedAt ?? n.reported_at)];

export const gridNewestEvents: Operation = {
  name: "GridNewestEvents",
  description: "(a) the 20 newest events of one grid, 5 columns",
  variables: (v) => ({ gridCode: v.gridCode }),
  async floor(pools, v) {
    const { rows } = await pools.governance.query(
      "SELECT id, code, title, status, reported_at FROM events WHERE grid_code = $1 ORDER BY reported_at DESC, id DESC LIMIT 20",
      [v.gridCode],
    );
    return { events: rows };
  },
  floorDigest: (data: Json) => data.events.map(newestEventDigest),
  digest: (data: Json) => data.events.edges.map((e: Json) => newestEventDigest(e.node)),
};

/** One row per event (grids without events give one row of nulls): 5 newest per grid on the grid's index, history aggregated per event. */
const GRID_EVENTS_WITH_HISTORY = `
  SELECT g.code AS grid_code, e.id, e.code, e.status,
    (SELECT coalesce(json_agg(json_build_object('action', t.action, 'toStatus', t.to_status, 'at', t.at) ORDER BY t.at, t.id), '[]')
     FROM event_transitions t WHERE t.event_id = e.id) AS history
  FROM grids g
  LEFT JOIN LATERAL (
    SELECT id, code, status, reported_at FROM events WHERE grid_code = g.code ORDER BY reported_at DESC, id DESC LIMIT 5
  ) e ON true
  WHERE g.community_code = $1
  ORDER BY g.code, e.reported_at DESC, e.id DESC`;

interface GridEventRow {
  grid_code: string;
  id: number | null;
  code: string | null;
  status: string | null;
  history: { action: string; toStatus: string; at: string }[] | null;
}

export const historyEventDigest = (code: string, status: string, history: Json[]) => [code, status, history.map((t: Json) => `${t.action}>${t.toStatus}@${instant(t.at)}`)];

export const communityEventHistories: Operation = {
  name: "CommunityEventHistories",
  description: "(b) a community's grids → 5 newest events each → histories",
  variables: (v) => ({ code: v.communityCode }),
  async floor(pools, v) {
    // The registry says whether the code is a community (the API answers null otherwise); the rest is one statement.
    const [division, events] = await Promise.all([
      pools.registry.query("SELECT level FROM divisions WHERE code = $1", [v.communityCode]),
      pools.governance.query<GridEventRow>(GRID_EVENTS_WITH_HISTORY, [v.communityCode]),
    ]);
    if (division.rows[0]?.level !== "COMMUNITY") return { community: null };
    const grids: { code: string; events: Omit<GridEventRow, "grid_code">[] }[] = [];
    for (const { grid_code, ...event } of events.rows) {
      let grid = grids[grids.length - 1];
      if (grid?.code !== grid_code) grids.push((grid = { code: grid_code, events: [] }));
      if (event.id !== null) grid.events.push(event);
    }
    return { community: { grids } };
  },
  floorDigest(data: Json) {
    return data.community?.grids.map((g: Json) => ({ code: g.code, events: g.events.map((e: Json) => historyEventDigest(e.code, e.status, e.history)) })) ?? null;
  },
  digest(data: Json) {
    return (
      data.community?.grids.map((g: Json) => ({
        code: g.code,
        events: g.events.edges.map(({ node }: Json) => historyEventDigest(node.code, node.status, node.history)),
      })) ?? null
    );
  },
};

export const noSql: Operation = {
  name: "NoSql",
  description: "{ __typename }: HTTP and GraphQL, no SQL",
  variables: () => ({}),
  floor: () => Promise.resolve({ __typename: "Query" }),
  floorDigest: (data: Json) => data.__typename,
  digest: (data: Json) => data.__typename,
};
