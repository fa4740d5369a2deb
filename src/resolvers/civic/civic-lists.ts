import { Arg, Args, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import { Activity, ActivityCategory, ActivityStatus, Demand, DemandStatus } from "../../schema/civic/activity.js";
import { Volunteer } from "../../schema/civic/volunteer.js";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import type { ActivityRow, DemandRow } from "../../sources/civic/tables.js";
import type { Context } from "../context.js";
import { encodeCursor, idCursor, toConnection } from "../common/connection.js";
import { listPage, scopePrefix } from "../common/list-args.js";
import { toActivity, toDemand, toPracticeSite, toVolunteer, toVolunteerTeam } from "./mappers.js";
import { PracticeSite, SiteLevel, VolunteerTeam } from "../../schema/civic/site.js";
import type { PracticeSiteRow } from "../../sources/civic/tables.js";

const ActivityConnection = Connection(Activity, "Activity", "A page of activities (活动列表).");
const DemandConnection = Connection(Demand, "Demand", "A page of service orders (点单列表).");
const PracticeSiteConnection = Connection(PracticeSite, "PracticeSite", "A page of practice sites (文明实践阵地列表).");
const VolunteerTeamConnection = Connection(VolunteerTeam, "VolunteerTeam", "A page of volunteer teams (志愿服务队列表).");
const VolunteerConnection = Connection(Volunteer, "Volunteer", "A page of volunteers (志愿者列表).");

@InputType({ description: "Which activities to list." })
export class ActivityFilterInput extends DivisionScope {
  @Field(() => [ActivityCategory], { nullable: true, description: "Only these categories." })
  categories?: ActivityRow["category"][] | null;

  @Field(() => [ActivityStatus], { nullable: true, description: "Only these states." })
  statuses?: ActivityRow["status"][] | null;
}

@InputType({ description: "Which service orders to list." })
export class DemandFilterInput extends DivisionScope {
  @Field(() => [ActivityCategory], { nullable: true, description: "Only these service categories." })
  categories?: DemandRow["category"][] | null;

  @Field(() => [DemandStatus], { nullable: true, description: "Only these workflow steps." })
  statuses?: DemandRow["status"][] | null;
}

/** Lists owned by the Civilisation Practice Centre. */
@Resolver()
export class CivicListResolver {
  @Query(() => ActivityConnection, { description: "Civilisation-practice activities, latest start first (文明实践活动)." })
  async activities(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => ActivityFilterInput, { nullable: true, description: "Which activities; all when omitted." }) input: ActivityFilterInput | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(input), categories: input?.categories ?? undefined, statuses: input?.statuses ?? undefined };
    const page = await reads.civic.activities(filter, listPage(first, after, "DESC"));
    return toConnection(page, toActivity, (r) => encodeCursor(r.startsAt, r.id), () => reads.civic.countActivities(filter));
  }

  @Query(() => DemandConnection, { description: "Residents' service orders, newest first (群众点单)." })
  async demands(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DemandFilterInput, { nullable: true, description: "Which service orders; all when omitted." }) input: DemandFilterInput | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(input), categories: input?.categories ?? undefined, statuses: input?.statuses ?? undefined };
    const page = await reads.civic.demands(filter, listPage(first, after, "DESC"));
    return toConnection(page, toDemand, (r) => encodeCursor(r.orderedAt, r.id), () => reads.civic.countDemands(filter));
  }

  @Query(() => VolunteerConnection, { description: "Registered volunteers in a jurisdiction (志愿者)." })
  async volunteers(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.civic.volunteers(filter, listPage(first, after, "ASC"));
    return toConnection(page, toVolunteer, idCursor, () => reads.civic.countVolunteers(filter));
  }

  @Query(() => PracticeSiteConnection, { description: "Civilisation practice sites: centre, institutes and stations (新时代文明实践中心/所/站)." })
  async practiceSites(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null,
    @Arg("level", () => SiteLevel, { nullable: true, description: "Only sites of this level." }) level: PracticeSiteRow["level"] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), level: level ?? undefined };
    const page = await reads.civic.sites(filter, listPage(first, after, "ASC"));
    return toConnection(page, toPracticeSite, idCursor, () => reads.civic.countSites(filter));
  }

  @Query(() => VolunteerTeamConnection, { description: "Volunteer teams in a jurisdiction (志愿服务队)." })
  async volunteerTeams(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.civic.teams(filter, listPage(first, after, "ASC"));
    return toConnection(page, toVolunteerTeam, idCursor, () => reads.civic.countTeams(filter));
  }
}
