import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import {
  ActivityPayload,
  CancelActivityInput,
  CheckInEnrolmentInput,
  CompleteActivityInput,
  EnrolInActivityInput,
  EnrolInActivityPayload,
  EnrolmentPayload,
  PublishActivityInput,
} from "../../schema/civic/activity-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requireCommunity } from "../common/places.js";
import { toActivity, toEnrolment } from "./mappers.js";
import type { Activity } from "../../schema/civic/activity.js";
import type { Enrolment } from "../../schema/civic/enrolment.js";
import { requirePerson, requireTarget, resendKey, STAFF } from "../common/write-access.js";
import { ACTIVITY_NODE, ENROLMENT_NODE } from "./node-types.js";
import { ACTIVITY, ENROLMENT, PRACTICE_SITE, VOLUNTEER, VOLUNTEER_TEAM } from "../../sources/civic/entities.js";

/** The activity a write targets, inside the caller's reach (else NOT_FOUND, as if missing). */
async function targetActivity(ctx: Context, id: string): Promise<number> {
  const activityId = intKeyOf(id, ACTIVITY, "input.activityId");
  await requireTarget<Activity>(ctx, ACTIVITY_NODE, activityId);
  return activityId;
}

/** Activities' writes: publish, enrol, check in, complete with credited hours, cancel. */
@Resolver()
export class ActivityMutationResolver {
  @Authorized(STAFF)
  @Mutation(() => ActivityPayload, { description: "Publish a civilisation-practice activity for enrolment (发布活动) in the caller's jurisdiction. The community must exist in the registry; the site and team in the civic centre." })
  async publishActivity(@Arg("input", () => PublishActivityInput, { description: "The activity." }) input: PublishActivityInput, @Ctx() ctx: Context): Promise<ActivityPayload> {
    await requireCommunity(ctx, "ACTIVITIES", input.communityCode);
    const siteId = intKeyOf(input.siteId, PRACTICE_SITE, "input.siteId");
    const teamId = input.teamId == null ? null : intKeyOf(input.teamId, VOLUNTEER_TEAM, "input.teamId");
    const row = await ctx.commands.civic.publishActivity({
      siteId,
      teamId,
      communityCode: input.communityCode,
      title: input.title,
      category: input.category,
      description: input.description,
      location: input.location,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
    });
    return { activity: toActivity(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => EnrolInActivityPayload, {
    description: "Enrol a volunteer of the caller's jurisdiction in a published activity that has not started (报名). CONFLICT when it is full, closed, or the volunteer is already enrolled; seats are never overfilled, however many enrol at once.",
  })
  async enrolInActivity(@Arg("input", () => EnrolInActivityInput, { description: "The activity and the volunteer." }) input: EnrolInActivityInput, @Ctx() ctx: Context): Promise<EnrolInActivityPayload> {
    const volunteerId = intKeyOf(input.volunteerId, VOLUNTEER, "input.volunteerId");
    await requirePerson(ctx, "Volunteer", volunteerId);
    const { enrolment, activity, replayed } = await ctx.commands.civic.enrolInActivity({
      activityId: await targetActivity(ctx, input.activityId),
      volunteerId,
      idempotencyKey: resendKey(ctx, input.idempotencyKey),
    });
    return { enrolment: toEnrolment(enrolment), activity: toActivity(activity), replayed };
  }

  @Authorized(STAFF)
  @Mutation(() => EnrolmentPayload, { description: "An enrolled volunteer checks in (签到), once, while the activity is published; recorded by the activity's community staff." })
  async checkInEnrolment(@Arg("input", () => CheckInEnrolmentInput, { description: "The enrolment." }) input: CheckInEnrolmentInput, @Ctx() ctx: Context): Promise<EnrolmentPayload> {
    const enrolmentId = intKeyOf(input.enrolmentId, ENROLMENT, "input.enrolmentId");
    await requireTarget<Enrolment>(ctx, ENROLMENT_NODE, enrolmentId);
    const { enrolment, activity } = await ctx.commands.civic.checkInEnrolment({ enrolmentId });
    return { enrolment: toEnrolment(enrolment), activity: toActivity(activity) };
  }

  @Authorized(STAFF)
  @Mutation(() => ActivityPayload, {
    description: "Close a held activity (结项): PUBLISHED → COMPLETED. Every checked-in volunteer is credited the hours, added to their total in the same transaction.",
  })
  async completeActivity(@Arg("input", () => CompleteActivityInput, { description: "The activity, the expected version and the hours to credit." }) input: CompleteActivityInput, @Ctx() ctx: Context): Promise<ActivityPayload> {
    const row = await ctx.commands.civic.completeActivity({ activityId: await targetActivity(ctx, input.activityId), expectedVersion: input.expectedVersion, creditedHours: input.creditedHours });
    return { activity: toActivity(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => ActivityPayload, { description: "Call a published activity off (取消活动): PUBLISHED → CANCELLED; no hours are credited." })
  async cancelActivity(@Arg("input", () => CancelActivityInput, { description: "The activity, the expected version and the reason." }) input: CancelActivityInput, @Ctx() ctx: Context): Promise<ActivityPayload> {
    const row = await ctx.commands.civic.cancelActivity({ activityId: await targetActivity(ctx, input.activityId), expectedVersion: input.expectedVersion, reason: input.reason });
    return { activity: toActivity(row) };
  }
}
