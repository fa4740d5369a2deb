import { eq } from "drizzle-orm";
import { entity } from "../common/entity.js";
import {
  deliberations,
  jointMeetings,
  microWishes,
  partyMembers,
  partyOrganizations,
  propertyCompanies,
  propertyRatings,
  redStations,
  residentialCompounds,
  servicePostClaims,
  servicePosts,
  venueBookings,
  venues,
} from "./tables.js";

/** The Party-mass Service Centre's (党群服务中心) entities. */

export const PARTY_ORGANIZATION = entity({
  name: "PartyOrganization",
  table: partyOrganizations,
  key: partyOrganizations.id,
  place: { community: partyOrganizations.communityCode, grid: partyOrganizations.gridCode },
  visibility: { dataset: "PARTY_ORGANIZATIONS" },
});

export const PARTY_MEMBER = entity({
  name: "PartyMember",
  table: partyMembers,
  key: partyMembers.id,
  place: { community: partyMembers.communityCode, grid: partyMembers.gridCode },
  visibility: { dataset: "PARTY_MEMBERS" },
});

export const SERVICE_POST = entity({ name: "ServicePost", table: servicePosts, key: servicePosts.id, place: { community: servicePosts.communityCode, grid: null }, visibility: { dataset: "SERVICE_POSTS" }, live: true });

export const MICRO_WISH = entity({
  name: "MicroWish",
  table: microWishes,
  key: microWishes.id,
  place: { community: microWishes.communityCode, grid: microWishes.gridCode },
  visibility: { dataset: "MICRO_WISHES", owner: microWishes.ownerSubject },
  live: true,
});

export const VENUE = entity({ name: "Venue", table: venues, key: venues.id, place: { community: venues.communityCode, grid: null }, visibility: { everyone: true } });

/** A booking is where its venue is. */
export const VENUE_BOOKING = entity({
  name: "VenueBooking",
  table: venueBookings,
  key: venueBookings.id,
  place: null,
  visibility: { dataset: "VENUE_BOOKINGS", placeOf: { key: venueBookings.venueId, parent: VENUE }, owner: venueBookings.ownerSubject },
  live: true,
});

export const RED_STATION = entity({ name: "RedStation", table: redStations, key: redStations.id, place: { community: redStations.communityCode, grid: null }, visibility: { everyone: true } });

/** Resolved deliberations (议事结果) are public. */
export const DELIBERATION = entity({
  name: "Deliberation",
  table: deliberations,
  key: deliberations.id,
  place: { community: deliberations.communityCode, grid: null },
  visibility: { dataset: "DELIBERATIONS", public: eq(deliberations.status, "RESOLVED") },
  live: true,
});

/** A post's claims: seen with their post. */
export const SERVICE_POST_CLAIM = entity({ name: "ServicePostClaim", table: servicePostClaims, key: servicePostClaims.id, place: null, visibility: { withParent: { key: servicePostClaims.postId, parent: SERVICE_POST } } });

// 红色物业: property companies and the compounds they manage are public; ratings and 三方联动
// meetings are community consultation (the DELIBERATIONS data set), a meeting's record public once held.

export const PROPERTY_COMPANY = entity({ name: "PropertyCompany", table: propertyCompanies, key: propertyCompanies.id, place: { community: propertyCompanies.streetCode, grid: null }, visibility: { everyone: true } });

export const RESIDENTIAL_COMPOUND = entity({
  name: "ResidentialCompound",
  table: residentialCompounds,
  key: residentialCompounds.id,
  place: { community: residentialCompounds.communityCode, grid: residentialCompounds.gridCode },
  visibility: { everyone: true },
});

/** A rating is where its compound is; its resident sees their own. */
export const PROPERTY_RATING = entity({
  name: "PropertyRating",
  table: propertyRatings,
  key: propertyRatings.id,
  place: null,
  visibility: { dataset: "DELIBERATIONS", placeOf: { key: propertyRatings.compoundId, parent: RESIDENTIAL_COMPOUND }, owner: propertyRatings.ownerSubject },
});

export const JOINT_MEETING = entity({
  name: "JointMeeting",
  table: jointMeetings,
  key: jointMeetings.id,
  place: { community: jointMeetings.communityCode, grid: null },
  visibility: { dataset: "DELIBERATIONS", public: eq(jointMeetings.status, "HELD") },
  live: true,
});
