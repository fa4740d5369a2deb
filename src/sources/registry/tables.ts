import { bigserial, index, pgEnum, pgTable, primaryKey, smallint, text, timestamp, varchar } from "drizzle-orm/pg-core";
import { DATASETS } from "../../auth/row-scope.js";

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

/**
 * Records of processing (个人信息处理记录): one row for every sensitive field a caller read
 * unmasked — who, when, in which role, through which operation, which object and field, why.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    subject: varchar("subject", { length: 200 }).notNull(),
    role: varchar("role", { length: 30 }).notNull(),
    operation: varchar("operation", { length: 200 }),
    entity: varchar("entity", { length: 40 }).notNull(),
    entityId: varchar("entity_id", { length: 200 }).notNull(),
    field: varchar("field", { length: 60 }).notNull(),
    purpose: text("purpose"),
  },
  (t) => [index("audit_log_at_idx").on(t.at, t.id), index("audit_log_subject_idx").on(t.subject, t.at)],
);

export const dataset = pgEnum("dataset", DATASETS);

/**
 * 部门数据共享授权: which data sets a partner department may read, each inside a division
 * code prefix ("" = everywhere); read on every request a department makes.
 */
export const departmentGrants = pgTable(
  "department_grants",
  {
    department: varchar("department", { length: 80 }).notNull(),
    dataset: dataset("dataset").notNull(),
    codePrefix: varchar("code_prefix", { length: 15 }).notNull().default(""),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.department, t.dataset, t.codePrefix] })],
);

export type DivisionRow = typeof divisions.$inferSelect;
export type AuditRow = typeof auditLog.$inferSelect;
export type DepartmentGrantRow = typeof departmentGrants.$inferSelect;
