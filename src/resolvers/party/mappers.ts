import type { RedStationRow, VenueRow } from "../../sources/party/tables.js";
import { RedStation, Venue } from "../../schema/party/facilities.js";
import { toGlobalId } from "../common/global-id.js";

export const toVenue = (row: VenueRow): Venue => Object.assign(new Venue(), row, { id: toGlobalId("Venue", row.id) });
export const toRedStation = (row: RedStationRow, distanceMeters?: number): RedStation =>
  Object.assign(new RedStation(), row, { id: toGlobalId("RedStation", row.id), distanceMeters: distanceMeters ?? null });
import type { PartyMemberRow } from "../../sources/party/tables.js";
import { PartyMember } from "../../schema/party/member.js";

export const toPartyMember = (row: PartyMemberRow): PartyMember =>
  Object.assign(new PartyMember(), row, { id: toGlobalId("PartyMember", row.id), joinedOn: new Date(`${row.joinedOn}T00:00:00+08:00`) });
