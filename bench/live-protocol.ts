/** Messages and shared definitions of the live workload's processes (bench/live.ts, live-client.ts, live-writer.ts, live-floor.ts). */

/**
 * One autocommit INSERT of an event, as a centre's own system might write it: $1 code, $2 grid,
 * $3 community, $4 title. It returns the row's id and transaction, which the floor puts in its
 * items as the API would.
 */
export const INSERT_EVENT = `INSERT INTO events (code, grid_code, community_code, category, urgency, channel, title, description, address, due_at)
  VALUES ($1, $2, $3, 'FACILITIES', 'NORMAL', 'GRID_PATROL', $4, 'live workload of npm run bench', '东门', now() + interval '72 hours')
  RETURNING id, pg_current_xact_id()::text AS txid`;

/** The subscription every bench subscriber holds. */
export const SUBSCRIPTION = "subscription LiveBench($f: EventChangeFilter) { eventChanged(filter: $f) { cursor operation id event { id title status } } }";

/** One group of identical subscriptions. */
export interface LiveGroup {
  label: string;
  count: number;
  filter: LiveFilter;
}

export interface LiveFilter {
  communityCode?: string;
  streetCode?: string;
  gridCode?: string;
}

/** Whether an event in `community` and `grid` passes an `eventChanged` filter. */
export const matches = (filter: LiveFilter, community: string, grid: string): boolean =>
  (!filter.communityCode || filter.communityCode === community) && (!filter.streetCode || community.startsWith(filter.streetCode)) && (!filter.gridCode || filter.gridCode === grid);

/** A committed event, as the floor server is told of it: it sends every matching subscriber the item the API would. */
export interface FloorChange {
  type: "change";
  id: number;
  txid: string;
  title: string;
  community: string;
  grid: string;
}

/** What the child is told on its command line (after the URL and N), as JSON. */
export interface LiveClientSpec {
  groups: LiveGroup[];
  /** Titles of this round's events are `live bench <tag> <n>`. */
  tag: string;
  /** Handshakes (socket open until connection_ack) in flight at once. */
  openConcurrency: number;
  /** How long to wait, after the writes are known, with no item arriving before giving up on the rest. */
  idleMs: number;
  /** Hard limit on that wait. */
  drainLimitMs: number;
}

/** One write of the round: its number, commit time, and which groups' filters it matches. */
export interface LiveWrite {
  n: number;
  committedAt: number;
  groups: number[];
}

export interface LiveOpened {
  type: "opened";
  connected: number;
  failed: number;
  firstError?: string;
  /** From the open command until every handshake's connection_ack. */
  ackMs: number;
}

/** What a subscriber process found of its deliveries (the live workload's and the soak's). */
export interface DeliveryCheck {
  type: "result";
  /** (subscriber, change) pairs expected from the writes. */
  expected: number;
  received: number;
  /** Expected pairs never received. */
  missing: number;
  /** Items beyond the first for a (subscriber, change). */
  duplicates: number;
  /** Items a subscriber received that its subscription should have excluded, or of no write of the run. */
  unexpected: number;
  /** `next` payloads carrying errors, `error` messages, `complete` messages. */
  errors: number;
  firstError?: string;
  /** Sockets closed by the server (or dropped) while measuring, by close code. */
  closes: Record<string, number>;
}

export interface LiveResult extends DeliveryCheck {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  minMs: number;
  /** Per event, the latency of its last delivery; median and maximum over events. */
  lastP50Ms: number;
  lastMaxMs: number;
  /** From the end of the writes until the last item arrived (or the wait gave up). */
  drainMs: number;
  /** Deliveries per second, from the first write's commit to the last item's arrival. */
  deliveriesPerSecond: number;
  /** CPU time of this process from `measure` to the result, in ms, and the wall time it spans. */
  cpuMs: number;
  wallMs: number;
}

export interface WriteItem {
  n: number;
  code: string;
  title: string;
  community: string;
  grid: string;
}

/** A write's commit, reported as it happens when the writer is asked to announce them (for the floor). */
export interface Committed {
  type: "committed";
  /** Index of the item in its write command. */
  index: number;
  id: number;
  txid: string;
}

export interface Written {
  type: "written";
  /** Per item, in order: when the INSERT was sent and when its promise resolved (timeOrigin + now()). */
  issuedAt: number[];
  committedAt: number[];
  /** From the first scheduled start to the last commit. */
  elapsedMs: number;
  /** How far behind schedule the latest start was. */
  maxStartLagMs: number;
  firstError?: string;
  errors: number;
}
