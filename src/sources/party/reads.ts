import { and, asc, between, eq, sql, type AnyColumn } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, hasPrefix } from "../common/conditions.js";
import { ScopedRows, type PageRequest } from "../common/scoped-rows.js";
import type { RowScope } from "../../auth/row-scope.js";
import * as tables from "./tables.js";
import { DELIBERATION, MICRO_WISH, PARTY_MEMBER, PARTY_ORGANIZATION, RED_STATION, SERVICE_POST, SERVICE_POST_CLAIM, VENUE, VENUE_BOOKING } from "./entities.js";
import { deliberations, microWishes, partyMembers, partyOrganizations, redStations, servicePostClaims, servicePosts, venueBookings, venues } from "./tables.js";

const METERS_PER_DEGREE_LAT = 111_320;

/** Reads of the Party-mass Service Centre (党群服务中心) database, limited to the rows a scope sees (see `ScopedRows`). */
export class PartyReads {
  readonly rows: ScopedRows<typeof tables>;

  constructor(source: SourceDatabase<typeof tables>, scope: RowScope) {
    this.rows = new ScopedRows(source, scope);
  }

  /** A community's micro-wishes not yet fulfilled, and its confirmed bookings starting in [dayStart, dayEnd): counters, over every row. */
  async dashboardCounts(communityCode: string, dayStart: Date, dayEnd: Date): Promise<{ openMicroWishes: number; bookingsToday: number }> {
    const { db } = this.rows.everyRow;
    const [wishRow] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(microWishes)
      .where(and(eq(microWishes.communityCode, communityCode), anyOf(microWishes.status, ["OPEN", "CLAIMED"])));
    const [bookingRow] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(venueBookings)
      .innerJoin(venues, eq(venues.id, venueBookings.venueId))
      .where(and(eq(venues.communityCode, communityCode), eq(venueBookings.status, "CONFIRMED"), sql`${venueBookings.startsAt} >= ${dayStart.toISOString()}::timestamptz AND ${venueBookings.startsAt} < ${dayEnd.toISOString()}::timestamptz`));
    return { openMicroWishes: wishRow?.n ?? 0, bookingsToday: bookingRow?.n ?? 0 };
  }

  organizationsByCommunity(codes: readonly string[]) {
    return this.rows.list(PARTY_ORGANIZATION, { match: { communityCode: codes } }, [asc(partyOrganizations.id)]);
  }

  membersByCommunity(codes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(PARTY_MEMBER, partyMembers.communityCode, codes, {}, { sort: partyMembers.id, page });
  }

  countMembersByCommunity(codes: readonly string[]) {
    return this.rows.tally(PARTY_MEMBER, partyMembers.communityCode, codes);
  }

  membersByGrid(gridCodes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(PARTY_MEMBER, partyMembers.gridCode, gridCodes, {}, { sort: partyMembers.id, page });
  }

  organizationsByGrid(gridCodes: readonly string[]) {
    return this.rows.list(PARTY_ORGANIZATION, { match: { gridCode: gridCodes } }, [asc(partyOrganizations.id)]);
  }

  microWishesByGrid(gridCodes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(MICRO_WISH, microWishes.gridCode, gridCodes, {}, { sort: microWishes.postedAt, page });
  }

  membersByIdNumber(idNumbers: readonly string[]) {
    return this.rows.list(PARTY_MEMBER, { match: { idNumber: idNumbers } });
  }

  venuesByCommunity(codes: readonly string[]) {
    return this.rows.list(VENUE, { match: { communityCode: codes } }, [asc(venues.id)]);
  }

  redStationsByCommunity(codes: readonly string[]) {
    return this.rows.list(RED_STATION, { match: { communityCode: codes } }, [asc(redStations.id)]);
  }

  // Built on first use and prepared on each connection: the statement every "what is near me" asks.
  private nearQueryBuilt: ReturnType<PartyReads["buildNearQuery"]> | undefined;
  private get nearQuery() {
    return (this.nearQueryBuilt ??= this.buildNearQuery());
  }

  /** Red stations are public: the statement has no scope to add. */
  private buildNearQuery() {
    const lat = sql.placeholder("lat");
    const lng = sql.placeholder("lng");
    const distance = sql<number>`2 * 6371000 * asin(sqrt(power(sin(radians(${redStations.lat} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${redStations.lat})) * power(sin(radians(${redStations.lng} - ${lng}) / 2), 2)))`;
    return this.rows.everyRow.db
      .select({ station: redStations, distance })
      .from(redStations)
      .where(and(between(redStations.lat, sql.placeholder("minLat"), sql.placeholder("maxLat")), between(redStations.lng, sql.placeholder("minLng"), sql.placeholder("maxLng")), this.rows.visible(RED_STATION)))
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
    return this.rows.pagesByParent(MICRO_WISH, microWishes.communityCode, codes, {}, { sort: microWishes.postedAt, page });
  }

  deliberationsByCommunity(codes: readonly string[]) {
    return this.rows.list(DELIBERATION, { match: { communityCode: codes } }, [asc(deliberations.heldAt)]);
  }

  /** Party members whose community code starts with `prefix`, optionally of one kind, by id. */
  members(filter: MemberFilter, page: PageRequest) {
    return this.rows.page(PARTY_MEMBER, memberFilter(filter), { sort: partyMembers.id, page });
  }

  countMembers(filter: MemberFilter) {
    return this.rows.count(PARTY_MEMBER, memberFilter(filter));
  }

  venues(filter: { codePrefix?: string }, page: PageRequest) {
    return this.rows.page(VENUE, inCommunity(venues.communityCode, filter), { sort: venues.id, page });
  }

