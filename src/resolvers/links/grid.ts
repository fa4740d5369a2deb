import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { Community } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { manyEach } from "../common/loaders.js";
import { EventConnection } from "../governance/event-args.js";
import { toGridWorker } from "../governance/mappers.js";
import { nestedEvents } from "../governance/nested-events.js";
import { toCommunity } from "../registry/mappers.js";
import { divisionLoader } from "../registry/loaders.js";

/** A grid's links: its workers and events (governance) and its community (registry). */
@Resolver(() => Grid)
export class GridResolver {
  @FieldResolver(() => Community, { nullable: true, description: "The community the grid belongs to, from the registry." })
  async community(@Root() grid: Grid, @Ctx() ctx: Context): Promise<Community | null> {
    const row = await divisionLoader(ctx).load(grid.communityCode);
    return row && toCommunity(row);
  }

  @FieldResolver(() => [GridWorker], { description: "Grid workers serving the grid (网格员)." })
  async workers(@Root() grid: Grid, @Ctx() { loaders, reads }: Context): Promise<GridWorker[]> {
    const rows = await loaders.get("workersByGrid", async (codes: readonly string[]) => manyEach(codes, await reads.governance.workersByGrid(codes), (r) => r.gridCode)).load(grid.code);
    return rows.map(toGridWorker);
  }

  @FieldResolver(() => EventConnection, { description: "Events in the grid, newest first by default." })
  async events(
    @Root() grid: Grid,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => EventFilterInput, { nullable: true }) filterInput: EventFilterInput | null,
    @Arg("orderBy", () => EventOrder, { nullable: true }) orderBy: EventOrder | null,
    @Ctx() ctx: Context,
  ) {
    return nestedEvents(ctx, "grid", grid.code, { first, after, filterInput, orderBy });
  }
}
