import { sql } from "drizzle-orm";
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
