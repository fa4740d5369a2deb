import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";
import { nodeLoader } from "../common/node-type.js";
import { EVENT_NODE, GRID_WORKER_NODE } from "./node-types.js";
import type { Projection } from "../../sources/common/select.js";
import type { grids } from "../../sources/governance/tables.js";
import type { GridSlice } from "./event-columns.js";

/** Grids by code, read with `projection` (and so with the links it embeds) when given. */
export const gridLoader = ({ loaders, reads }: Context, projection?: Projection<typeof grids, GridSlice>) =>
  loaders.get(`gridByCode:${projection?.id ?? ""}`, async (codes: readonly string[]) => oneEach(codes, await reads.governance.gridsByCode(codes, projection), (r) => r.code));

export const workerLoader = (ctx: Context) => nodeLoader(ctx, GRID_WORKER_NODE);

export const eventLoader = (ctx: Context) => nodeLoader(ctx, EVENT_NODE);
