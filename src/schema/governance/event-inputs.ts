import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { eventLifecycle, type EventAction as EventActionValue } from "../../sources/governance/event-lifecycle.js";
import type { EventRow, MediationRow, RiskAssessmentRow } from "../../sources/governance/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { GeoPointInput } from "../common/geo.js";
import { DivisionCode, IdempotencyKey, Phone, Text } from "../common/validation.js";
import { DisputeType, Mediation, MediationOutcome, Whistle } from "./escalation.js";
import { Event, EventCategory, EventChannel, EventUrgency, RiskAssessment, RiskLevel, SupervisionLevel } from "./event.js";

export const EventAction = graphqlEnum("EventAction", eventLifecycle.actions, "A step of the event lifecycle (办理操作).", {
  ACCEPT: "Accept a reported event (受理): REPORTED → ACCEPTED.",
  ASSIGN: "Hand it to a department or grid worker (交办): ACCEPTED → ASSIGNED.",
  START: "Start handling it (处置): ASSIGNED → IN_PROGRESS.",
  RESPOND: "Report back what was done (反馈): IN_PROGRESS → RESPONDED.",
  VERIFY: "Check the result on site (核查): RESPONDED → VERIFIED.",
  CLOSE: "Close it (办结): VERIFIED → CLOSED.",
  REJECT: "Refuse it as not actionable (不予受理): REPORTED or ACCEPTED → REJECTED; needs a note.",
  REOPEN: "A check found it not dealt with, handle it again (回退): RESPONDED or VERIFIED → IN_PROGRESS; needs a note.",
});

@InputType({ description: "A new event (事件上报)." })
export class ReportEventInput {
  @DivisionCode(15)
  @Field(() => String, { description: "Code of the grid where it happened (15 digits)." })
  gridCode!: string;

  @Field(() => EventCategory, { description: "Category; with urgency it sets the due time (办理时限)." })
  category!: EventRow["category"];

  @Field(() => EventUrgency, { description: "Urgency." })
  urgency!: EventRow["urgency"];

  @Field(() => EventChannel, { description: "Channel it arrived through." })
  channel!: EventRow["channel"];

  @Text(200)
  @Field(() => String, { description: "Short title, at most 200 characters." })
  title!: string;

  @Text(4000)
  @Field(() => String, { description: "What happened, at most 4000 characters." })
  description!: string;

  @Text(200)
  @Field(() => String, { description: "Address, at most 200 characters." })
  address!: string;

  @ValidateNested()
  @Field(() => GeoPointInput, { nullable: true, description: "Where exactly; must lie inside the city." })
  location?: GeoPointInput | null;

  @IsOptional()
  @Text(40)
  @Field(() => String, { nullable: true, description: "Reporting resident's name, when a resident reports." })
  reporterName?: string | null;

  @IsOptional()
  @Phone()
  @Field(() => String, { nullable: true, description: "Reporting resident's phone number." })
  reporterPhone?: string | null;

