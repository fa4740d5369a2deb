/**
 * The write workload's floor: the same transactions as the API's reportEvent and
 * transitionEvent, as hand-written SQL through a plain `pg` pool (the same locks, checks,
 * updates and history rows), without GraphQL.
 */
import type pg from "pg";
import { TRANSITIONS, type Action, type ReportInput } from "./write-lifecycle.js";

export class FloorConflict extends Error {}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const LOCAL_DAY = "to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD')";
const ACTOR = "压测网格员";

export interface FloorEvent {
  id: number;
  code: string;
  status: string;
  version: number;
}

/** Reports an event: grid, service-level rule, day counter, event row, history row. */
export function floorReport(pool: pg.Pool, input: ReportInput): Promise<FloorEvent> {
  return inTransaction(pool, async (c) => {
    const grid = await c.query<{ community_code: string }>("SELECT community_code FROM grids WHERE code = $1", [input.gridCode]);
    const rule = await c.query<{ due_hours: number }>("SELECT due_hours FROM service_level_rules WHERE category = $1 AND urgency = $2", [input.category, input.urgency]);
    if (!grid.rows[0] || !rule.rows[0]) throw new FloorConflict(`no grid ${input.gridCode} or no service-level rule`);
    const counter = await c.query<{ day: string; last_seq: number }>(`UPDATE event_code_counters SET last_seq = last_seq + 1 WHERE day = ${LOCAL_DAY} RETURNING day, last_seq`);
    // The API's run, before the floor's, has opened today's counter; the floor only bumps it.
    if (!counter.rows[0]) throw new FloorConflict("no event code counter for today");
    const { day, last_seq: seq } = counter.rows[0];
    const inserted = await c.query<FloorEvent>(
      `INSERT INTO events (code, grid_code, community_code, category, urgency, channel, title, description, address, due_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(hours => $10)) RETURNING *`,
      [`SJ-${day}-${String(seq).padStart(4, "0")}`, input.gridCode, grid.rows[0].community_code, input.category, input.urgency, input.channel, input.title, input.description, input.address, rule.rows[0].due_hours],
    );
    const event = inserted.rows[0] as FloorEvent;
    await c.query("INSERT INTO event_transitions (event_id, action, from_status, to_status, actor) VALUES ($1, 'REPORT', NULL, 'REPORTED', $2)", [event.id, ACTOR]);
    return { id: event.id, code: event.code, status: event.status, version: event.version };
  });
}

/** Moves an event one step: locking read, version and state checks, update, history row. */
export function floorTransition(pool: pg.Pool, id: number, action: Action, expectedVersion: number): Promise<FloorEvent> {
  const { from, to } = TRANSITIONS[action];
  return inTransaction(pool, async (c) => {
    const current = (await c.query<FloorEvent>("SELECT * FROM events WHERE id = $1 FOR UPDATE", [id])).rows[0];
    if (!current) throw new FloorConflict(`no event ${id}`);
    if (current.version !== expectedVersion) throw new FloorConflict(`event ${id} is at version ${current.version}, not ${expectedVersion}`);
    if (current.status !== from) throw new FloorConflict(`${action} is not allowed from ${current.status}`);
    const updated = await c.query<FloorEvent>(
      `UPDATE events SET status = $2::event_status, version = version + 1, assigned_department = CASE WHEN $3 THEN '城管局' ELSE assigned_department END,
       closed_at = CASE WHEN $2::event_status = 'CLOSED' THEN now() ELSE closed_at END WHERE id = $1 RETURNING *`,
      [id, to, action === "ASSIGN"],
    );
    await c.query("INSERT INTO event_transitions (event_id, action, from_status, to_status, actor) VALUES ($1, $2, $3, $4, $5)", [id, action, from, to, ACTOR]);
    const event = updated.rows[0] as FloorEvent;
    return { id: event.id, code: event.code, status: event.status, version: event.version };
  });
}
