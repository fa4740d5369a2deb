import type { Context } from "../context.js";
import { nodeLoader } from "../common/node-type.js";
import { ACTIVITY_NODE, DEMAND_NODE, PRACTICE_SITE_NODE, VOLUNTEER_NODE, VOLUNTEER_TEAM_NODE } from "./node-types.js";

export const activityLoader = (ctx: Context) => nodeLoader(ctx, ACTIVITY_NODE);
export const demandLoader = (ctx: Context) => nodeLoader(ctx, DEMAND_NODE);
export const volunteerLoader = (ctx: Context) => nodeLoader(ctx, VOLUNTEER_NODE);
export const siteLoader = (ctx: Context) => nodeLoader(ctx, PRACTICE_SITE_NODE);
export const teamLoader = (ctx: Context) => nodeLoader(ctx, VOLUNTEER_TEAM_NODE);
