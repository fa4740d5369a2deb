import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root, Info } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import { EventFilterInput, EventOrder, RiskAssessment } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { RedStation, Venue } from "../../schema/party/facilities.js";
import { Community, Division } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { firstRowsOf, oneEach, perParentLoader, rowsOf } from "../common/loaders.js";
import { toActivity, toDemand, toPracticeSite, toVolunteer } from "../civic/mappers.js";
import { Volunteer } from "../../schema/civic/volunteer.js";
import { EventConnection } from "../governance/event-args.js";
import { nestedEvents } from "../governance/nested-events.js";
import { GRID_COLUMNS } from "../governance/event-columns.js";
import { columnsFor, Selection } from "../common/selection.js";
import { toGrid, toGridWorker, toRiskAssessment } from "../governance/mappers.js";
import { toDeliberation, toMicroWish, toOrganization, toPartyMember, toRedStation, toVenue } from "../party/mappers.js";
import { Deliberation, PartyOrganization } from "../../schema/party/organization.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import { PracticeSite } from "../../schema/civic/site.js";
import { PartyMember } from "../../schema/party/member.js";
import { toDivision } from "../registry/mappers.js";
import { divisionLoader } from "../registry/loaders.js";


/** The cross-source joins of a community: each list comes from the source that owns it, batched across communities. */
@Resolver(() => Community)
export class CommunityResolver {
  @FieldResolver(() => Division, { nullable: true, description: "The street (街道) the community belongs to." })
  async street(@Root() community: Community, @Ctx() ctx: Context): Promise<Division | null> {
    if (!community.parentCode) return null;
    const row = await divisionLoader(ctx).load(community.parentCode);
    return row && toDivision(row);
  }