  @IsOptional()
  @IdempotencyKey()
  @Field(() => String, { nullable: true, description: "Makes a resend safe: the same key with the same input returns the first result and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "One lifecycle step of an event (流转)." })
export class TransitionEventInput {
  @Field(() => ID, { description: "The event." })
  eventId!: string;

  @Field(() => EventAction, { description: "The step to take." })
  action!: EventActionValue;

  @Min(1)
  @Field(() => Int, { description: "The event's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;

  @IsOptional()
  @Text(2000)
  @Field(() => String, { nullable: true, description: "Why, in the actor's words (意见); required for REJECT and REOPEN." })
  note?: string | null;

  @IsOptional()
  @Text(80)
  @Field(() => String, { nullable: true, description: "For ASSIGN: the department taking it over (承办部门)." })
  department?: string | null;

  @Field(() => ID, { nullable: true, description: "For ASSIGN: the grid worker taking it over." })
  workerId?: string | null;
}

@InputType({ description: "Put an overdue event under supervision (督办), change its level, or lift it." })
export class SuperviseEventInput {
  @Field(() => ID, { description: "The event." })
  eventId!: string;

  @Min(1)
  @Field(() => Int, { description: "The event's version as the caller last saw it." })
  expectedVersion!: number;

  @Field(() => SupervisionLevel, { nullable: true, description: "Supervision level; null lifts supervision (撤销督办)." })
  level!: EventRow["supervisionLevel"];

  @IsOptional()
  @Text(2000)
  @Field(() => String, { nullable: true, description: "Instructions or reason (督办意见)." })
  note?: string | null;
}

@InputType({ description: "Summon departments to an event (吹哨)." })
export class BlowWhistleInput {
  @Field(() => ID, { description: "The event." })
  eventId!: string;

  @DivisionCode(9, 12)
  @Field(() => String, { description: "The street (9 digits) or community (12) blowing the whistle; the event must lie in it." })
  divisionCode!: string;

  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Text(80, { each: true })
  @Field(() => [String], { description: "Departments summoned (1 to 20, each named once)." })
  departments!: string[];

  @Text(2000)
  @Field(() => String, { description: "What they are summoned for (吹哨事由)." })
  note!: string;
}

@InputType({ description: "A summoned department reports (报到) and records its action." })
export class ReportToWhistleInput {
  @Field(() => ID, { description: "The whistle." })
  whistleId!: string;

  @Text(80)
  @Field(() => String, { description: "The reporting department; it must have been summoned." })
  department!: string;

  @Text(2000)
  @Field(() => String, { description: "What it did (处置情况)." })
  action!: string;
}

@InputType({ description: "The mediation (调解) of a dispute event." })
export class RecordMediationInput {
  @Field(() => ID, { description: "The dispute event." })
  eventId!: string;

  @Field(() => DisputeType, { description: "Type of dispute." })
  disputeType!: MediationRow["disputeType"];

  @Text(40)
  @Field(() => String, { description: "Mediator (调解员)." })
  mediator!: string;

  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @Text(80, { each: true })
  @Field(() => [String], { description: "The parties (当事人), at least two." })
  parties!: string[];

  @Field(() => MediationOutcome, { description: "Outcome." })
  outcome!: MediationRow["outcome"];

  @IsOptional()
  @Text(4000)
  @Field(() => String, { nullable: true, description: "Terms agreed (调解协议); required when the outcome is AGREEMENT." })
  agreement?: string | null;
}

@InputType({ description: "A risk assessment (风险评估/联合研判) of a community." })
export class AssessRiskInput {
  @DivisionCode(12)
  @Field(() => String, { description: "The community (12 digits)." })
  communityCode!: string;

  @Text(200)
  @Field(() => String, { description: "Topic (研判事项)." })
  topic!: string;

  @Field(() => RiskLevel, { description: "Risk level." })
  level!: RiskAssessmentRow["level"];

  @Text(4000)
  @Field(() => String, { description: "Measures decided (防范措施)." })
  measures!: string;

  @ArrayMaxSize(50)
  @ArrayUnique()
  @MaxLength(200, { each: true })
  @Field(() => [ID], { defaultValue: [], description: "Events of this community the assessment is about (at most 50)." })
  linkedEventIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: "The event a mutation changed." })
export class EventPayload {
  @Field(() => Event, { description: "The event as it is now." })
  event!: Event;
}

@ObjectType({ simpleResolvers: true, description: "The reported event." })
export class ReportEventPayload extends EventPayload {
  @Field(() => Boolean, { description: "True when this was a resend: the event was reported by an earlier request with the same idempotency key." })
  replayed!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A whistle and the event it concerns." })
export class WhistlePayload extends EventPayload {
  @Field(() => Whistle, { description: "The whistle." })
  whistle!: Whistle;
}

@ObjectType({ simpleResolvers: true, description: "A recorded mediation and its event." })
export class RecordMediationPayload extends EventPayload {
  @Field(() => Mediation, { description: "The mediation." })
  mediation!: Mediation;
}

@ObjectType({ simpleResolvers: true, description: "A recorded risk assessment." })
export class AssessRiskPayload {
  @Field(() => RiskAssessment, { description: "The assessment." })
  riskAssessment!: RiskAssessment;
}
