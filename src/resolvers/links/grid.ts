import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root, Info } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { Community } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { firstRowsOf, rowsOf } from "../common/loaders.js";
import { Demand } from "../../schema/civic/activity.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import { PartyMember } from "../../schema/party/member.js";
import { PartyOrganization } from "../../schema/party/organization.js";
import { toDemand } from "../civic/mappers.js";
import { toMicroWish, toOrganization, toPartyMember } from "../party/mappers.js";
import { EventConnection } from "../governance/event-args.js";
import { toGridWorker } from "../governance/mappers.js";
import { nestedEvents } from "../governance/nested-events.js";
import { GRID_COLUMNS } from "../governance/event-columns.js";
import { embeddedValue } from "../common/selection.js";
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
  async workers(@Root() grid: Grid, @Ctx() { loaders, reads }: Context, @Info() info: GraphQLResolveInfo): Promise<GridWorker[]> {
    const embedded = embeddedValue(GRID_COLUMNS, "workers", grid, info);
    if (embedded) return embedded.map(toGridWorker);
    return rowsOf(loaders, "workersByGrid", grid.code, (codes: readonly string[]) => reads.governance.workersByGrid(codes), (r) => r.gridCode, toGridWorker);
  }

  @FieldResolver(() => EventConnection, { description: "Events in the grid, newest first by default." })
  async events(
    @Root() grid: Grid,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => EventFilterInput, { nullable: true, description: "Which events; all when omitted." }) filterInput: EventFilterInput | null,
    @Arg("orderBy", () => EventOrder, { nullable: true, description: "Sort order; newest report first when omitted." }) orderBy: EventOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedEvents(ctx, info, "grid", grid.code, { first, after, filter: filterInput, orderBy }, embeddedValue(GRID_COLUMNS, "events", grid, info));
  }

  @FieldResolver(() => [PartyOrganization], { nullable: true, description: "Party organisations covering the grid (网格党支部, 楼栋党小组), from the party centre." })
  async partyOrganizations(@Root() grid: Grid, @Ctx() { loaders, reads }: Context): Promise<PartyOrganization[]> {
    return rowsOf(loaders, "orgsByGrid", grid.code, (codes: readonly string[]) => reads.party.organizationsByGrid(codes), (r) => r.gridCode ?? "", toOrganization);
  }

  @FieldResolver(() => [PartyMember], { nullable: true, description: "Party members assigned to the grid (党员进网入格), from the party centre." })
  async partyMembers(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<PartyMember[]> {
    return firstRowsOf(loaders, "membersByGrid", grid.code, { first, direction: "ASC" }, (codes, page) => reads.party.membersByGrid(codes, page), toPartyMember);
  }

  @FieldResolver(() => [MicroWish], { nullable: true, description: "Latest micro-wishes from the grid, from the party centre." })
  async microWishes(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<MicroWish[]> {
    return firstRowsOf(loaders, "wishesByGrid", grid.code, { first, direction: "DESC" }, (codes, page) => reads.party.microWishesByGrid(codes, page), toMicroWish);
  }

  @FieldResolver(() => [Demand], { nullable: true, description: "Latest service orders (点单) from the grid, from the civic centre." })
  async demands(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<Demand[]> {
    return firstRowsOf(loaders, "demandsByGrid", grid.code, { first, direction: "DESC" }, (codes, page) => reads.civic.demandsByGrid(codes, page), toDemand);
  }
}

