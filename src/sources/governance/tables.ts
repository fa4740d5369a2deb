import {
  boolean,
  char,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";

const tz = { withTimezone: true } as const;

/** 网格: a community's code plus three digits; population figures are owned here. */
export const grids = pgTable(
  "grids",
  {
    code: varchar("code", { length: 15 }).primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    population: integer("population").notNull(),
    households: integer("households").notNull(),
    centerLat: doublePrecision("center_lat").notNull(),
    centerLng: doublePrecision("center_lng").notNull(),
  },
  (t) => [index("grids_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.code), index("grids_code_prefix_idx").on(t.code.op("varchar_pattern_ops"))],
);

export const workerKind = pgEnum("worker_kind", ["FULL_TIME", "PART_TIME"]);

/** 网格员: full-time or part-time; one per grid is its 网格长. */
export const gridWorkers = pgTable(
  "grid_workers",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 40 }).notNull(),
    idNumber: char("id_number", { length: 18 }).notNull(),
    phone: varchar("phone", { length: 20 }),
    gridCode: varchar("grid_code", { length: 15 }).notNull().references(() => grids.code),
    kind: workerKind("kind").notNull(),
    isGridLeader: boolean("is_grid_leader").notNull().default(false),
  },
  (t) => [index("grid_workers_grid_idx").on(t.gridCode.op("varchar_pattern_ops"), t.id), index("grid_workers_id_number_idx").on(t.idNumber)],
);

export const eventCategory = pgEnum("event_category", ["DISPUTE", "SAFETY_HAZARD", "PUBLIC_ORDER", "ENVIRONMENT", "FACILITIES", "LIVELIHOOD"]);
export const eventUrgency = pgEnum("event_urgency", ["LOW", "NORMAL", "HIGH", "CRITICAL"]);
export const eventChannel = pgEnum("event_channel", ["GRID_PATROL", "HOTLINE_12345", "APP", "WALK_IN"]);
export const eventStatus = pgEnum("event_status", [
  "REPORTED",
  "ACCEPTED",
  "ASSIGNED",
  "IN_PROGRESS",
  "RESPONDED",
  "VERIFIED",
  "CLOSED",
  "REJECTED",
]);
export const supervisionLevel = pgEnum("supervision_level", ["ORDINARY", "YELLOW_CARD", "RED_CARD"]);

/** 事件: reported in a grid, handled through the governance lifecycle. */
export const events = pgTable(
  "events",
  {
    id: serial("id").primaryKey(),
    code: varchar("code", { length: 20 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }).notNull().references(() => grids.code),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    category: eventCategory("category").notNull(),
    urgency: eventUrgency("urgency").notNull(),
    channel: eventChannel("channel").notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    description: text("description").notNull(),
    address: varchar("address", { length: 200 }).notNull(),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    status: eventStatus("status").notNull().default("REPORTED"),
    reporterName: varchar("reporter_name", { length: 40 }),
    reporterPhone: varchar("reporter_phone", { length: 20 }),
    /** Token subject of the resident who reported it, so they can follow their own reports. */
    ownerSubject: varchar("owner_subject", { length: 200 }),
    reportedAt: timestamp("reported_at", tz).notNull().defaultNow(),
    dueAt: timestamp("due_at", tz).notNull(),
    closedAt: timestamp("closed_at", tz),
    assignedWorkerId: integer("assigned_worker_id").references(() => gridWorkers.id),
    assignedDepartment: varchar("assigned_department", { length: 80 }),
    supervisionLevel: supervisionLevel("supervision_level"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("events_code_idx").on(t.code),
    index("events_grid_idx").on(t.gridCode, t.reportedAt, t.id),
    // A grid's events in given statuses (a worker's open list and its count) without intersecting the street-wide status index.
    index("events_grid_status_idx").on(t.gridCode, t.status),
    index("events_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.reportedAt, t.id),
    index("events_reported_idx").on(t.reportedAt, t.id),
    index("events_due_idx").on(t.dueAt, t.id),
    index("events_status_idx").on(t.status),
    index("events_category_idx").on(t.category),
    index("events_worker_idx").on(t.assignedWorkerId),
    index("events_owner_idx").on(t.ownerSubject),
    index("events_department_idx").on(t.assignedDepartment),
  ],
);

/** Every lifecycle step an event took: who, when, from which state to which, and why. */
export const eventTransitions = pgTable(
  "event_transitions",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id").notNull().references(() => events.id),
    action: varchar("action", { length: 20 }).notNull(),
    fromStatus: eventStatus("from_status"),
    toStatus: eventStatus("to_status").notNull(),
    actor: varchar("actor", { length: 80 }).notNull(),
    note: text("note"),
    at: timestamp("at", tz).notNull().defaultNow(),
  },
  (t) => [index("event_transitions_event_idx").on(t.eventId, t.at, t.id)],
);

/** 吹哨: a street or community summons departments to an event. */
export const whistles = pgTable(
  "whistles",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id").notNull().references(() => events.id),
    blownByCode: varchar("blown_by_code", { length: 12 }).notNull(),
    note: text("note").notNull(),
    blownAt: timestamp("blown_at", tz).notNull().defaultNow(),
  },
  (t) => [index("whistles_event_idx").on(t.eventId), index("whistles_blown_by_idx").on(t.blownByCode.op("varchar_pattern_ops"))],
);

