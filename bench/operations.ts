/** Every operation the read bench can drive, in the order it drives them, and the variables they share. */
import { communityPage, gridWorkerEvents, nearbyRedStations, OPEN_STATUSES, streetOverdueEvents } from "./example-operations.js";
import type { Operation, Pools, Variables } from "./operation.js";
import { communityEventHistories, gridNewestEvents, noSql } from "./shapes.js";

export type { Operation, Pools, Variables } from "./operation.js";

export const OPERATIONS: readonly Operation[] = [
  gridNewestEvents,
  communityEventHistories,
  gridWorkerEvents,
  communityPage,
  streetOverdueEvents,
  nearbyRedStations,
  noSql,
];

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
