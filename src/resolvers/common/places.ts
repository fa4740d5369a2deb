import type { Dataset } from "../../auth/row-scope.js";
import type { Context } from "../context.js";
import { gridLoader } from "../governance/loaders.js";
import { divisionLoader } from "../registry/loaders.js";
import { badInput } from "./input-validation.js";
import { requireOwnPlace } from "./write-access.js";

// Communities live in the registry and grids in the governance centre: a write elsewhere
// checks them there first, so it never stores a code that points nowhere. A new row of
// `dataset` must also lie in the caller's places (see requireOwnPlace).

async function communityExists(ctx: Context, code: string): Promise<void> {
  const community = await divisionLoader(ctx).load(code);
  if (community?.level !== "COMMUNITY") throw badInput("input.communityCode", `Community ${code} does not exist`);
}

/** The community a new row of `dataset` is written in: inside the caller's places, and known to the registry. */
export async function requireCommunity(ctx: Context, dataset: Dataset, code: string): Promise<void> {
  requireOwnPlace(ctx, dataset, code, "input.communityCode");
  await communityExists(ctx, code);
}

/** The community and (optional) grid a new row of `dataset` is written in: inside the caller's places, and existing; both are looked up at once. */
export async function requirePlace(ctx: Context, dataset: Dataset, place: { communityCode: string; gridCode?: string | null }): Promise<void> {
  requireOwnPlace(ctx, dataset, place.gridCode ?? place.communityCode, place.gridCode ? "input.gridCode" : "input.communityCode");
  const [, grid] = await Promise.all([communityExists(ctx, place.communityCode), place.gridCode ? gridLoader(ctx).load(place.gridCode) : null]);
  if (place.gridCode && !grid) throw badInput("input.gridCode", `Grid ${place.gridCode} does not exist`);
  if (grid && grid.communityCode !== place.communityCode) throw badInput("input.gridCode", `Grid ${grid.code} is not in community ${place.communityCode}`);
}
