import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { Community } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { emptyPage } from "../../sources/common/keyset.js";
import { manyEach, perParentLoader } from "../common/loaders.js";
import { pageSize } from "../common/cursor.js";
import { Demand } from "../../schema/civic/activity.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import { PartyMember } from "../../schema/party/member.js";
import { PartyOrganization } from "../../schema/party/organization.js";
import { toDemand } from "../civic/mappers.js";
import { toMicroWish, toOrganization, toPartyMember } from "../party/mappers.js";
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

  @FieldResolver(() => [PartyOrganization], { nullable: true, description: "Party organisations covering the grid (网格党支部, 楼栋党小组), from the party centre." })
  async partyOrganizations(@Root() grid: Grid, @Ctx() { loaders, reads }: Context): Promise<PartyOrganization[]> {
    const rows = await loaders.get("orgsByGrid", async (codes: readonly string[]) => manyEach(codes, await reads.party.organizationsByGrid(codes), (r) => r.gridCode ?? "")).load(grid.code);
    return rows.map(toOrganization);
  }

  @FieldResolver(() => [PartyMember], { nullable: true, description: "Party members assigned to the grid (党员进网入格), from the party centre." })
  async partyMembers(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<PartyMember[]> {
    const page = { first: pageSize(first), direction: "ASC" as const };
    const loader = perParentLoader(loaders, "membersByGrid", page, (codes: readonly string[]) => reads.party.membersByGrid(codes, page), emptyPage);
    return (await loader.load(grid.code)).rows.map(toPartyMember);
  }

  @FieldResolver(() => [MicroWish], { nullable: true, description: "Latest micro-wishes from the grid, from the party centre." })
  async microWishes(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<MicroWish[]> {
    const page = { first: pageSize(first), direction: "DESC" as const };
    const loader = perParentLoader(loaders, "wishesByGrid", page, (codes: readonly string[]) => reads.party.microWishesByGrid(codes, page), emptyPage);
    return (await loader.load(grid.code)).rows.map(toMicroWish);
  }

  @FieldResolver(() => [Demand], { nullable: true, description: "Latest service orders (点单) from the grid, from the civic centre." })
  async demands(@Root() grid: Grid, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<Demand[]> {
    const page = { first: pageSize(first), direction: "DESC" as const };
    const loader = perParentLoader(loaders, "demandsByGrid", page, (codes: readonly string[]) => reads.civic.demandsByGrid(codes, page), emptyPage);
    return (await loader.load(grid.code)).rows.map(toDemand);
  }
}

