/**
 * The write workload: events reported and moved through their whole lifecycle
 * (REPORT, then ACCEPT → ASSIGN → START → RESPOND → VERIFY → CLOSE), each step one mutation
 * and one transaction. Its floor runs the same transactions as hand-written SQL through a
 * plain `pg` pool: the same locks, checks, updates and history rows, without GraphQL.
 */
import { AUTHORIZATION } from "./token.js";
import pg from "pg";
import { performance } from "node:perf_hooks";
import type { SourceName } from "../src/config.js";
import { percentile } from "./load.js";

export const LIFECYCLE = ["ACCEPT", "ASSIGN", "START", "RESPOND", "VERIFY", "CLOSE"] as const;
const TO: Record<(typeof LIFECYCLE)[number], string> = {
  ACCEPT: "ACCEPTED",
  ASSIGN: "ASSIGNED",
  START: "IN_PROGRESS",
  RESPOND: "RESPONDED",
  VERIFY: "VERIFIED",
  CLOSE: "CLOSED",
};
export const MUTATIONS = ["reportEvent", ...LIFECYCLE.map((a) => `transitionEvent ${a}`)] as const;

const REPORT = `mutation BenchReport($input: ReportEventInput!) { reportEvent(input: $input) { event { id code status version } } }`;
const TRANSITION = `mutation BenchTransition($input: TransitionEventInput!) { transitionEvent(input: $input) { event { id status version } } }`;

type Stats = Partial<Record<SourceName, { statements: number }>>;
interface Reply {
  data?: { reportEvent?: { event: EventRef }; transitionEvent?: { event: EventRef } } | null;
  errors?: { message: string }[];
  extensions?: { queryStats?: Stats };
}
interface EventRef {
  id: string;
  version: number;
}

/** Per-mutation latencies of one side (API or floor), in milliseconds. */
export class StepTimes {
  private readonly times = new Map<string, number[]>();

  record(step: string, ms: number): void {
    let list = this.times.get(step);
    if (!list) this.times.set(step, (list = []));
    list.push(ms);
  }

  summary(step: string): { count: number; p50Ms: number; p99Ms: number } {
    const sorted = Float64Array.from(this.times.get(step) ?? []).sort();
    return { count: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
  }

  /** Every latency, across steps. */
  all(): { count: number; p50Ms: number; p99Ms: number } {
    const sorted = Float64Array.from([...this.times.values()].flat()).sort();
    return { count: sorted.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
  }
}

const reportInput = (gridCode: string, n: number) => ({
  gridCode,
  category: "FACILITIES",
  urgency: "NORMAL",
  channel: "GRID_PATROL",
  title: `压测事件 ${n}`,
  description: "路灯不亮，影响夜间出行",
  address: "东门",
});

async function send(url: string, query: string, variables: Record<string, unknown>, stats = false): Promise<Reply> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: AUTHORIZATION, ...(stats ? { "x-query-stats": "1" } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const reply = (await res.json()) as Reply;
  if (!res.ok || reply.errors?.length) throw new Error(`HTTP ${res.status}: ${JSON.stringify(reply.errors ?? reply).slice(0, 300)}`);
  return reply;
}

/** One event's whole lifecycle through the API; `onStats` receives each mutation's statement counts when asked for. */
export async function apiLifecycle(url: string, gridCode: string, n: number, times: StepTimes, onStats?: (step: string, stats: Stats) => void): Promise<void> {
  let t0 = performance.now();
  const reported = await send(url, REPORT, { input: reportInput(gridCode, n) }, Boolean(onStats));
  times.record("reportEvent", performance.now() - t0);
  if (onStats) onStats("reportEvent", reported.extensions?.queryStats ?? {});
  let event = reported.data?.reportEvent?.event as EventRef;
  for (const action of LIFECYCLE) {
    const input = { eventId: event.id, action, expectedVersion: event.version, ...(action === "ASSIGN" ? { department: "城管局" } : {}) };
    t0 = performance.now();
    const moved = await send(url, TRANSITION, { input }, Boolean(onStats));
    times.record(`transitionEvent ${action}`, performance.now() - t0);
    if (onStats) onStats(`transitionEvent ${action}`, moved.extensions?.queryStats ?? {});
    event = moved.data?.transitionEvent?.event as EventRef;
  }
}

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await work(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const LOCAL_DAY = "to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')";

/** The same lifecycle as hand-written SQL transactions against the governance database. */
export async function floorLifecycle(pool: pg.Pool, gridCode: string, n: number, times: StepTimes): Promise<void> {
  const input = reportInput(gridCode, n);
  let id = 0;
  let t0 = performance.now();
  await inTransaction(pool, async (c) => {
    const grid = await c.query("SELECT community_code FROM grids WHERE code = $1", [gridCode]);
    const rule = await c.query("SELECT due_hours FROM service_level_rules WHERE category = $1 AND urgency = $2", [input.category, input.urgency]);
    const counter = await c.query(`UPDATE event_code_counters SET last_seq = last_seq + 1 WHERE day = ${LOCAL_DAY} RETURNING day, last_seq`);
    // The API's warm-up has opened today's counter; the floor only bumps it.
    if (!counter.rows[0]) throw new Error("no event code counter for today");
    const { day, last_seq: seq } = counter.rows[0];
    const inserted = await c.query(
      `INSERT INTO events (code, grid_code, community_code, category, urgency, channel, title, description, address, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(hours => $10)) RETURNING *`,
      [`SJ-${day}-${String(seq).padStart(4, "0")}`, gridCode, grid.rows[0].community_code, input.category, input.urgency, input.channel, input.title, input.description, input.address, rule.rows[0].due_hours],
    );
    id = inserted.rows[0].id;
    await c.query("INSERT INTO event_transitions (event_id, action, from_status, to_status, actor) VALUES ($1, 'REPORT', NULL, 'REPORTED', $2)", [id, "压测网格员"]);
  });
  times.record("reportEvent", performance.now() - t0);
  for (const action of LIFECYCLE) {
    t0 = performance.now();
    await inTransaction(pool, async (c) => {
      const current = await c.query("SELECT * FROM events WHERE id = $1 FOR UPDATE", [id]);
      const from = current.rows[0].status;
      await c.query(
        `UPDATE events SET status = $2::event_status, version = version + 1, assigned_department = CASE WHEN $3 THEN '城管局' ELSE assigned_department END,
         closed_at = CASE WHEN $2::event_status = 'CLOSED' THEN now() ELSE closed_at END WHERE id = $1 RETURNING *`,
        [id, TO[action], action === "ASSIGN"],
      );
      await c.query("INSERT INTO event_transitions (event_id, action, from_status, to_status, actor) VALUES ($1, $2, $3, $4, $5)", [id, action, from, TO[action], "压测网格员"]);
    });
    times.record(`transitionEvent ${action}`, performance.now() - t0);
  }
}
