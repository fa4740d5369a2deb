import {
  boolean,
  char,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  varchar,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";

export { idempotencyKeys } from "../common/idempotency.js";
export { changeLog, changeLogTrimmed } from "../common/change-log.js";

const tz = { withTimezone: true } as const;

export const organizationKind = pgEnum("organization_kind", [
  "COMMUNITY_COMMITTEE",
  "GENERAL_BRANCH",
  "GRID_BRANCH",
  "BUILDING_GROUP",
  "PROJECT_BRANCH",
  "PARTNER_UNIT",
]);

/** The party organisation tree: 社区党委 → 网格党支部 → 楼栋党小组, plus 党总支, 项目党支部, 共建单位. */
export const partyOrganizations = pgTable(
  "party_organizations",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 120 }).notNull(),
    kind: organizationKind("kind").notNull(),
    parentId: integer("parent_id"),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }),
    secretaryName: varchar("secretary_name", { length: 40 }),
    foundedOn: date("founded_on"),
  },
  (t) => [
    index("party_organizations_parent_idx").on(t.parentId),
    index("party_organizations_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id),
    index("party_organizations_grid_idx").on(t.gridCode),
    index("party_organizations_kind_idx").on(t.kind),
  ],
);

export const memberKind = pgEnum("member_kind", ["REGISTERED", "IN_SERVICE", "MOBILE"]);

/** 党员: registered here, in-service members reporting to the community, or mobile members. */
export const partyMembers = pgTable(
  "party_members",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 40 }).notNull(),
    idNumber: char("id_number", { length: 18 }).notNull(),
    phone: varchar("phone", { length: 20 }),
    gender: char("gender", { length: 1 }).notNull(),
    birthDate: date("birth_date").notNull(),
    kind: memberKind("kind").notNull(),
    organizationId: integer("organization_id").notNull(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }),
    workplace: varchar("workplace", { length: 120 }),
    demonstrationHousehold: boolean("demonstration_household").notNull().default(false),
    skills: text("skills").array().notNull().default([]),
    joinedOn: date("joined_on").notNull(),
  },
  (t) => [
    index("party_members_organization_idx").on(t.organizationId),
    index("party_members_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id),
    index("party_members_grid_idx").on(t.gridCode, t.id),
    index("party_members_id_number_idx").on(t.idNumber),
    index("party_members_kind_idx").on(t.kind),
    index("party_members_skills_idx").using("gin", t.skills),
  ],
);

export const postStatus = pgEnum("post_status", ["OPEN", "FILLED", "CLOSED"]);

/** 按需设岗: a service post a community opens for in-service members to claim. */
export const servicePosts = pgTable(
  "service_posts",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    title: varchar("title", { length: 120 }).notNull(),
    description: text("description").notNull(),
    capacity: smallint("capacity").notNull(),
    skillsWanted: text("skills_wanted").array().notNull().default([]),
    status: postStatus("status").notNull().default("OPEN"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [
    index("service_posts_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id),
    index("service_posts_status_idx").on(t.status),
    index("service_posts_created_idx").on(t.createdAt, t.id),
  ],
);

/** 认领岗位: a member's claim on a service post. */
export const servicePostClaims = pgTable(
  "service_post_claims",
  {
    id: serial("id").primaryKey(),
    postId: integer("post_id").notNull().references(() => servicePosts.id),
    memberId: integer("member_id").notNull().references(() => partyMembers.id),
    claimedAt: timestamp("claimed_at", tz).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("service_post_claims_post_member_idx").on(t.postId, t.memberId), index("service_post_claims_member_idx").on(t.memberId)],
);

export const wishStatus = pgEnum("wish_status", ["OPEN", "CLAIMED", "FULFILLED"]);

/** 微心愿: a resident's small wish that a member claims and fulfils. */
export const microWishes = pgTable(
  "micro_wishes",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }),
    residentName: varchar("resident_name", { length: 40 }).notNull(),
    residentPhone: varchar("resident_phone", { length: 20 }),
    /** Token subject of the resident who asked, so they can follow their own requests. */
    ownerSubject: varchar("owner_subject", { length: 200 }),
    title: varchar("title", { length: 120 }).notNull(),
    description: text("description").notNull(),
    status: wishStatus("status").notNull().default("OPEN"),
    postedAt: timestamp("posted_at", tz).notNull().defaultNow(),
    claimedByMemberId: integer("claimed_by_member_id").references(() => partyMembers.id),
    claimedAt: timestamp("claimed_at", tz),
    fulfilledAt: timestamp("fulfilled_at", tz),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("micro_wishes_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.postedAt, t.id),
    index("micro_wishes_grid_idx").on(t.gridCode),
    index("micro_wishes_status_idx").on(t.status),
    index("micro_wishes_posted_idx").on(t.postedAt, t.id),
    index("micro_wishes_claimer_idx").on(t.claimedByMemberId),
    index("micro_wishes_owner_idx").on(t.ownerSubject),
  ],
);

