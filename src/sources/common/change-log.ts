import { sql } from "drizzle-orm";
import type { SourceDatabase } from "./database.js";
import { bigint, bigserial, boolean, customType, index, integer, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

/** PostgreSQL's 64-bit transaction id, read and written as its decimal text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

/**
 * Every change to a tracked table, appended by triggers in the same transaction (so writes
 * made straight into the database, not through the API, are logged too). `txid` is the
 * writing transaction: rows are read in (txid, seq) order and only below the oldest
 * transaction still running, so a reader never passes a row that could still commit.
 */
export const changeLog = pgTable(
  "change_log",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    txid: xid8("txid").notNull().default(sql`pg_current_xact_id()`),
    entity: varchar("entity", { length: 40 }).notNull(),
    entityId: integer("entity_id").notNull(),
    operation: varchar("operation", { length: 6 }).$type<"INSERT" | "UPDATE" | "DELETE">().notNull(),
    communityCode: varchar("community_code", { length: 12 }),
    gridCode: varchar("grid_code", { length: 15 }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("change_log_position_idx").on(t.txid, t.seq), index("change_log_at_idx").on(t.at)],
);

export type ChangeRow = typeof changeLog.$inferSelect;

/**
 * How far retention has trimmed the log: a resume cursor at or before this position may
 * have lost changes and is refused. One row.
 */
export const changeLogTrimmed = pgTable("change_log_trimmed", {
  single: boolean("single").primaryKey().default(true),
  txid: xid8("txid").notNull(),
  seq: bigint("seq", { mode: "number" }).notNull(),
});

/**
 * Deletes log rows older than `days` and moves the trimmed-to mark past them, so a resume
 * cursor from before the cut is refused instead of silently missing changes.
 */
export async function trimChangeLog(source: SourceDatabase<Record<string, unknown>>, days: number): Promise<number> {
  const { rows } = await source.pool.query<{ n: number }>(
    `WITH gone AS (DELETE FROM change_log WHERE at < now() - make_interval(days => $1) RETURNING txid, seq),
     last AS (SELECT txid, seq FROM gone ORDER BY txid DESC, seq DESC LIMIT 1),
     mark AS (
       INSERT INTO change_log_trimmed (single, txid, seq) SELECT true, txid, seq FROM last
       ON CONFLICT (single) DO UPDATE SET txid = EXCLUDED.txid, seq = EXCLUDED.seq
       WHERE (change_log_trimmed.txid, change_log_trimmed.seq) < (EXCLUDED.txid, EXCLUDED.seq)
     )
     SELECT count(*)::int AS n FROM gone`,
    [days],
  );
  return rows[0]?.n ?? 0;
}
