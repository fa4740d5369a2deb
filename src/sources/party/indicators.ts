import { sql } from "drizzle-orm";
import { allOf, hours, inDivision, numberOf, numberOrNull, perDivisionAndPeriod, within, type Period } from "../common/period.js";
import type { ScopedRows } from "../common/scoped-rows.js";
import { DELIBERATION, MICRO_WISH, PARTY_MEMBER, SERVICE_POST_CLAIM, VENUE_BOOKING } from "./entities.js";
import * as tables from "./tables.js";
import { deliberations, microWishes, partyMembers, servicePostClaims, servicePosts, venueBookings, venues } from "./tables.js";

/** What the party-mass service centre counts for one division in one period. */
export interface PartyFigures {
  /** Micro-wishes posted in the period and how many were claimed within 7 days. */
  wishesPosted: number;
  wishesClaimedIn7Days: number;
  /** Wishes claimed in the period and the median days from posting to claim; wishes fulfilled in the period. */
  wishesClaimed: number;
  medianDaysToClaim: number | null;
  wishesFulfilled: number;
  /** Service posts claimed (岗位认领) in the period. */
  postClaims: number;
  /** Hours of confirmed bookings starting in the period, and the venues' opening hours over it. */
  bookedHours: number;
  openHours: number;
  /** Deliberations held in the period (HELD or RESOLVED now), how many resolved, and the events they took up. */
  deliberationsHeld: number;
  deliberationsResolved: number;
  linkedEventCodes: string[];
  /** In-service members reported to the division (在职党员报到), how many claimed a post or a wish in the period, and the ID numbers of the others. */
  inService: number;
  servedHere: number;
  notServedHere: string[];
}

/** The party figures of every division (by code prefix) in every period, in one statement, over the rows the scope sees. */
export function partyFigures(rows: ScopedRows<typeof tables>, prefixes: readonly string[], periods: readonly Period[]): Promise<Map<string, PartyFigures[]>> {
  const postedIn = within(sql`${microWishes.postedAt}`);
  const claimedIn = within(sql`${microWishes.claimedAt}`);
  const fulfilledIn = within(sql`${microWishes.fulfilledAt}`);
  // Who served in the period through the party centre: claimed a post, or a wish.
  const served = sql`(${partyMembers.id} IN (SELECT ${servicePostClaims.memberId} FROM ${servicePostClaims} WHERE ${allOf(within(sql`${servicePostClaims.claimedAt}`), rows.visible(SERVICE_POST_CLAIM))})
    OR ${partyMembers.id} IN (SELECT ${microWishes.claimedByMemberId} FROM ${microWishes} WHERE ${allOf(claimedIn, rows.visible(MICRO_WISH))}))`;
  const laterals = sql`
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${postedIn})::int AS wishes_posted,
             count(*) FILTER (WHERE ${postedIn} AND ${microWishes.claimedAt} <= ${microWishes.postedAt} + interval '7 days')::int AS wishes_claimed_7d,
             count(*) FILTER (WHERE ${claimedIn})::int AS wishes_claimed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${microWishes.claimedAt} - ${microWishes.postedAt}`)} / 24) FILTER (WHERE ${claimedIn}) AS median_days_to_claim,
             count(*) FILTER (WHERE ${fulfilledIn})::int AS wishes_fulfilled
      FROM ${microWishes} WHERE ${allOf(inDivision(sql`${microWishes.communityCode}`), sql`${postedIn} OR ${claimedIn} OR ${fulfilledIn}`, rows.visible(MICRO_WISH))}
    ) mw
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS post_claims FROM ${servicePostClaims} JOIN ${servicePosts} ON ${servicePosts.id} = ${servicePostClaims.postId}
      WHERE ${allOf(inDivision(sql`${servicePosts.communityCode}`), within(sql`${servicePostClaims.claimedAt}`), rows.visible(SERVICE_POST_CLAIM))}
    ) pc
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(${hours(sql`${venueBookings.endsAt} - ${venueBookings.startsAt}`)}), 0)::float AS booked_hours
      FROM ${venueBookings} JOIN ${venues} ON ${venues.id} = ${venueBookings.venueId}
      WHERE ${allOf(inDivision(sql`${venues.communityCode}`), within(sql`${venueBookings.startsAt}`), sql`${venueBookings.status} = 'CONFIRMED'`, rows.visible(VENUE_BOOKING))}
    ) vb
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(${hours(sql`${venues.closesAt} - ${venues.opensAt}`)} * extract(epoch FROM p.t - p.f) / 86400), 0)::float AS open_hours
      FROM ${venues} WHERE ${inDivision(sql`${venues.communityCode}`)}
    ) vo
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT ${deliberations.id})::int AS deliberations_held, count(DISTINCT ${deliberations.id}) FILTER (WHERE ${deliberations.status} = 'RESOLVED')::int AS deliberations_resolved,
             coalesce(array_agg(DISTINCT linked.code) FILTER (WHERE linked.code IS NOT NULL), '{}') AS linked_event_codes
      -- One row per linked code: the counts are of distinct deliberations.
      FROM ${deliberations} LEFT JOIN LATERAL unnest(${deliberations.linkedEventCodes}) AS linked(code) ON true
      WHERE ${allOf(inDivision(sql`${deliberations.communityCode}`), within(sql`${deliberations.heldAt}`), sql`${deliberations.status} IN ('HELD', 'RESOLVED')`, rows.visible(DELIBERATION))}
    ) de
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS in_service, count(*) FILTER (WHERE ${served})::int AS served_here,
             coalesce(array_agg(${partyMembers.idNumber}) FILTER (WHERE NOT ${served}), '{}') AS not_served_here
      FROM ${partyMembers} WHERE ${allOf(inDivision(sql`${partyMembers.communityCode}`), sql`${partyMembers.kind} = 'IN_SERVICE'`, rows.visible(PARTY_MEMBER))}
    ) ms`;
  return perDivisionAndPeriod(rows, prefixes, periods, sql`mw.*, pc.*, vb.*, vo.*, de.*, ms.*`, laterals, (r) => ({
    wishesPosted: numberOf(r, "wishes_posted"),
    wishesClaimedIn7Days: numberOf(r, "wishes_claimed_7d"),
    wishesClaimed: numberOf(r, "wishes_claimed"),
    medianDaysToClaim: numberOrNull(r, "median_days_to_claim"),
    wishesFulfilled: numberOf(r, "wishes_fulfilled"),
    postClaims: numberOf(r, "post_claims"),
    bookedHours: numberOf(r, "booked_hours"),
    openHours: numberOf(r, "open_hours"),
    deliberationsHeld: numberOf(r, "deliberations_held"),
    deliberationsResolved: numberOf(r, "deliberations_resolved"),
    linkedEventCodes: (r.linked_event_codes as string[] | null) ?? [],
    inService: numberOf(r, "in_service"),
    servedHere: numberOf(r, "served_here"),
    notServedHere: ((r.not_served_here as string[] | null) ?? []).map((id) => id.trim()),
  }));
}