export const venueKind = pgEnum("venue_kind", [
  "CINEMA",
  "SHARED_KITCHEN",
  "CALLIGRAPHY_ROOM",
  "CHESS_ROOM",
  "WELLNESS_ROOM",
  "DANCE_ROOM",
  "MEETING_ROOM",
]);

/** A room in a community's party-mass service complex. */
export const venues = pgTable(
  "venues",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    kind: venueKind("kind").notNull(),
    capacity: smallint("capacity").notNull(),
    opensAt: time("opens_at").notNull(),
    closesAt: time("closes_at").notNull(),
    address: varchar("address", { length: 200 }).notNull(),
  },
  (t) => [index("venues_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id), index("venues_kind_idx").on(t.kind)],
);

export const bookingStatus = pgEnum("booking_status", ["CONFIRMED", "CANCELLED"]);

/**
 * A venue booking. Confirmed bookings of one venue never overlap: an exclusion constraint
 * on (venue_id, tstzrange(starts_at, ends_at)) is added in the migrations.
 */
export const venueBookings = pgTable(
  "venue_bookings",
  {
    id: serial("id").primaryKey(),
    venueId: integer("venue_id").notNull().references(() => venues.id),
    bookerName: varchar("booker_name", { length: 40 }).notNull(),
    bookerPhone: varchar("booker_phone", { length: 20 }),
    /** Token subject of the resident who booked, so they can follow their own bookings. */
    ownerSubject: varchar("owner_subject", { length: 200 }),
    purpose: varchar("purpose", { length: 200 }).notNull(),
    startsAt: timestamp("starts_at", tz).notNull(),
    endsAt: timestamp("ends_at", tz).notNull(),
    status: bookingStatus("status").notNull().default("CONFIRMED"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", tz),
  },
  (t) => [index("venue_bookings_venue_idx").on(t.venueId, t.startsAt), index("venue_bookings_starts_idx").on(t.startsAt), index("venue_bookings_owner_idx").on(t.ownerSubject)],
);

/** 红色驿站: a rest point for sanitation workers, couriers and residents. */
export const redStations = pgTable(
  "red_stations",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    name: varchar("name", { length: 120 }).notNull(),
    address: varchar("address", { length: 200 }).notNull(),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    amenities: text("amenities").array().notNull().default([]),
    hostUnit: varchar("host_unit", { length: 120 }),
    opensAt: time("opens_at").notNull(),
    closesAt: time("closes_at").notNull(),
  },
  (t) => [index("red_stations_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id), index("red_stations_lat_lng_idx").on(t.lat, t.lng)],
);

export const deliberationStatus = pgEnum("deliberation_status", ["SCHEDULED", "HELD", "RESOLVED", "WITHDRAWN"]);

/** 议事协商 (幸福圆桌会 and similar): residents and units deliberate a community topic. */
export const deliberations = pgTable(
  "deliberations",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    topic: varchar("topic", { length: 200 }).notNull(),
    format: varchar("format", { length: 40 }).notNull(),
    heldAt: timestamp("held_at", tz).notNull(),
    participants: text("participants").array().notNull().default([]),
    attendeeCount: smallint("attendee_count"),
    resolution: text("resolution"),
    status: deliberationStatus("status").notNull().default("SCHEDULED"),
    linkedEventCodes: text("linked_event_codes").array().notNull().default([]),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("deliberations_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.heldAt, t.id), index("deliberations_status_idx").on(t.status)],
);

/**
 * 物业服务企业 (红色物业): a property service company, registered in a street. Its party
 * building is its own party organisation (`partyOrganizationId`) or, without one, a
 * party-building liaison (党建联络员, `liaisonMemberId`) the community appointed.
 */
export const propertyCompanies = pgTable(
  "property_companies",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 120 }).notNull(),
    creditCode: char("credit_code", { length: 18 }).notNull(),
    streetCode: varchar("street_code", { length: 12 }).notNull(),
    phone: varchar("phone", { length: 20 }),
    partyOrganizationId: integer("party_organization_id"),
    liaisonMemberId: integer("liaison_member_id"),
  },
  (t) => [uniqueIndex("property_companies_credit_code_idx").on(t.creditCode), index("property_companies_street_idx").on(t.streetCode.op("varchar_pattern_ops"), t.id)],
);

/** 小区: a residential compound, managed by a property company or by none (无物业小区), with or without an owners' committee (业主委员会). */
export const residentialCompounds = pgTable(
  "residential_compounds",
  {
    id: serial("id").primaryKey(),
    name: varchar("name", { length: 120 }).notNull(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    gridCode: varchar("grid_code", { length: 15 }),
    address: varchar("address", { length: 200 }).notNull(),
    households: integer("households").notNull(),
    builtYear: smallint("built_year"),
    companyId: integer("company_id"),
    ownersCommittee: boolean("owners_committee").notNull().default(false),
  },
  (t) => [
    index("residential_compounds_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.id),
    index("residential_compounds_company_idx").on(t.companyId, t.id),
    check("residential_compounds_households_range", sql`${t.households} BETWEEN 1 AND 100000`),
  ],
);

/** 物业服务评价: one resident's rating of a compound's property service in one month (a later rating that month replaces it). */
export const propertyRatings = pgTable(
  "property_ratings",
  {
    id: serial("id").primaryKey(),
    compoundId: integer("compound_id").notNull(),
    companyId: integer("company_id"),
    ownerSubject: varchar("owner_subject", { length: 200 }).notNull(),
    month: char("month", { length: 7 }).notNull(),
    score: smallint("score").notNull(),
    comment: varchar("comment", { length: 500 }),
    ratedAt: timestamp("rated_at", tz).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("property_ratings_once_a_month_idx").on(t.compoundId, t.ownerSubject, t.month),
    index("property_ratings_compound_idx").on(t.compoundId, t.ratedAt, t.id),
    index("property_ratings_owner_idx").on(t.ownerSubject),
    check("property_ratings_score_range", sql`${t.score} BETWEEN 1 AND 5`),
  ],
);

export const jointMeetingStatus = pgEnum("joint_meeting_status", ["SCHEDULED", "HELD", "CANCELLED"]);

/** 三方联动: a meeting of the community, a compound's property company and its owners' committee, and what they agreed. */
export const jointMeetings = pgTable(
  "joint_meetings",
  {
    id: serial("id").primaryKey(),
    communityCode: varchar("community_code", { length: 12 }).notNull(),
    compoundId: integer("compound_id").notNull(),
    companyId: integer("company_id"),
    topic: varchar("topic", { length: 200 }).notNull(),
    heldAt: timestamp("held_at", tz).notNull(),
    status: jointMeetingStatus("status").notNull().default("SCHEDULED"),
    partiesPresent: text("parties_present").array().notNull().default([]),
    summary: text("summary"),
    resolutions: text("resolutions").array().notNull().default([]),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("joint_meetings_community_idx").on(t.communityCode.op("varchar_pattern_ops"), t.heldAt, t.id), index("joint_meetings_compound_idx").on(t.compoundId, t.heldAt, t.id)],
);

export type PartyOrganizationRow = typeof partyOrganizations.$inferSelect;
export type PartyMemberRow = typeof partyMembers.$inferSelect;
export type ServicePostRow = typeof servicePosts.$inferSelect;
export type ServicePostClaimRow = typeof servicePostClaims.$inferSelect;
export type MicroWishRow = typeof microWishes.$inferSelect;
export type VenueRow = typeof venues.$inferSelect;
export type VenueBookingRow = typeof venueBookings.$inferSelect;
export type RedStationRow = typeof redStations.$inferSelect;
export type DeliberationRow = typeof deliberations.$inferSelect;
export type PropertyCompanyRow = typeof propertyCompanies.$inferSelect;
export type ResidentialCompoundRow = typeof residentialCompounds.$inferSelect;
export type PropertyRatingRow = typeof propertyRatings.$inferSelect;
export type JointMeetingRow = typeof jointMeetings.$inferSelect;
