import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { Community } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { toConnection } from "../common/connection.js";
import { manyEach, oneEach } from "../common/loaders.js";
import { EventConnection, eventFilter, eventOrder, eventPage } from "../governance/event-args.js";
import { eventCursor } from "../governance/event-resolver.js";
import { toEvent, toGridWorker } from "../governance/mappers.js";
import { toCommunity } from "../registry/mappers.js";

const key = (name: string, args: unknown) => `${name}:${JSON.stringify(args)}`;

/** A grid's links: its workers and events (governance) and its community (registry). */
@Resolver(() => Grid)
export class GridResolver {
  @FieldResolver(() => Community, { nullable: true, description: "The community the grid belongs to, from the registry." })
  async community(@Root() grid: Grid, @Ctx() { loaders, reads }: Context): Promise<Community | null> {
    const row = await loaders.get("divisionByCode", async (codes: readonly string[]) => oneEach(codes, await reads.registry.divisionsByCode(codes), (r) => r.code)).load(grid.communityCode);
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
    @Ctx() { loaders, reads }: Context,
  ) {
    const filter = eventFilter(filterInput);
    const { sort, direction } = eventOrder(orderBy);
    const page = eventPage(first, after, direction);
    const pages = loaders.get(key("eventsByGrid", { filter, sort, page }), async (codes: readonly string[]) => {
      const byGrid = await reads.governance.eventsByGrid(codes, filter, sort, page);
      return codes.map((c) => byGrid.get(c)!);
    });
    const counts = loaders.get(key("countEventsByGrid", filter), async (codes: readonly string[]) => {
      const byGrid = await reads.governance.countEventsByGrid(codes, filter);
      return codes.map((c) => byGrid.get(c) ?? 0);
    });
    return toConnection(await pages.load(grid.code), toEvent, eventCursor(sort), () => counts.load(grid.code));
  }
}
