import type { Embedded } from "../../sources/common/select.js";
import { Field, InputType, Int, ObjectType, Float } from "type-graphql";
import { FreeText, PersonName, Sensitive } from "../common/person-name.js";
import {
  eventCategory,
  eventChannel,
  eventStatus,
  eventUrgency,
  riskLevel,
  supervisionLevel,
  type EventRow,
  type EventTransitionRow,
  type RiskAssessmentRow,
} from "../../sources/governance/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { ResidentNeed } from "../common/resident-need.js";

export const EventCategory = graphqlEnum("EventCategory", eventCategory.enumValues, "Category of a governance event (事件类别).", {
  DISPUTE: "Dispute between residents (矛盾纠纷).",
  SAFETY_HAZARD: "Safety hazard (安全隐患).",
  PUBLIC_ORDER: "Public order (治安).",
  ENVIRONMENT: "Environment and sanitation (环境卫生).",
  FACILITIES: "Public facilities (公共设施).",
  LIVELIHOOD: "Livelihood request (民生诉求).",
});
export const EventUrgency = graphqlEnum("EventUrgency", eventUrgency.enumValues, "How urgent an event is (紧急程度).", {
  LOW: "Low (一般).",
  NORMAL: "Normal (较急).",
  HIGH: "High (紧急).",
  CRITICAL: "Critical (特急).",
});
export const EventChannel = graphqlEnum("EventChannel", eventChannel.enumValues, "How an event reached the centre (来源渠道).", {
  GRID_PATROL: "Grid worker's patrol (网格巡查).",
  HOTLINE_12345: "12345 government hotline (12345热线).",
  APP: "Resident app (随手拍/APP).",
  WALK_IN: "Walk-in at the centre (来访).",
});
export const EventStatus = graphqlEnum("EventStatus", eventStatus.enumValues, "Lifecycle state of an event (办理状态).", {
  REPORTED: "Reported (上报).",
  ACCEPTED: "Accepted by the centre (受理).",
  ASSIGNED: "Assigned to a department or worker (交办).",
  IN_PROGRESS: "Being handled (处置).",
  RESPONDED: "Handler responded (反馈).",
  VERIFIED: "Result checked (核查).",
  CLOSED: "Closed (办结).",
  REJECTED: "Rejected as not actionable (不予受理).",
});
export const SupervisionLevel = graphqlEnum("SupervisionLevel", supervisionLevel.enumValues, "Supervision level of an overdue event (督办级别).", {
  ORDINARY: "Ordinary supervision (普通督办).",
  YELLOW_CARD: "Yellow-card supervision (黄牌督办).",
  RED_CARD: "Red-card supervision (红牌督办).",
});
export const RiskLevel = graphqlEnum("RiskLevel", riskLevel.enumValues, "Assessed risk level (风险等级).", {
  LOW: "Low (低).",
  MEDIUM: "Medium (中).",
  HIGH: "High (高).",
  CRITICAL: "Critical (重大).",
});

/** A governance event (事件). */
@ObjectType({
  simpleResolvers: true,
  implements: [Node, ResidentNeed],
  description: "A governance event (事件) reported in a grid. Livelihood requests (民生诉求) are also listed among resident needs.",
})
export class Event extends ResidentNeed {
  @Field(() => String, { description: "Readable event code (事件编号), e.g. SJ-20261123-0001." })
  code!: EventRow["code"];

  @Field(() => String, { description: "Code of the grid where it happened." })
  gridCode!: EventRow["gridCode"];

  @Field(() => EventCategory, { description: "Category (类别)." })
  category!: EventRow["category"];

  @Field(() => EventUrgency, { description: "Urgency (紧急程度)." })
  urgency!: EventRow["urgency"];

  @Field(() => EventChannel, { description: "Channel it arrived through (来源)." })
  channel!: EventRow["channel"];

