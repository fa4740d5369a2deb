import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
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

const activityKey = (id: string) => intKeyOf(id, "Activity", "input.activityId");

/** Activities' writes: publish, enrol, check in, complete with credited hours, cancel. */
@Resolver()
export class ActivityMutationResolver {
  @Mutation(() => ActivityPayload, { description: "Publish a civilisation-practice activity for enrolment (发布活动). The community must exist in the registry; the site and team in the civic centre." })
  async publishActivity(@Arg("input", () => PublishActivityInput, { description: "The activity." }) input: PublishActivityInput, @Ctx() ctx: Context): Promise<ActivityPayload> {
    const siteId = intKeyOf(input.siteId, "PracticeSite", "input.siteId");
    const teamId = input.teamId == null ? null : intKeyOf(input.teamId, "VolunteerTeam", "input.teamId");
    await requireCommunity(ctx, input.communityCode);
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

  @Mutation(() => EnrolInActivityPayload, {
    description: "A volunteer enrols in a published activity that has not started (报名). CONFLICT when it is full, closed, or the volunteer is already enrolled; seats are never overfilled, however many enrol at once.",
  })
  async enrolInActivity(@Arg("input", () => EnrolInActivityInput, { description: "The activity and the volunteer." }) input: EnrolInActivityInput, @Ctx() { commands }: Context): Promise<EnrolInActivityPayload> {
    const { enrolment, activity, replayed } = await commands.civic.enrolInActivity({
      activityId: activityKey(input.activityId),
      volunteerId: intKeyOf(input.volunteerId, "Volunteer", "input.volunteerId"),
      idempotencyKey: input.idempotencyKey,
    });
    return { enrolment: toEnrolment(enrolment), activity: toActivity(activity), replayed };
  }

  @Mutation(() => EnrolmentPayload, { description: "An enrolled volunteer checks in (签到), once, while the activity is published." })
  async checkInEnrolment(@Arg("input", () => CheckInEnrolmentInput, { description: "The enrolment." }) input: CheckInEnrolmentInput, @Ctx() { commands }: Context): Promise<EnrolmentPayload> {
    const { enrolment, activity } = await commands.civic.checkInEnrolment({ enrolmentId: intKeyOf(input.enrolmentId, "Enrolment", "input.enrolmentId") });
    return { enrolment: toEnrolment(enrolment), activity: toActivity(activity) };
  }

  @Mutation(() => ActivityPayload, {
    description: "Close a held activity (结项): PUBLISHED → COMPLETED. Every checked-in volunteer is credited the hours, added to their total in the same transaction.",
  })
  async completeActivity(@Arg("input", () => CompleteActivityInput, { description: "The activity, the expected version and the hours to credit." }) input: CompleteActivityInput, @Ctx() { commands }: Context): Promise<ActivityPayload> {
    const row = await commands.civic.completeActivity({ activityId: activityKey(input.activityId), expectedVersion: input.expectedVersion, creditedHours: input.creditedHours });
    return { activity: toActivity(row) };
  }

  @Mutation(() => ActivityPayload, { description: "Call a published activity off (取消活动): PUBLISHED → CANCELLED; no hours are credited." })
  async cancelActivity(@Arg("input", () => CancelActivityInput, { description: "The activity, the expected version and the reason." }) input: CancelActivityInput, @Ctx() { commands }: Context): Promise<ActivityPayload> {
    const row = await commands.civic.cancelActivity({ activityId: activityKey(input.activityId), expectedVersion: input.expectedVersion, reason: input.reason });
    return { activity: toActivity(row) };
  }
}
