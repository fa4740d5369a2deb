import { sql } from "drizzle-orm";
import {
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";

const tz = { withTimezone: true } as const;

export const siteLevel = pgEnum("site_level", ["CENTRE", "INSTITUTE", "STATION"]);

/** 新时代文明实践 中心 (city) / 所 (street) / 站 (community). */
export const practiceSites = pgTable(
  "practice_sites",
  {
    id: serial("id").primaryKey(),
    level: siteLevel("level").notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    divisionCode: varchar("division_code", { length: 12 }).notNull(),
    parentId: integer("parent_id"),
    address: varchar("address", { length: 200 }).notNull(),
  },
  (t) => [
    index("practice_sites_division_idx").on(t.divisionCode.op("varchar_pattern_ops"), t.id),
    index("practice_sites_parent_idx").on(t.parentId),
    index("practice_sites_level_idx").on(t.level),
  ],
);

export const activityCategory = pgEnum("activity_category", [
  "THEORY",
  "EDUCATION",
  "CULTURE",
  "SCIENCE",
  "HEALTH",
  "SPORTS",
  "ELDERLY_CARE",
  "CHILD_CARE",
  "POVERTY_RELIEF",
  "MORAL_LECTURE",
  "ENVIRONMENT",
]);

/** 志愿服务队 such as 笑颜义工队, based at a practice site. */
export const volunteerTeams = pgTable(
  "volunteer_teams",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 120 }).notNull(),
    siteId: integer("site_id").notNull().references(() => practiceSites.id),
    divisionCode: varchar("division_code", { length: 12 }).notNull(),
    focus: activityCategory("focus").notNull(),
    foundedOn: date("founded_on").notNull(),
  },
  (t) => [index("volunteer_teams_site_idx").on(t.siteId), index("volunteer_teams_division_idx").on(t.divisionCode.op("varchar_pattern_ops"), t.id)],
);

/** 志愿者, identified to the public by a volunteer number, never by the ID number. */
export const volunteers = pgTable(
  "volunteers",
  {
    id: serial("id").primaryKey(),
    volunteerNo: varchar("volunteer_no", { length: 20 }).notNull(),
    name: varchar("name", { length: 40 }).notNull(),
    idNumber: char("id_number", { length: 18 }).notNull(),
    phone: varchar("phone", { length: 20 }),
    teamId: integer("team_id").references(() => volunteerTeams.id),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    skills: text("skills").array().notNull().default([]),
    registeredOn: date("registered_on").notNull(),
    /** Sum of credited enrolment hours, kept with the enrolments in one transaction. */
    totalHours: numeric("total_hours", { precision: 8, scale: 1, mode: "number" }).notNull().default(0),
  },
  (t) => [
    uniqueIndex("volunteers_volunteer_no_idx").on(t.volunteerNo),
    index("volunteers_team_idx").on(t.teamId),
    index("volunteers_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id),
    index("volunteers_id_number_idx").on(t.idNumber),
    index("volunteers_skills_idx").using("gin", t.skills),
  ],
);

export const activityStatus = pgEnum("activity_status", ["DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED"]);

/** A civilisation-practice activity with seats for volunteers. */
export const activities = pgTable(
  "activities",
  {
    id: serial("id").primaryKey(),
    siteId: integer("site_id").notNull().references(() => practiceSites.id),
    teamId: integer("team_id").references(() => volunteerTeams.id),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    category: activityCategory("category").notNull(),
    description: text("description").notNull(),
    location: varchar("location", { length: 200 }).notNull(),
    startsAt: timestamp("starts_at", tz).notNull(),
    endsAt: timestamp("ends_at", tz).notNull(),
    capacity: smallint("capacity").notNull(),
    status: activityStatus("status").notNull().default("PUBLISHED"),
    version: integer("version").notNull().default(1),
    cancelledAt: timestamp("cancelled_at", tz),
    cancelReason: text("cancel_reason"),
  },
  (t) => [
    check("activities_time_order", sql`${t.endsAt} > ${t.startsAt}`),
    check("activities_capacity_range", sql`${t.capacity} BETWEEN 1 AND 500`),
    index("activities_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.startsAt, t.id),
    index("activities_starts_idx").on(t.startsAt, t.id),
    index("activities_site_idx").on(t.siteId),
    index("activities_team_idx").on(t.teamId),
    index("activities_category_idx").on(t.category),
    index("activities_status_idx").on(t.status),
  ],
);

/** A volunteer's seat on an activity, with check-in and credited service hours. */
export const enrolments = pgTable(
  "enrolments",
  {
    id: serial("id").primaryKey(),
    activityId: integer("activity_id").notNull().references(() => activities.id),
    volunteerId: integer("volunteer_id").notNull().references(() => volunteers.id),
    enrolledAt: timestamp("enrolled_at", tz).notNull().defaultNow(),
    checkedInAt: timestamp("checked_in_at", tz),
    creditedHours: numeric("credited_hours", { precision: 5, scale: 1, mode: "number" }),
  },
  (t) => [
    uniqueIndex("enrolments_activity_volunteer_idx").on(t.activityId, t.volunteerId),
    index("enrolments_volunteer_idx").on(t.volunteerId),
    // Hours are only ever credited for a check-in.
    check("enrolments_credit_needs_check_in", sql`${t.creditedHours} IS NULL OR ${t.checkedInAt} IS NOT NULL`),
  ],
);

export const demandStatus = pgEnum("demand_status", ["ORDERED", "DISPATCHED", "ACCEPTED", "DONE", "RATED", "CANCELLED"]);

/** 点单: a resident's order for a volunteer service, then 派单 → 接单 → 评单. */
export const demands = pgTable(
  "demands",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }),
    residentName: varchar("resident_name", { length: 40 }).notNull(),
    residentPhone: varchar("resident_phone", { length: 20 }),
    /** Token subject of the resident who asked, so they can follow their own requests. */
    ownerSubject: varchar("owner_subject", { length: 200 }),
    category: activityCategory("category").notNull(),
    title: varchar("title", { length: 200 }).notNull(),
    description: text("description").notNull(),
    status: demandStatus("status").notNull().default("ORDERED"),
    orderedAt: timestamp("ordered_at", tz).notNull().defaultNow(),
    dispatchedTeamId: integer("dispatched_team_id").references(() => volunteerTeams.id),
    dispatchedAt: timestamp("dispatched_at", tz),
    acceptedVolunteerId: integer("accepted_volunteer_id").references(() => volunteers.id),
    acceptedAt: timestamp("accepted_at", tz),
    doneAt: timestamp("done_at", tz),
    rating: smallint("rating"),
    feedback: text("feedback"),
    cancelledAt: timestamp("cancelled_at", tz),
    cancelReason: text("cancel_reason"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    check("demands_rating_range", sql`${t.rating} BETWEEN 1 AND 5`),
    index("demands_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.orderedAt, t.id),
    index("demands_grid_idx").on(t.gridCode),
    index("demands_status_idx").on(t.status),
    index("demands_ordered_idx").on(t.orderedAt, t.id),
    index("demands_team_idx").on(t.dispatchedTeamId),
    index("demands_volunteer_idx").on(t.acceptedVolunteerId),
    index("demands_owner_idx").on(t.ownerSubject),
  ],
);

export { idempotencyKeys } from "../common/idempotency.js";
export { changeLog, changeLogTrimmed } from "../common/change-log.js";

export type PracticeSiteRow = typeof practiceSites.$inferSelect;
export type VolunteerTeamRow = typeof volunteerTeams.$inferSelect;
export type VolunteerRow = typeof volunteers.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
export type DemandRow = typeof demands.$inferSelect;
