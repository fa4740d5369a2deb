import { and, asc, between, eq, sql } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, countRows, countsByParent, hasPrefix, keysetPage, keysetPagesByParent, type PageRequest } from "../common/keyset.js";
import { columnsOf, select } from "../common/select.js";
import * as tables from "./tables.js";
import type { RowScope } from "../../auth/row-scope.js";
import type { PgTable } from "drizzle-orm/pg-core";
import { rowsByKey, type Entity } from "../common/entity.js";

import { partyVisibility, type PartyVisibility } from "./visibility.js";
import { deliberations, microWishes, partyMembers, partyOrganizations, redStations, servicePostClaims, servicePosts, venueBookings, venues } from "./tables.js";

const METERS_PER_DEGREE_LAT = 111_320;

/** Reads of the Party-mass Service Centre (党群服务中心) database. */
export class PartyReads {
  private readonly see: PartyVisibility;

  /** Reads limited to the rows `scope` sees; the aggregate counts are not. */
  constructor(
    private readonly source: SourceDatabase<typeof tables>,
    private readonly scope: RowScope,
  ) {
    this.see = partyVisibility(scope);
  }

  /** A community's micro-wishes not yet fulfilled, and its confirmed bookings starting in [dayStart, dayEnd). */
  async dashboardCounts(communityCode: string, dayStart: Date, dayEnd: Date): Promise<{ openMicroWishes: number; bookingsToday: number }> {
    const [wishRow] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(microWishes)
      .where(and(eq(microWishes.communityCode, communityCode), anyOf(microWishes.status, ["OPEN", "CLAIMED"])));
    const [bookingRow] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(venueBookings)
      .innerJoin(venues, eq(venues.id, venueBookings.venueId))
      .where(and(eq(venues.communityCode, communityCode), eq(venueBookings.status, "CONFIRMED"), sql`${venueBookings.startsAt} >= ${dayStart.toISOString()}::timestamptz AND ${venueBookings.startsAt} < ${dayEnd.toISOString()}::timestamptz`));
    return { openMicroWishes: wishRow?.n ?? 0, bookingsToday: bookingRow?.n ?? 0 };
  }

  private get db() {
    return this.source.db;
  }

  private get pool() {
    return this.source.pool;
  }
  /** Rows of one of this centre's entities by key, those the scope sees: what `node(id)` and the by-id loaders read. */
  byKeys<T extends PgTable>(entity: Entity<T>, keys: readonly (string | number)[]) {
    return rowsByKey(this.pool, entity, keys, this.scope);
  }


  organizationsByCommunity(codes: readonly string[]) {
    return select(this.pool, columnsOf(partyOrganizations), and(anyOf(partyOrganizations.communityCode, codes), this.see.partyOrganizations), [asc(partyOrganizations.id)]);
  }

  membersByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: partyMembers, parentColumn: partyMembers.communityCode, parents: codes, where: this.see.partyMembers, sortColumn: partyMembers.id, idColumn: partyMembers.id, page });
  }

  countMembersByCommunity(codes: readonly string[]) {
    return countsByParent(this.pool, partyMembers, partyMembers.communityCode, codes, undefined);
  }

  membersByGrid(gridCodes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: partyMembers, parentColumn: partyMembers.gridCode, parents: gridCodes, where: this.see.partyMembers, sortColumn: partyMembers.id, idColumn: partyMembers.id, page });
  }

  organizationsByGrid(gridCodes: readonly string[]) {
    return select(this.pool, columnsOf(partyOrganizations), and(anyOf(partyOrganizations.gridCode, gridCodes), this.see.partyOrganizations), [asc(partyOrganizations.id)]);
  }

  microWishesByGrid(gridCodes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: microWishes, parentColumn: microWishes.gridCode, parents: gridCodes, where: this.see.microWishes, sortColumn: microWishes.postedAt, idColumn: microWishes.id, page });
  }

  membersByIdNumber(idNumbers: readonly string[]) {
    return select(this.pool, columnsOf(partyMembers), and(anyOf(partyMembers.idNumber, idNumbers), this.see.partyMembers));
  }

  venuesByCommunity(codes: readonly string[]) {
    return select(this.pool, columnsOf(venues), anyOf(venues.communityCode, codes), [asc(venues.id)]);
  }

  redStationsByCommunity(codes: readonly string[]) {
    return select(this.pool, columnsOf(redStations), anyOf(redStations.communityCode, codes), [asc(redStations.id)]);
  }

  // Built on first use and prepared on each connection: the statement every "what is near me" asks.
  private nearQueryBuilt: ReturnType<PartyReads["buildNearQuery"]> | undefined;
  private get nearQuery() {
    return (this.nearQueryBuilt ??= this.buildNearQuery());
  }

  private buildNearQuery() {
    const lat = sql.placeholder("lat");
    const lng = sql.placeholder("lng");
    const distance = sql<number>`2 * 6371000 * asin(sqrt(power(sin(radians(${redStations.lat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${redStations.lat})) * power(sin(radians(${redStations.lng} - ${lng}) / 2), 2)))`;
    return this.source.db
      .select({ station: redStations, distance })
      .from(redStations)
      .where(and(between(redStations.lat, sql.placeholder("minLat"), sql.placeholder("maxLat")), between(redStations.lng, sql.placeholder("minLng"), sql.placeholder("maxLng"))))
      .orderBy(distance)
      .limit(sql.placeholder("limit"))
      .prepare("red_stations_near");
  }

  /** Stations within `meters` of a point, nearest first: a bounding box on the index, then the haversine distance. */
  async redStationsNear(lat: number, lng: number, meters: number, limit: number) {
    const dLat = meters / METERS_PER_DEGREE_LAT;
    const dLng = meters / (METERS_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180));
    const rows = await this.nearQuery.execute({ lat, lng, minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng, limit: limit * 2 + 10 });
    return rows.filter((r) => r.distance <= meters).slice(0, limit);
  }

  microWishesByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: microWishes, parentColumn: microWishes.communityCode, parents: codes, where: this.see.microWishes, sortColumn: microWishes.postedAt, idColumn: microWishes.id, page });
  }

  deliberationsByCommunity(codes: readonly string[]) {
    return select(this.pool, columnsOf(deliberations), and(anyOf(deliberations.communityCode, codes), this.see.deliberations), [asc(deliberations.heldAt)]);
  }

  /** Party members whose community code starts with `prefix`, optionally of one kind, by id. */
  members(filter: { codePrefix?: string; kind?: tables.PartyMemberRow["kind"] }, page: PageRequest) {
    return keysetPage(this.pool, { table: partyMembers, where: this.memberWhere(filter), sortColumn: partyMembers.id, idColumn: partyMembers.id, page });
  }

  countMembers(filter: { codePrefix?: string; kind?: tables.PartyMemberRow["kind"] }) {
    return countRows(this.pool, partyMembers, this.memberWhere(filter));
  }

  private memberWhere(filter: { codePrefix?: string; kind?: tables.PartyMemberRow["kind"] }) {
    return and(filter.codePrefix ? hasPrefix(partyMembers.communityCode, filter.codePrefix) : undefined, filter.kind ? anyOf(partyMembers.kind, [filter.kind]) : undefined, this.see.partyMembers);
  }

  venues(filter: { codePrefix?: string }, page: PageRequest) {
    return keysetPage(this.pool, { table: venues, where: filter.codePrefix ? hasPrefix(venues.communityCode, filter.codePrefix) : undefined, sortColumn: venues.id, idColumn: venues.id, page });
  }

  countVenues(filter: { codePrefix?: string }) {
    return countRows(this.pool, venues, filter.codePrefix ? hasPrefix(venues.communityCode, filter.codePrefix) : undefined);
  }

  microWishes(filter: WishFilter, page: PageRequest) {
    return keysetPage(this.pool, { table: microWishes, where: and(wishWhere(filter), this.see.microWishes), sortColumn: microWishes.postedAt, idColumn: microWishes.id, page });
  }

  countMicroWishes(filter: WishFilter) {
    return countRows(this.pool, microWishes, and(wishWhere(filter), this.see.microWishes));
  }

  organizations(filter: { codePrefix?: string; kinds?: tables.PartyOrganizationRow["kind"][] }, page: PageRequest) {
    return keysetPage(this.pool, { table: partyOrganizations, where: and(orgWhere(filter), this.see.partyOrganizations), sortColumn: partyOrganizations.id, idColumn: partyOrganizations.id, page });
  }

  countOrganizations(filter: { codePrefix?: string; kinds?: tables.PartyOrganizationRow["kind"][] }) {
    return countRows(this.pool, partyOrganizations, and(orgWhere(filter), this.see.partyOrganizations));
  }

  organizationsByParent(parentIds: readonly number[]) {
    return select(this.pool, columnsOf(partyOrganizations), and(anyOf(partyOrganizations.parentId, parentIds), this.see.partyOrganizations), [asc(partyOrganizations.id)]);
  }

  deliberations(filter: { codePrefix?: string }, page: PageRequest) {
    const where = and(filter.codePrefix ? hasPrefix(deliberations.communityCode, filter.codePrefix) : undefined, this.see.deliberations);
    return keysetPage(this.pool, { table: deliberations, where, sortColumn: deliberations.heldAt, idColumn: deliberations.id, page });
  }

  countDeliberations(filter: { codePrefix?: string }) {
    return countRows(this.pool, deliberations, and(filter.codePrefix ? hasPrefix(deliberations.communityCode, filter.codePrefix) : undefined, this.see.deliberations));
  }

  /** Confirmed bookings of these venues meeting `[from, to)`, in one statement on the exclusion constraint's GiST index. */
  confirmedBookingsByVenue(venueIds: readonly number[], from: Date, to: Date) {
    return this.db
      .select()
      .from(venueBookings)
      .where(and(confirmedMeeting(venueIds, from, to), this.see.venueBookings))
      .orderBy(asc(venueBookings.startsAt), asc(venueBookings.id));
  }

  /** When these venues are taken in `[from, to)`: every confirmed booking's times and nothing else, so it is public. */
  takenSlotsByVenue(venueIds: readonly number[], from: Date, to: Date) {
    return this.db
      .select({ venueId: venueBookings.venueId, startsAt: venueBookings.startsAt, endsAt: venueBookings.endsAt })
      .from(venueBookings)
      .where(confirmedMeeting(venueIds, from, to))
      .orderBy(asc(venueBookings.startsAt), asc(venueBookings.id));
  }

  /** Service posts in a jurisdiction, optionally of one status, newest first. */
  servicePosts(filter: PostFilter, page: PageRequest) {
    return keysetPage(this.pool, { table: servicePosts, where: and(postWhere(filter), this.see.servicePosts), sortColumn: servicePosts.createdAt, idColumn: servicePosts.id, page });
  }

  countServicePosts(filter: PostFilter) {
    return countRows(this.pool, servicePosts, and(postWhere(filter), this.see.servicePosts));
  }

  claimsByPost(postIds: readonly number[]) {
    return select(this.pool, columnsOf(servicePostClaims), anyOf(servicePostClaims.postId, postIds), [asc(servicePostClaims.claimedAt), asc(servicePostClaims.id)]);
  }

  countClaimsByPost(postIds: readonly number[]) {
    return countsByParent(this.pool, servicePostClaims, servicePostClaims.postId, postIds, undefined);
  }
}

