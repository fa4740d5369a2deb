import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { Activity, ActivityAction, Demand, DemandAction } from "../../schema/civic/activity.js";
import { Enrolment } from "../../schema/civic/enrolment.js";
import { PracticeSite, VolunteerTeam } from "../../schema/civic/site.js";
import { Volunteer } from "../../schema/civic/volunteer.js";
import { activityLifecycle, demandLifecycle, type ActivityAction as ActivityActionValue, type DemandAction as DemandActionValue } from "../../sources/civic/lifecycles.js";
import type { Context } from "../context.js";
import { perParentLoader, rowsOf } from "../common/loaders.js";
import { notFound } from "../common/errors.js";
import { activityLoader, siteLoader, teamLoader, volunteerLoader } from "./loaders.js";
import { toActivity, toEnrolment, toPracticeSite, toVolunteer, toVolunteerTeam } from "./mappers.js";

/** A demand's workflow links: who it went to and what may happen next. */
@Resolver(() => Demand)
export class DemandResolver {
  @FieldResolver(() => [DemandAction], { description: "Workflow steps allowed from the current state (可执行操作)." })
  allowedActions(@Root() demand: Demand): DemandActionValue[] {
    return demandLifecycle.allowed(demand.status);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "The volunteer team it was dispatched to (派单队伍), once dispatched." })
  async dispatchedTeam(@Root() demand: Demand, @Ctx() ctx: Context): Promise<VolunteerTeam | null> {
    if (demand.dispatchedTeamId == null) return null;
    const row = await teamLoader(ctx).load(demand.dispatchedTeamId);
    return row && toVolunteerTeam(row);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "The volunteer who accepted it (接单志愿者), once accepted." })
  async acceptedVolunteer(@Root() demand: Demand, @Ctx() ctx: Context): Promise<Volunteer | null> {
    if (demand.acceptedVolunteerId == null) return null;
    const row = await volunteerLoader(ctx).load(demand.acceptedVolunteerId);
    return row && toVolunteer(row);
  }
}

/** An activity's enrolments, seats taken, site and team. */
@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => [Enrolment], { description: "Every enrolment (报名), in enrolment order; at most the capacity." })
  enrolments(@Root() activity: Activity, @Ctx() { loaders, reads }: Context): Promise<Enrolment[]> {
    return rowsOf(loaders, "activityEnrolments", activity.rowId, (ids: readonly number[]) => reads.civic.enrolmentsByActivity(ids), (r) => r.activityId, toEnrolment);
  }

  @FieldResolver(() => Int, { description: "Seats taken (已报名人数)." })
  enrolledCount(@Root() activity: Activity, @Ctx() { loaders, reads }: Context): Promise<number> {
    return perParentLoader(loaders, "activityEnrolledCount", null, (ids: readonly number[]) => reads.civic.enrolmentCountsByActivity(ids), 0).load(activity.rowId);
  }

  @FieldResolver(() => [ActivityAction], { description: "Closing steps allowed from the current state (可执行操作)." })
  allowedActions(@Root() activity: Activity): ActivityActionValue[] {
    return activityLifecycle.allowed(activity.status);
  }

  @FieldResolver(() => PracticeSite, { description: "The practice site holding it (举办阵地)." })
  async site(@Root() activity: Activity, @Ctx() ctx: Context): Promise<PracticeSite> {
    const row = await siteLoader(ctx).load(activity.siteId);
    if (!row) throw notFound(`Practice site ${activity.siteId}`);
    return toPracticeSite(row);
  }

  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "The volunteer team running it, if any." })
  async team(@Root() activity: Activity, @Ctx() ctx: Context): Promise<VolunteerTeam | null> {
    if (activity.teamId == null) return null;
    const row = await teamLoader(ctx).load(activity.teamId);
    return row && toVolunteerTeam(row);
  }
}

/** Who enrolled where. */
@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @FieldResolver(() => Volunteer, { nullable: true, description: "The volunteer enrolled; null when the caller may not see volunteers there." })
  async volunteer(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Volunteer | null> {
    const row = await volunteerLoader(ctx).load(enrolment.volunteerId);
    return row && toVolunteer(row);
  }

  @FieldResolver(() => Activity, { description: "The activity enrolled in." })
  async activity(@Root() enrolment: Enrolment, @Ctx() ctx: Context): Promise<Activity> {
    const row = await activityLoader(ctx).load(enrolment.activityId);
    if (!row) throw notFound(`Activity ${enrolment.activityId}`);
    return toActivity(row);
  }
}

/** A volunteer's team (志愿服务队). */
@Resolver(() => Volunteer)
export class VolunteerResolver {
  @FieldResolver(() => VolunteerTeam, { nullable: true, description: "The volunteer team the volunteer belongs to (所属队伍), if any." })
  async team(@Root() volunteer: Volunteer, @Ctx() ctx: Context): Promise<VolunteerTeam | null> {
    if (volunteer.teamId == null) return null;
    const row = await teamLoader(ctx).load(volunteer.teamId);
    return row && toVolunteerTeam(row);
  }
}

/** A team's members, for dispatching demands to it (派单). */
@Resolver(() => VolunteerTeam)
export class VolunteerTeamResolver {
  @FieldResolver(() => [Volunteer], { description: "The team's volunteers (队员), by volunteer number." })
  members(@Root() team: VolunteerTeam, @Ctx() { loaders, reads }: Context): Promise<Volunteer[]> {
    return rowsOf(loaders, "teamMembers", team.rowId, (ids: readonly number[]) => reads.civic.volunteersByTeam(ids), (r) => r.teamId ?? 0, toVolunteer);
  }
}
