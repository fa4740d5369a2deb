import type { RedStationRow, VenueRow } from "../../sources/party/tables.js";
import { DELIBERATION, MICRO_WISH, PARTY_MEMBER, PARTY_ORGANIZATION, RED_STATION, SERVICE_POST, VENUE, VENUE_BOOKING } from "../../sources/party/entities.js";
import { RedStation, Venue } from "../../schema/party/facilities.js";
import { toGlobalId } from "../common/global-id.js";

export const toVenue = (row: VenueRow): Venue => Object.assign(new Venue(), row, { id: toGlobalId(VENUE.name, row.id), rowId: row.id });
export const toRedStation = (row: RedStationRow, distanceMeters?: number): RedStation =>
  Object.assign(new RedStation(), row, { id: toGlobalId(RED_STATION.name, row.id), distanceMeters: distanceMeters ?? null });
import type { PartyMemberRow } from "../../sources/party/tables.js";
import { PartyMember } from "../../schema/party/member.js";

export const toPartyMember = (row: PartyMemberRow): PartyMember =>
  Object.assign(new PartyMember(), row, { id: toGlobalId(PARTY_MEMBER.name, row.id), joinedOn: new Date(`${row.joinedOn}T00:00:00+08:00`) });

import type { MicroWishRow } from "../../sources/party/tables.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import type { NeedStateValue } from "../../schema/common/resident-need.js";

const WISH_STATE: Record<MicroWishRow["status"], NeedStateValue> = { OPEN: "OPEN", CLAIMED: "IN_PROGRESS", FULFILLED: "MET" };

export const toMicroWish = (row: MicroWishRow): MicroWish =>
  Object.assign(new MicroWish(), row, { id: toGlobalId(MICRO_WISH.name, row.id), source: "PARTY" as const, requestedAt: row.postedAt, needState: WISH_STATE[row.status] });
import type { DeliberationRow, PartyOrganizationRow } from "../../sources/party/tables.js";
import { Deliberation, PartyOrganization } from "../../schema/party/organization.js";

export const toOrganization = (row: PartyOrganizationRow): PartyOrganization =>
  Object.assign(new PartyOrganization(), row, { id: toGlobalId(PARTY_ORGANIZATION.name, row.id), rowId: row.id });
export const toDeliberation = (row: DeliberationRow): Deliberation => Object.assign(new Deliberation(), row, { id: toGlobalId(DELIBERATION.name, row.id) });

import type { ServicePostClaimRow, ServicePostRow, VenueBookingRow } from "../../sources/party/tables.js";
import { VenueBooking } from "../../schema/party/booking.js";
import { ServicePost, ServicePostClaim } from "../../schema/party/service-post.js";

export const toVenueBooking = (row: VenueBookingRow): VenueBooking => Object.assign(new VenueBooking(), row, { id: toGlobalId(VENUE_BOOKING.name, row.id) });
export const toServicePost = (row: ServicePostRow): ServicePost => Object.assign(new ServicePost(), row, { id: toGlobalId(SERVICE_POST.name, row.id), rowId: row.id });
export const toServicePostClaim = (row: ServicePostClaimRow): ServicePostClaim => Object.assign(new ServicePostClaim(), { claimedAt: row.claimedAt, memberId: row.memberId });
