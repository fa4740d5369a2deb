import { getTableName, type AnyColumn } from "drizzle-orm";
import pg from "pg";
import { CENTRE_NAMES, type CentreName } from "../src/config.js";
import { CONNECTORS } from "../src/sources/centres.js";

/** Plain connections to the centres' databases, for checks that must not go through the API. */
export type CentrePools = Record<CentreName, pg.Pool>;

export const openCentrePools = (urls: Record<CentreName, string>): CentrePools =>
  Object.fromEntries(CENTRE_NAMES.map((c) => [c, new pg.Pool({ connectionString: urls[c], max: 2 })])) as CentrePools;

export const closeCentrePools = (pools: CentrePools): Promise<unknown> => Promise.all(Object.values(pools).map((p) => p.end()));

const columnName = (column: AnyColumn): string => (column as AnyColumn & { name: string }).name;

/** Each logged table of a centre: its name, the entity its changes are logged as, and the column holding that entity's id. */
const loggedTables = (centre: CentreName) => CONNECTORS[centre].logged.map((t) => ({ table: getTableName(t.table), entity: t.entity.name, id: columnName(t.id) }));

/**
 * The logged tables' rows (a digest of each, with the logged id) and each change log's last
 * position: taken before a run, so that afterwards every row that changed can be looked up in
 * its centre's change log.
 */
export interface Snapshot {
  lastSeq: Record<CentreName, number>;
  rows: Record<string, Map<string, number>>;
}

async function rowsOf(pool: pg.Pool, table: string, id: string): Promise<Map<string, number>> {
  // Names from the connectors' own descriptions, never from a request.
  const { rows } = await pool.query<{ digest: string; id: number }>(`SELECT md5(row_to_json(t)::text) AS digest, t."${id}" AS id FROM "${table}" t`);
  return new Map(rows.map((r) => [r.digest, r.id]));
}

export async function snapshot(pools: CentrePools): Promise<Snapshot> {
  const lastSeq = {} as Record<CentreName, number>;
  const rows: Record<string, Map<string, number>> = {};
  for (const centre of CENTRE_NAMES) {
    const pool = pools[centre];
    const { rows: seq } = await pool.query<{ seq: string | null }>("SELECT max(seq) AS seq FROM change_log");
    lastSeq[centre] = Number(seq[0]?.seq ?? 0);
    for (const t of loggedTables(centre)) rows[`${centre}.${t.table}`] = await rowsOf(pool, t.table, t.id);
  }
  return { lastSeq, rows };
}

/** Rows whose count breaks a rule, with the statement that finds them. */
const RULES: readonly { centre: CentreName; rule: string; sql: string }[] = [
  {
    centre: "party",
    rule: "a venue booked twice (overlapping confirmed bookings)",
    sql: `SELECT a.id AS a, b.id AS b, a.venue_id FROM venue_bookings a JOIN venue_bookings b
          ON a.venue_id = b.venue_id AND a.id < b.id AND a.status = 'CONFIRMED' AND b.status = 'CONFIRMED'
          AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`,
  },
  {
    centre: "civic",
    rule: "an activity with more enrolments than seats",
    sql: `SELECT a.id, a.capacity, count(e.id)::int AS enrolled FROM activities a JOIN enrolments e ON e.activity_id = a.id GROUP BY a.id HAVING count(e.id) > a.capacity`,
  },
  {
    centre: "party",
    rule: "a service post with more claims than places",
    sql: `SELECT p.id, p.capacity, count(c.id)::int AS claims FROM service_posts p JOIN service_post_claims c ON c.post_id = p.id GROUP BY p.id HAVING count(c.id) > p.capacity`,
  },
  {
    centre: "party",
    rule: "a claim of a micro-wish without its wish (claimed or fulfilled without claimer or time, or open with one)",
    sql: `SELECT id, status FROM micro_wishes
          WHERE (status = 'OPEN') <> (claimed_by_member_id IS NULL) OR (status = 'OPEN') <> (claimed_at IS NULL)
             OR (status = 'FULFILLED') <> (fulfilled_at IS NOT NULL)`,
  },
  {
    centre: "party",
    rule: "a claim of a service post or micro-wish by no member, or of no post",
    sql: `SELECT 'claim' AS what, c.id FROM service_post_claims c LEFT JOIN service_posts p ON p.id = c.post_id LEFT JOIN party_members m ON m.id = c.member_id WHERE p.id IS NULL OR m.id IS NULL
          UNION ALL SELECT 'wish', w.id FROM micro_wishes w LEFT JOIN party_members m ON m.id = w.claimed_by_member_id WHERE w.claimed_by_member_id IS NOT NULL AND m.id IS NULL`,
  },
];

/**
 * What no sequence of requests may break, checked with plain SQL: no double booking, no
 * over-full activity or post, no claim without its wish, and (against the snapshot taken
 * before the run) a change-log entry for every row of a logged table that was inserted,
 * updated or deleted since.
 */
export async function invariantProblems(pools: CentrePools, before: Snapshot): Promise<string[]> {
  const problems: string[] = [];
  for (const { centre, rule, sql } of RULES) {
    const { rows } = await pools[centre].query(sql);
    if (rows.length > 0) problems.push(`${rule}: ${JSON.stringify(rows.slice(0, 5))}${rows.length > 5 ? ` and ${rows.length - 5} more` : ""}`);
  }
  const after = await snapshot(pools);
  for (const centre of CENTRE_NAMES) {
    const { rows: logged } = await pools[centre].query<{ entity: string; entity_id: number }>("SELECT DISTINCT entity, entity_id FROM change_log WHERE seq > $1", [before.lastSeq[centre]]);
    const seen = new Set(logged.map((l) => `${l.entity}:${l.entity_id}`));
    for (const t of loggedTables(centre)) {
      const key = `${centre}.${t.table}`;
      const was = before.rows[key] ?? new Map<string, number>();
      const now = after.rows[key] ?? new Map<string, number>();
      // A digest present on one side only is a row inserted, updated or deleted.
      const changed = new Set<number>();
      for (const [digest, id] of now) if (!was.has(digest)) changed.add(id);
      for (const [digest, id] of was) if (!now.has(digest)) changed.add(id);
      const missing = [...changed].filter((id) => !seen.has(`${t.entity}:${id}`));
      if (missing.length > 0) problems.push(`change log of ${centre} lacks ${missing.length} change(s) of ${t.table} (${t.entity} ${missing.slice(0, 5).join(", ")})`);
    }
  }
  return problems;
}

/** Counts of the rows the fuzzing wrote, for the summary: change-log entries per centre since the snapshot. */
export async function changesSince(pools: CentrePools, before: Snapshot): Promise<Record<CentreName, number>> {
  const out = {} as Record<CentreName, number>;
  for (const centre of CENTRE_NAMES) {
    const { rows } = await pools[centre].query<{ n: number }>("SELECT count(*)::int AS n FROM change_log WHERE seq > $1", [before.lastSeq[centre]]);
    out[centre] = rows[0]?.n ?? 0;
  }
  return out;
}
