import type { SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { visibleRows } from "../common/entity.js";
import { DELIBERATION, MICRO_WISH, PARTY_MEMBER, PARTY_ORGANIZATION, SERVICE_POST, VENUE_BOOKING } from "./entities.js";

/** The party rows a scope sees, per table, from the entities' descriptions; `undefined` means every row (venues, red stations). */
export interface PartyVisibility {
  partyMembers: SQL | undefined;
  partyOrganizations: SQL | undefined;
  servicePosts: SQL | undefined;
  microWishes: SQL | undefined;
  venueBookings: SQL | undefined;
  deliberations: SQL | undefined;
}

export function partyVisibility(scope: RowScope): PartyVisibility {
  return {
    partyMembers: visibleRows(PARTY_MEMBER, scope),
    partyOrganizations: visibleRows(PARTY_ORGANIZATION, scope),
    servicePosts: visibleRows(SERVICE_POST, scope),
    microWishes: visibleRows(MICRO_WISH, scope),
    venueBookings: visibleRows(VENUE_BOOKING, scope),
    deliberations: visibleRows(DELIBERATION, scope),
  };
}
