import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";
import { nodeLoader } from "../common/node-type.js";
import { PARTY_MEMBER_NODE, VENUE_NODE } from "./node-types.js";

export const memberLoader = (ctx: Context) => nodeLoader(ctx, PARTY_MEMBER_NODE);

export const venueLoader = (ctx: Context) => nodeLoader(ctx, VENUE_NODE);

// Named as the eventByCode query names its loader, so one request shares it.

/** Governance events by their readable code, as deliberations store their links. */
export const eventByCodeLoader = ({ loaders, reads }: Context) =>
  loaders.get("eventByCode", async (codes: readonly string[]) => oneEach(codes, await reads.governance.eventsByCode(codes), (r) => r.code));
