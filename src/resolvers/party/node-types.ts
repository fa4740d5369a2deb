import { DELIBERATION, MICRO_WISH, PARTY_MEMBER, PARTY_ORGANIZATION, RED_STATION, SERVICE_POST, VENUE, VENUE_BOOKING } from "../../sources/party/entities.js";
import { nodeType } from "../common/node-type.js";
import { toDeliberation, toMicroWish, toOrganization, toPartyMember, toRedStation, toServicePost, toVenue, toVenueBooking } from "./mappers.js";

/** The party centre's node types. */
export const PARTY_MEMBER_NODE = nodeType({ entity: PARTY_MEMBER, toNode: toPartyMember });
export const PARTY_ORGANIZATION_NODE = nodeType({ entity: PARTY_ORGANIZATION, toNode: toOrganization });
export const SERVICE_POST_NODE = nodeType({ entity: SERVICE_POST, toNode: toServicePost });
export const MICRO_WISH_NODE = nodeType({ entity: MICRO_WISH, toNode: toMicroWish });
export const VENUE_NODE = nodeType({ entity: VENUE, toNode: toVenue });
export const VENUE_BOOKING_NODE = nodeType({ entity: VENUE_BOOKING, toNode: toVenueBooking });
export const RED_STATION_NODE = nodeType({ entity: RED_STATION, toNode: (row) => toRedStation(row) });
export const DELIBERATION_NODE = nodeType({ entity: DELIBERATION, toNode: toDeliberation });