  @FieldResolver(() => [Grid], { nullable: true, description: "Grids of the community (网格), from the governance centre." })
  async grids(@Root() community: Community, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Grid[]> {
    const projection = columnsFor(GRID_COLUMNS, Selection.of(info), ctx);
    const read = (codes: readonly string[]) => ctx.reads.governance.gridsByCommunity(codes, projection);
    return rowsOf(ctx.loaders, `gridsByCommunity:${projection.id}`, community.code, read, (r) => r.communityCode, toGrid);
  }

  @FieldResolver(() => [GridWorker], { nullable: true, description: "Grid workers of all the community's grids (网格员), from the governance centre." })
  async gridWorkers(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<GridWorker[]> {
    const gridRows = (codes: readonly string[]) => reads.governance.gridsByCommunity(codes);
    const grids = await rowsOf(loaders, "gridsByCommunity", community.code, gridRows, (r) => r.communityCode, (r) => r.code);
    const workerRows = (codes: readonly string[]) => reads.governance.workersByGrid(codes);
    const perGrid = await Promise.all(grids.map((code) => rowsOf(loaders, "workersByGrid", code, workerRows, (r) => r.gridCode, toGridWorker)));
    return perGrid.flat();
  }

  @FieldResolver(() => EventConnection, { nullable: true, description: "Governance events in the community (事件), newest first by default." })
  async events(
    @Root() community: Community,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => EventFilterInput, { nullable: true, description: "Which events; all when omitted." }) filterInput: EventFilterInput | null,
    @Arg("orderBy", () => EventOrder, { nullable: true, description: "Sort order; newest report first when omitted." }) orderBy: EventOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return nestedEvents(ctx, info, "community", community.code, { first, after, filter: filterInput, orderBy });
  }

  @FieldResolver(() => [RiskAssessment], { nullable: true, description: "Risk assessments of the community (风险评估), oldest first." })
  async riskAssessments(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<RiskAssessment[]> {
    return rowsOf(loaders, "risksByCommunity", community.code, (codes: readonly string[]) => reads.governance.risksByCommunity(codes), (r) => r.communityCode, toRiskAssessment);
  }

  @FieldResolver(() => [Venue], { nullable: true, description: "Bookable rooms of the party-mass service complex, from the party centre." })
  async venues(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<Venue[]> {
    return rowsOf(loaders, "venuesByCommunity", community.code, (codes: readonly string[]) => reads.party.venuesByCommunity(codes), (r) => r.communityCode, toVenue);
  }

  @FieldResolver(() => [RedStation], { nullable: true, description: "Red stations (红色驿站) in the community, from the party centre." })
  async redStations(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<RedStation[]> {
    return rowsOf(loaders, "redStationsByCommunity", community.code, (codes: readonly string[]) => reads.party.redStationsByCommunity(codes), (r) => r.communityCode, (r) => toRedStation(r));
  }

  @FieldResolver(() => Int, { nullable: true, description: "Number of party members attached to the community (党员数), from the party centre." })
  async partyMemberCount(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<number> {
    return perParentLoader(loaders, "memberCountByCommunity", null, (codes: readonly string[]) => reads.party.countMembersByCommunity(codes), 0).load(community.code);
  }

  @FieldResolver(() => [PartyMember], { nullable: true, description: "Party members attached to the community (党员), in registration order, from the party centre." })
  async partyMembers(@Root() community: Community, @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<PartyMember[]> {
    return firstRowsOf(loaders, "membersByCommunity", community.code, { first, direction: "ASC" }, (codes, page) => reads.party.membersByCommunity(codes, page), toPartyMember);
  }

  @FieldResolver(() => [PartyOrganization], { nullable: true, description: "The community's party organisations (社区党委, 网格党支部, 楼栋党小组…), from the party centre." })
  async partyOrganizations(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<PartyOrganization[]> {
    return rowsOf(loaders, "orgsByCommunity", community.code, (codes: readonly string[]) => reads.party.organizationsByCommunity(codes), (r) => r.communityCode, toOrganization);
  }

  @FieldResolver(() => [Deliberation], { nullable: true, description: "Deliberations held in the community (议事协商), oldest first, from the party centre." })
  async deliberations(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<Deliberation[]> {
    return rowsOf(loaders, "deliberationsByCommunity", community.code, (codes: readonly string[]) => reads.party.deliberationsByCommunity(codes), (r) => r.communityCode, toDeliberation);
  }

  @FieldResolver(() => [MicroWish], { nullable: true, description: "Latest micro-wishes (微心愿) from the community, from the party centre." })
  async microWishes(@Root() community: Community, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<MicroWish[]> {
    return firstRowsOf(loaders, "wishesByCommunity", community.code, { first, direction: "DESC" }, (codes, page) => reads.party.microWishesByCommunity(codes, page), toMicroWish);
  }

  @FieldResolver(() => PracticeSite, { nullable: true, description: "The community's civilisation practice station (新时代文明实践站), from the civic centre." })
  async practiceStation(@Root() community: Community, @Ctx() { loaders, reads }: Context): Promise<PracticeSite | null> {
    const row = await loaders.get("stationByCommunity", async (codes: readonly string[]) => oneEach(codes, await reads.civic.stationsByCommunity(codes), (r) => r.divisionCode)).load(community.code);
    return row && toPracticeSite(row);
  }

  @FieldResolver(() => [Volunteer], { nullable: true, description: "Volunteers living in the community (志愿者), in registration order, from the civic centre." })
  async volunteers(@Root() community: Community, @Arg("first", () => Int, { defaultValue: 20, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<Volunteer[]> {
    return firstRowsOf(loaders, "volunteersByCommunity", community.code, { first, direction: "ASC" }, (codes, page) => reads.civic.volunteersByCommunity(codes, page), toVolunteer);
  }

  @FieldResolver(() => [Activity], { nullable: true, description: "Latest civilisation-practice activities for the community, from the civic centre." })
  async activities(@Root() community: Community, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<Activity[]> {
    return firstRowsOf(loaders, "activitiesByCommunity", community.code, { first, direction: "DESC" }, (codes, page) => reads.civic.activitiesByCommunity(codes, page), toActivity);
  }

  @FieldResolver(() => [Demand], { nullable: true, description: "Latest service orders (点单) from the community, from the civic centre." })
  async demands(@Root() community: Community, @Arg("first", () => Int, { defaultValue: 10, description: "How many (1–100)." }) first: number, @Ctx() { loaders, reads }: Context): Promise<Demand[]> {
    return firstRowsOf(loaders, "demandsByCommunity", community.code, { first, direction: "DESC" }, (codes, page) => reads.civic.demandsByCommunity(codes, page), toDemand);
  }
}
