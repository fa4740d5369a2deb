import type { Context } from "../context.js";
import { gridLoader } from "../governance/loaders.js";
import { divisionLoader } from "../registry/loaders.js";
import { badInput } from "./input-validation.js";

// Communities live in the registry and grids in the governance centre: a write elsewhere
// checks them there first, so it never stores a code that points nowhere.

/** Refuses a community code the registry does not know. */
export async function requireCommunity(ctx: Context, code: string, field = "input.communityCode"): Promise<void> {
  const community = await divisionLoader(ctx).load(code);
  if (community?.level !== "COMMUNITY") throw badInput(field, `Community ${code} does not exist`);
}

/** Refuses a community or (optional) grid code that does not exist; both are looked up at once. */
export async function requirePlace(ctx: Context, place: { communityCode: string; gridCode?: string | null }): Promise<void> {
  const [, grid] = await Promise.all([requireCommunity(ctx, place.communityCode), place.gridCode ? gridLoader(ctx).load(place.gridCode) : null]);
  if (place.gridCode && !grid) throw badInput("input.gridCode", `Grid ${place.gridCode} does not exist`);
  if (grid && grid.communityCode !== place.communityCode) throw badInput("input.gridCode", `Grid ${grid.code} is not in community ${place.communityCode}`);
}
