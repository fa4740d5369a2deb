import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";

// Named as node(id)'s lookups and the eventByCode query name theirs, so one request shares each loader.

export const memberLoader = ({ loaders, reads }: Context) =>
  loaders.get("PartyMemberById", async (ids: readonly number[]) => oneEach(ids, await reads.party.byId("partyMembers", ids), (r) => r.id));

export const venueLoader = ({ loaders, reads }: Context) =>
  loaders.get("VenueById", async (ids: readonly number[]) => oneEach(ids, await reads.party.byId("venues", ids), (r) => r.id));

/** Governance events by their readable code, as deliberations store their links. */
export const eventByCodeLoader = ({ loaders, reads }: Context) =>
  loaders.get("eventByCode", async (codes: readonly string[]) => oneEach(codes, await reads.governance.eventsByCode(codes), (r) => r.code));
