import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { deliberationLifecycle, type DeliberationOutcome as DeliberationOutcomeValue } from "../../sources/party/lifecycles.js";
import { graphqlEnum } from "../common/enums.js";
import { DivisionCode, InFuture, Text } from "../common/validation.js";
import { Deliberation } from "./organization.js";

/** At most this many events may be linked to one deliberation. */
export const MAX_LINKED_EVENTS = 50;

export const DeliberationOutcome = graphqlEnum("DeliberationOutcome", deliberationLifecycle.actions, "What a deliberation's record says happened (议事结果).", {
  HELD: "The meeting was held; the resolution is still pending (已召开): from SCHEDULED.",
  RESOLVED: "A resolution was adopted (已形成决议): from SCHEDULED or HELD.",
});

@InputType({ description: "Schedule a community deliberation (安排议事协商)." })
export class ScheduleDeliberationInput {
  @DivisionCode(12)
  @Field(() => String, { description: "Code of the community (12 digits); it must exist." })
  communityCode!: string;

  @Text(200)
  @Field(() => String, { description: "Topic (议题), at most 200 characters." })
  topic!: string;

  @Text(40)
  @Field(() => String, { description: "Format (形式), e.g. 幸福圆桌会, at most 40 characters." })
  format!: string;

  @InFuture()
  @Field(() => Date, { description: "When it will be held; in the future." })
  heldAt!: Date;

  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Text(80, { each: true })
  @Field(() => [String], { description: "Participants (参与方), 1 to 50, each at most 80 characters." })
  participants!: string[];

  @ArrayMaxSize(MAX_LINKED_EVENTS)
  @ArrayUnique()
  @MaxLength(200, { each: true })
  @Field(() => [ID], { defaultValue: [], description: `Governance events of this community it takes up (at most ${MAX_LINKED_EVENTS}); each must exist.` })
  linkedEventIds!: string[];
}

@InputType({ description: "Record a deliberation's outcome (记录议事结果)." })
export class RecordDeliberationOutcomeInput {
  @Field(() => ID, { description: "The deliberation." })
  deliberationId!: string;

  @Min(1)
  @Field(() => Int, { description: "The deliberation's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => DeliberationOutcome, { description: "The new state: HELD or RESOLVED." })
  status!: DeliberationOutcomeValue;

  @Text(4000)
  @Field(() => String, { description: "The resolution adopted (协商结果), or for HELD the minutes so far (会议纪要); at most 4000 characters." })
  resolution!: string;

  @Min(1)
  @Max(10_000)
  @Field(() => Int, { description: "Number of attendees (参会人数), 1 to 10000." })
  attendeeCount!: number;

  @IsOptional()
  @ArrayMaxSize(MAX_LINKED_EVENTS)
  @ArrayUnique()
  @MaxLength(200, { each: true })
  @Field(() => [ID], { nullable: true, description: "Replaces the linked governance events; each must exist in the deliberation's community. Omit to keep them." })
  linkedEventIds?: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: "The deliberation a mutation changed." })
export class DeliberationPayload {
  @Field(() => Deliberation, { description: "The deliberation as it is now." })
  deliberation!: Deliberation;
}
