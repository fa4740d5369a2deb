import { IsOptional, Max, Min } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { ActivityRow } from "../../sources/civic/tables.js";
import { AtMostHoursAfter, DivisionCode, HalfHours, IdempotencyKey, InFuture, IsAfter, Text } from "../common/validation.js";
import { Activity, ActivityCategory } from "./activity.js";
import { Enrolment } from "./enrolment.js";

@InputType({ description: "A new civilisation-practice activity, published for enrolment (发布活动)." })
export class PublishActivityInput {
  @Field(() => ID, { description: "The practice site holding it (实践中心/所/站)." })
  siteId!: string;

  @Field(() => ID, { nullable: true, description: "The volunteer team running it, if any." })
  teamId?: string | null;

  @DivisionCode(12)
  @Field(() => String, { description: "Code of the community it serves (12 digits); it must exist in the division registry." })
  communityCode!: string;

  @Text(200)
  @Field(() => String, { description: "Title, at most 200 characters." })
  title!: string;

  @Field(() => ActivityCategory, { description: "Category (服务类别)." })
  category!: ActivityRow["category"];

  @Text(4000)
  @Field(() => String, { description: "Description, at most 4000 characters." })
  description!: string;

  @Text(200)
  @Field(() => String, { description: "Where it takes place (地点), at most 200 characters." })
  location!: string;

  @InFuture()
  @Field(() => Date, { description: "Start time; must be in the future." })
  startsAt!: Date;

  @IsAfter("startsAt")
  @AtMostHoursAfter("startsAt", 24)
  @Field(() => Date, { description: "End time; after the start and at most 24 hours later." })
  endsAt!: Date;

  @Min(1)
  @Max(500)
  @Field(() => Int, { description: "Volunteer seats (名额), 1 to 500." })
  capacity!: number;
}

@InputType({ description: "A volunteer enrols in an activity (活动报名)." })
export class EnrolInActivityInput {
  @Field(() => ID, { description: "The activity; it must be published and not yet started." })
  activityId!: string;

  @Field(() => ID, { description: "The volunteer enrolling." })
  volunteerId!: string;

  @IsOptional()
  @IdempotencyKey()
  @Field(() => String, { nullable: true, description: "Makes a resend safe: the same key with the same input returns the first enrolment and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "A volunteer checks in at an activity (签到)." })
export class CheckInEnrolmentInput {
  @Field(() => ID, { description: "The enrolment." })
  enrolmentId!: string;
}

@InputType({ description: "The activity was held: close it and credit service hours to everyone who checked in (活动结项)." })
export class CompleteActivityInput {
  @Field(() => ID, { description: "The activity." })
  activityId!: string;

  @Min(1)
  @Field(() => Int, { description: "The activity's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;

  @IsOptional()
  @Min(0.5)
  @Max(24)
  @HalfHours()
  @Field(() => Float, { nullable: true, description: "Hours credited to each checked-in volunteer, 0.5 to 24 in half-hour steps; by default the activity's length rounded to the nearest half hour." })
  creditedHours?: number | null;
}

@InputType({ description: "Call an activity off (取消活动); nobody is credited." })
export class CancelActivityInput {
  @Field(() => ID, { description: "The activity." })
  activityId!: string;

  @Min(1)
  @Field(() => Int, { description: "The activity's version as the caller last saw it." })
  expectedVersion!: number;

  @IsOptional()
  @Text(500)
  @Field(() => String, { nullable: true, description: "Why (取消原因), at most 500 characters." })
  reason?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The activity a mutation changed." })
export class ActivityPayload {
  @Field(() => Activity, { description: "The activity as it is now." })
  activity!: Activity;
}

@ObjectType({ simpleResolvers: true, description: "An enrolment a mutation changed, and its activity." })
export class EnrolmentPayload extends ActivityPayload {
  @Field(() => Enrolment, { description: "The enrolment as it is now." })
  enrolment!: Enrolment;
}

@ObjectType({ simpleResolvers: true, description: "The enrolment made, and its activity." })
export class EnrolInActivityPayload extends EnrolmentPayload {
  @Field(() => Boolean, { description: "True when this was a resend: the enrolment was made by an earlier request with the same idempotency key." })
  replayed!: boolean;
}