const confirmedMeeting = (venueIds: readonly number[], from: Date, to: Date) =>
  and(
    anyOf(venueBookings.venueId, venueIds),
    eq(venueBookings.status, "CONFIRMED"),
    sql`tstzrange(${venueBookings.startsAt}, ${venueBookings.endsAt}, '[)') && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`,
  );

export interface PostFilter {
  codePrefix?: string;
  status?: tables.ServicePostRow["status"];
}

const postWhere = (f: PostFilter) =>
  and(f.codePrefix ? hasPrefix(servicePosts.communityCode, f.codePrefix) : undefined, f.status ? eq(servicePosts.status, f.status) : undefined);

export interface WishFilter {
  codePrefix?: string;
  statuses?: tables.MicroWishRow["status"][];
}

const wishWhere = (f: WishFilter) =>
  and(f.codePrefix ? hasPrefix(microWishes.communityCode, f.codePrefix) : undefined, f.statuses?.length ? anyOf(microWishes.status, f.statuses) : undefined);

const orgWhere = (f: { codePrefix?: string; kinds?: tables.PartyOrganizationRow["kind"][] }) =>
  and(f.codePrefix ? hasPrefix(partyOrganizations.communityCode, f.codePrefix) : undefined, f.kinds?.length ? anyOf(partyOrganizations.kind, f.kinds) : undefined);