/** 报到: one summoned department's report to a whistle and the action it took. */
export const whistleDepartments = pgTable(
  "whistle_departments",
  {
    id: serial("id").primaryKey(),
    whistleId: integer("whistle_id").notNull().references(() => whistles.id),
    department: varchar("department", { length: 80 }).notNull(),
    reportedAt: timestamp("reported_at", tz),
    action: text("action"),
  },
  (t) => [uniqueIndex("whistle_departments_whistle_department_idx").on(t.whistleId, t.department), index("whistle_departments_department_idx").on(t.department)],
);

export const disputeType = pgEnum("dispute_type", ["MARRIAGE_FAMILY", "NEIGHBOUR", "PROPERTY", "LABOUR_WAGES", "LAND_DEMOLITION", "MEDICAL", "CONSUMER", "OTHER"]);
export const mediationOutcome = pgEnum("mediation_outcome", ["AGREEMENT", "PARTIAL", "FAILED", "REFERRED"]);

/** 调解 of a dispute event. */
export const mediations = pgTable(
  "mediations",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id").notNull().references(() => events.id),
    disputeType: disputeType("dispute_type").notNull(),
    mediator: varchar("mediator", { length: 40 }).notNull(),
    parties: text("parties").array().notNull(),
    outcome: mediationOutcome("outcome").notNull(),
    agreement: text("agreement"),
    mediatedAt: timestamp("mediated_at", tz).notNull().defaultNow(),
  },
  (t) => [index("mediations_event_idx").on(t.eventId)],
);

export const riskLevel = pgEnum("risk_level", ["LOW", "MEDIUM", "HIGH", "CRITICAL"]);

/** 风险评估 / 联合研判 for a community. */
export const riskAssessments = pgTable(
  "risk_assessments",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    topic: varchar("topic", { length: 200 }).notNull(),
    level: riskLevel("level").notNull(),
    measures: text("measures").notNull(),
    assessedAt: timestamp("assessed_at", tz).notNull().defaultNow(),
    linkedEventIds: integer("linked_event_ids").array().notNull().default([]),
  },
  (t) => [index("risk_assessments_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.assessedAt, t.id), index("risk_assessments_level_idx").on(t.level)],
);

/** 时限规则: how many hours an event of a category and urgency may take, from report to close. */
export const serviceLevelRules = pgTable(
  "service_level_rules",
  {
    category: eventCategory("category").notNull(),
    urgency: eventUrgency("urgency").notNull(),
    dueHours: integer("due_hours").notNull(),
  },
  (t) => [primaryKey({ columns: [t.category, t.urgency] })],
);

/** The last sequence number handed out per local day, for readable event codes. */
export const eventCodeCounters = pgTable("event_code_counters", {
  day: char("day", { length: 8 }).primaryKey(),
  lastSeq: integer("last_seq").notNull(),
});

export { idempotencyKeys } from "../common/idempotency.js";
export { changeLog, changeLogTrimmed } from "../common/change-log.js";

export type GridRow = typeof grids.$inferSelect;
export type GridWorkerRow = typeof gridWorkers.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type EventTransitionRow = typeof eventTransitions.$inferSelect;
export type WhistleRow = typeof whistles.$inferSelect;
export type WhistleDepartmentRow = typeof whistleDepartments.$inferSelect;
export type MediationRow = typeof mediations.$inferSelect;
export type ServiceLevelRuleRow = typeof serviceLevelRules.$inferSelect;
export type RiskAssessmentRow = typeof riskAssessments.$inferSelect;