  countVenues(filter: { codePrefix?: string }) {
    return this.rows.count(VENUE, inCommunity(venues.communityCode, filter));
  }

  microWishes(filter: WishFilter, page: PageRequest) {
    return this.rows.page(MICRO_WISH, wishFilter(filter), { sort: microWishes.postedAt, page });
  }

  countMicroWishes(filter: WishFilter) {
    return this.rows.count(MICRO_WISH, wishFilter(filter));
  }

  organizations(filter: OrganizationFilter, page: PageRequest) {
    return this.rows.page(PARTY_ORGANIZATION, orgFilter(filter), { sort: partyOrganizations.id, page });
  }

  countOrganizations(filter: OrganizationFilter) {
    return this.rows.count(PARTY_ORGANIZATION, orgFilter(filter));
  }

  organizationsByParent(parentIds: readonly number[]) {
    return this.rows.list(PARTY_ORGANIZATION, { match: { parentId: parentIds } }, [asc(partyOrganizations.id)]);
  }

  deliberations(filter: { codePrefix?: string }, page: PageRequest) {
    return this.rows.page(DELIBERATION, inCommunity(deliberations.communityCode, filter), { sort: deliberations.heldAt, page });
  }

  countDeliberations(filter: { codePrefix?: string }) {
    return this.rows.count(DELIBERATION, inCommunity(deliberations.communityCode, filter));
  }

  /** Confirmed bookings of these venues meeting `[from, to)`, in one statement on the exclusion constraint's GiST index. */
  confirmedBookingsByVenue(venueIds: readonly number[], from: Date, to: Date) {
    return this.rows.list(VENUE_BOOKING, { where: confirmedMeeting(venueIds, from, to) }, [asc(venueBookings.startsAt), asc(venueBookings.id)]);
  }

  /** When these venues are taken in `[from, to)`: every confirmed booking's times and nothing else, so it is public. */
  takenSlotsByVenue(venueIds: readonly number[], from: Date, to: Date) {
    return this.rows.everyRow.db
      .select({ venueId: venueBookings.venueId, startsAt: venueBookings.startsAt, endsAt: venueBookings.endsAt })
      .from(venueBookings)
      .where(confirmedMeeting(venueIds, from, to))
      .orderBy(asc(venueBookings.startsAt), asc(venueBookings.id));
  }

  /** Service posts in a jurisdiction, optionally of one status, newest first. */
  servicePosts(filter: PostFilter, page: PageRequest) {
    return this.rows.page(SERVICE_POST, postFilter(filter), { sort: servicePosts.createdAt, page });
  }

  countServicePosts(filter: PostFilter) {
    return this.rows.count(SERVICE_POST, postFilter(filter));
  }

  /** Who could answer the needs of these communities: their in-service members (with the wishes each is still fulfilling), their open posts (with their claims), venues and red stations. */
  async helpersIn(communityCodes: readonly string[]) {
    const [members, posts, venueRows, stations] = await Promise.all([
      this.rows.list(PARTY_MEMBER, { match: { communityCode: communityCodes, kind: ["IN_SERVICE"] } }, [asc(partyMembers.id)]),
      this.rows.list(SERVICE_POST, { match: { communityCode: communityCodes, status: ["OPEN"] } }, [asc(servicePosts.id)]),
      this.venuesByCommunity(communityCodes),
      this.redStationsByCommunity(communityCodes),
    ]);
    const [memberLoad, claims] = await Promise.all([
      this.rows.countsByParent(MICRO_WISH, microWishes.claimedByMemberId, members.map((m) => m.id), { match: { status: ["CLAIMED"] } }),
      this.countClaimsByPost(posts.map((p) => p.id)),
    ]);
    return { members, posts, venues: venueRows, stations, memberLoad, claims };
  }

  claimsByPost(postIds: readonly number[]) {
    return this.rows.list(SERVICE_POST_CLAIM, { match: { postId: postIds } }, [asc(servicePostClaims.claimedAt), asc(servicePostClaims.id)]);
  }

  countClaimsByPost(postIds: readonly number[]) {
    return this.rows.tally(SERVICE_POST_CLAIM, servicePostClaims.postId, postIds);
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

const postFilter = (f: PostFilter) => ({ where: f.codePrefix ? hasPrefix(servicePosts.communityCode, f.codePrefix) : undefined, match: f.status ? { status: [f.status] } : {} });

export interface WishFilter {
  codePrefix?: string;
  statuses?: tables.MicroWishRow["status"][];
}

const wishFilter = (f: WishFilter) => ({ where: f.codePrefix ? hasPrefix(microWishes.communityCode, f.codePrefix) : undefined, match: f.statuses?.length ? { status: f.statuses } : {} });

interface OrganizationFilter {
  codePrefix?: string;
  kinds?: tables.PartyOrganizationRow["kind"][];
}

const orgFilter = (f: OrganizationFilter) => ({ where: f.codePrefix ? hasPrefix(partyOrganizations.communityCode, f.codePrefix) : undefined, match: f.kinds?.length ? { kind: f.kinds } : {} });

interface MemberFilter {
  codePrefix?: string;
  kind?: tables.PartyMemberRow["kind"];
}

const memberFilter = (f: MemberFilter) => ({ where: f.codePrefix ? hasPrefix(partyMembers.communityCode, f.codePrefix) : undefined, match: f.kind ? { kind: [f.kind] } : {} });

/** Rows whose community code starts with the filter's prefix (all without one). */
const inCommunity = (column: AnyColumn, f: { codePrefix?: string }) => ({ where: f.codePrefix ? hasPrefix(column, f.codePrefix) : undefined });
