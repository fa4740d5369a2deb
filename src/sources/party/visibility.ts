import { eq, sql, type SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { atPlaces, visibleIf } from "../common/visibility.js";
import { deliberations, microWishes, partyMembers, partyOrganizations, servicePosts, venueBookings, venues } from "./tables.js";

/**
 * The party rows a scope sees, per table; `undefined` means every row. Venues and red
 * stations are public, and so are deliberations once resolved (议事结果).
 */
export interface PartyVisibility {
  partyMembers: SQL | undefined;
  partyOrganizations: SQL | undefined;
  servicePosts: SQL | undefined;
  microWishes: SQL | undefined;
  venueBookings: SQL | undefined;
  deliberations: SQL | undefined;
}

export function partyVisibility(scope: RowScope): PartyVisibility {
  if (scope.everything) {
    return { partyMembers: undefined, partyOrganizations: undefined, servicePosts: undefined, microWishes: undefined, venueBookings: undefined, deliberations: undefined };
  }
  const { places, owner } = scope;
  const ownRows = (column: typeof microWishes.ownerSubject | typeof venueBookings.ownerSubject) => (owner === null ? undefined : eq(column, owner));
  const venuesHere = atPlaces(places.VENUE_BOOKINGS, venues.communityCode, null);
  return {
    partyMembers: visibleIf(atPlaces(places.PARTY_MEMBERS, partyMembers.communityCode, partyMembers.gridCode)),
    partyOrganizations: visibleIf(atPlaces(places.PARTY_ORGANIZATIONS, partyOrganizations.communityCode, partyOrganizations.gridCode)),
    servicePosts: visibleIf(atPlaces(places.SERVICE_POSTS, servicePosts.communityCode, null)),
    microWishes: visibleIf(atPlaces(places.MICRO_WISHES, microWishes.communityCode, microWishes.gridCode), ownRows(microWishes.ownerSubject)),
    venueBookings: visibleIf(
      venuesHere && sql`${venueBookings.venueId} IN (SELECT ${venues.id} FROM ${venues} WHERE ${venuesHere})`,
      ownRows(venueBookings.ownerSubject),
    ),
    deliberations: visibleIf(eq(deliberations.status, "RESOLVED"), atPlaces(places.DELIBERATIONS, deliberations.communityCode, null)),
  };
}
