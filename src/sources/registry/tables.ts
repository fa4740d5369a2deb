import { index, pgEnum, pgTable, smallint, varchar } from "drizzle-orm/pg-core";

/** Administrative levels the registry knows, from the city down to the community. */
export const divisionLevel = pgEnum("division_level", ["CITY", "DISTRICT", "STREET", "COMMUNITY"]);

/** 统计用区划代码: the shared key every centre uses for places. */
export const divisions = pgTable(
  "divisions",
  {
    code: varchar("code", { length: 12 }).primaryKey(),
    name: varchar("name", { length: 100 }).notNull(),
    level: divisionLevel("level").notNull(),
    parentCode: varchar("parent_code", { length: 12 }),
    /** Urban-rural class code (111 main urban … 220 village). */
    urbanRuralClass: smallint("urban_rural_class"),
  },
  (t) => [
    index("divisions_parent_code_idx").on(t.parentCode),
    index("divisions_level_code_idx").on(t.level, t.code),
    index("divisions_code_prefix_idx").on(t.code.op("varchar_pattern_ops")),
  ],
);

export type DivisionRow = typeof divisions.$inferSelect;
