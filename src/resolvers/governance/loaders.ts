import type { Context } from "../context.js";
import { oneEach } from "../common/loaders.js";
import type { Projection } from "../../sources/common/select.js";
import type { grids } from "../../sources/governance/tables.js";
import type { GridSlice } from "./event-columns.js";

/** Grids by code, read with `projection` (and so with the links it embeds) when given. */
export const gridLoader = ({ loaders, reads }: Context, projection?: Projection<typeof grids, GridSlice>) =>
  loaders.get(`gridByCode:${projection?.id ?? ""}`, async (codes: readonly string[]) => oneEach(codes, await reads.governance.gridsByCode(codes, projection), (r) => r.code));

export const workerLoader = ({ loaders, reads }: Context) =>
  loaders.get("workerById", async (ids: readonly number[]) => oneEach(ids, await reads.governance.workersById(ids), (r) => r.id));

export const eventLoader = ({ loaders, reads }: Context) =>
  loaders.get("eventById", async (ids: readonly number[]) => oneEach(ids, await reads.governance.eventsById(ids), (r) => r.id));