  @Sensitive("address")
  @Field(() => String, { description: "Address (地址), shown to the street part (解放路…); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  address!: EventRow["address"];

  @Sensitive("names")
  @Field(() => String, { nullable: true, description: "The reporting resident's name (反映人), when a resident reported it: family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  reporterName!: EventRow["reporterName"];

  @Sensitive("phone")
  @Field(() => String, { nullable: true, description: "The reporting resident's phone (138****5678), to call back; masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  reporterPhone!: EventRow["reporterPhone"];

  // A location pins a home: coarsened like the other personal data.
  @Sensitive("coordinate")
  @Field(() => Float, { nullable: true, description: "Latitude (WGS-84) where it was reported, to three decimals (about 100 m) unless the caller holds pii:read and the row lies in its jurisdiction; exact reads are audited." })
  lat!: EventRow["lat"];

  @Sensitive("coordinate")
  @Field(() => Float, { nullable: true, description: "Longitude (WGS-84) where it was reported, to three decimals (about 100 m) unless the caller holds pii:read and the row lies in its jurisdiction; exact reads are audited." })
  lng!: EventRow["lng"];

  @Field(() => EventStatus, { description: "Current lifecycle state (状态)." })
  status!: EventRow["status"];

  @Field(() => Date, { description: "When it was reported (上报时间)." })
  reportedAt!: EventRow["reportedAt"];

  @Field(() => Date, { description: "When it must be handled by (办理时限)." })
  dueAt!: EventRow["dueAt"];

  @Field(() => Date, { nullable: true, description: "When it was closed (办结时间)." })
  closedAt!: EventRow["closedAt"];

  @Field(() => String, { nullable: true, description: "Department it was assigned to (承办部门)." })
  assignedDepartment!: EventRow["assignedDepartment"];

  @Field(() => SupervisionLevel, { nullable: true, description: "Supervision level when under supervision (督办)." })
  supervisionLevel!: EventRow["supervisionLevel"];

  @Field(() => Int, { description: "Version for optimistic concurrency (版本号)." })
  version!: number;

  rowId!: number;
  assignedWorkerId!: EventRow["assignedWorkerId"];
  /** Links the list's own statement read, by response key (see `Embed`). */
  embedded?: Embedded;
}

/** One step of an event's lifecycle. */
@ObjectType({ simpleResolvers: true, description: "One recorded step of an event's lifecycle (流转记录)." })
export class EventTransition {
  @Field(() => String, { description: "Action taken, e.g. ACCEPT, ASSIGN, CLOSE (操作)." })
  action!: EventTransitionRow["action"];

  @Field(() => EventStatus, { nullable: true, description: "State before the step; null for the report itself." })
  fromStatus!: EventTransitionRow["fromStatus"];

  @Field(() => EventStatus, { description: "State after the step." })
  toStatus!: EventTransitionRow["toStatus"];

  @PersonName
  @Field(() => String, { description: "Who took the step (操作人)." })
  actor!: EventTransitionRow["actor"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Why, in the actor's words (意见)." })
  note!: EventTransitionRow["note"];

  @Field(() => Date, { description: "When (时间)." })
  at!: EventTransitionRow["at"];
}

/** A community risk assessment. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A risk assessment (风险评估/联合研判) of a community." })
export class RiskAssessment extends Node {
  @Field(() => String, { description: "Code of the community assessed." })
  communityCode!: RiskAssessmentRow["communityCode"];

  @Field(() => String, { description: "Topic (研判事项)." })
  topic!: RiskAssessmentRow["topic"];

  @Field(() => RiskLevel, { description: "Risk level (风险等级)." })
  level!: RiskAssessmentRow["level"];

  @Field(() => String, { description: "Measures decided (防范措施)." })
  measures!: RiskAssessmentRow["measures"];

  @Field(() => Date, { description: "When assessed (研判时间)." })
  assessedAt!: RiskAssessmentRow["assessedAt"];

  linkedEventIds!: number[];
}

export const EventOrderField = graphqlEnum("EventOrderField", ["REPORTED_AT", "DUE_AT"] as const, "Sort key for events.", {
  REPORTED_AT: "By report time.",
  DUE_AT: "By due time.",
});
export const OrderDirection = graphqlEnum("OrderDirection", ["ASC", "DESC"] as const, "Sort direction.", {
  ASC: "Ascending (oldest first).",
  DESC: "Descending (newest first).",
});

@InputType({ description: "How to sort events." })
export class EventOrder {
  @Field(() => EventOrderField, { description: "Sort key." })
  field!: "REPORTED_AT" | "DUE_AT";

  @Field(() => OrderDirection, { description: "Direction." })
  direction!: "ASC" | "DESC";
}

@InputType({ description: "Which events to list (all conditions must hold)." })
export class EventFilterInput {
  @Field(() => String, { nullable: true, description: "Events of this street (9 digits), community (12) or grid (15), by code prefix." })
  divisionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Events of this community (12-digit code)." })
  communityCode?: string | null;

  @Field(() => String, { nullable: true, description: "Events of this grid (15-digit code)." })
  gridCode?: string | null;

  @Field(() => [EventStatus], { nullable: true, description: "Only these states." })
  statuses?: EventRow["status"][] | null;

  @Field(() => [EventCategory], { nullable: true, description: "Only these categories." })
  categories?: EventRow["category"][] | null;

  @Field(() => [EventUrgency], { nullable: true, description: "Only these urgencies." })
  urgencies?: EventRow["urgency"][] | null;

  @Field(() => Date, { nullable: true, description: "Reported at or after this time." })
  reportedAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reported before this time." })
  reportedBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Only open events past their due time (超期)." })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "True: only events under supervision (督办中); false: only events not under supervision." })
  supervised?: boolean | null;

  @Field(() => String, { nullable: true, description: "Text in the title or description, and in the address for callers who may read every address they see (pii:read in their own places)." })
  text?: string | null;
}
