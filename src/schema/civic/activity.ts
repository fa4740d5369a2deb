import { Field, Int, ObjectType } from "type-graphql";
import { FreeText, Sensitive } from "../common/person-name.js";
import { activityLifecycle, demandLifecycle } from "../../sources/civic/lifecycles.js";
import { activityCategory, activityStatus, demandStatus, type ActivityRow, type DemandRow } from "../../sources/civic/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { ResidentNeed } from "../common/resident-need.js";

export const ActivityCategory = graphqlEnum("ActivityCategory", activityCategory.enumValues, "Category of civilisation-practice service (服务类别).", {
  THEORY: "Theory talks (理论宣讲).",
  EDUCATION: "Education (教育服务).",
  CULTURE: "Culture (文化服务).",
  SCIENCE: "Science popularisation (科普服务).",
  HEALTH: "Health (健康促进).",
  SPORTS: "Sports (体育健身).",
  ELDERLY_CARE: "Elderly care (为老服务).",
  CHILD_CARE: "Child care (关爱儿童).",
  POVERTY_RELIEF: "Poverty relief (助困帮扶).",
  MORAL_LECTURE: "Moral lectures (道德讲堂).",
  ENVIRONMENT: "Environment (生态环保).",
});
export const ActivityStatus = graphqlEnum("ActivityStatus", activityStatus.enumValues, "State of an activity.", {
  DRAFT: "Not yet published (草稿).",
  PUBLISHED: "Open for enrolment (已发布).",
  COMPLETED: "Held, hours credited (已完成).",
  CANCELLED: "Cancelled (已取消).",
});
export const DemandStatus = graphqlEnum("DemandStatus", demandStatus.enumValues, "Step of the 点单-派单-接单-评单 workflow.", {
  ORDERED: "Ordered by a resident (点单).",
  DISPATCHED: "Dispatched to a team (派单).",
  ACCEPTED: "Accepted by a volunteer (接单).",
  DONE: "Service done (已服务).",
  RATED: "Rated by the resident (评单).",
  CANCELLED: "Cancelled (已取消).",
});
export const DemandAction = graphqlEnum("DemandAction", demandLifecycle.actions, "A step of the 点单-派单-接单-评单 workflow, each its own mutation.", {
  DISPATCH: "Dispatch to a volunteer team (派单), dispatchDemand: ORDERED → DISPATCHED.",
  ACCEPT: "A volunteer of that team takes it (接单), acceptDemand: DISPATCHED → ACCEPTED.",
  COMPLETE: "The service has been given (完成服务), completeDemand: ACCEPTED → DONE.",
  RATE: "The resident rates it (评单), rateDemand: DONE → RATED.",
  CANCEL: "Withdraw it (取消), cancelDemand: ORDERED, DISPATCHED or ACCEPTED → CANCELLED.",
});
export const ActivityAction = graphqlEnum("ActivityAction", activityLifecycle.actions, "A closing step of an activity, each its own mutation.", {
  COMPLETE: "Mark it held and credit hours to the checked-in (结项), completeActivity: PUBLISHED → COMPLETED.",
  CANCEL: "Call it off (取消), cancelActivity: PUBLISHED → CANCELLED.",
});

/** A civilisation-practice activity. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A civilisation-practice activity (文明实践活动)." })
export class Activity extends Node {
  @Field(() => String, { description: "Title (标题)." })
  title!: ActivityRow["title"];

  @Field(() => ActivityCategory, { description: "Category." })
  category!: ActivityRow["category"];

  @Field(() => String, { description: "Description." })
  description!: ActivityRow["description"];

  @Field(() => String, { description: "Where it takes place (地点)." })
  location!: ActivityRow["location"];

  @Field(() => Date, { description: "Start time." })
  startsAt!: ActivityRow["startsAt"];

  @Field(() => Date, { description: "End time." })
  endsAt!: ActivityRow["endsAt"];

  @Field(() => Int, { description: "Volunteer seats (名额)." })
  capacity!: ActivityRow["capacity"];

  @Field(() => ActivityStatus, { description: "State." })
  status!: ActivityRow["status"];

  @Field(() => String, { description: "Code of the community it serves." })
  communityCode!: ActivityRow["communityCode"];

  @Field(() => Date, { nullable: true, description: "When it was cancelled (取消时间)." })
  cancelledAt!: ActivityRow["cancelledAt"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Why it was cancelled (取消原因)." })
  cancelReason!: ActivityRow["cancelReason"];

  @Field(() => Int, { description: "Version for optimistic concurrency (版本号): completeActivity and cancelActivity take it; enrolments and check-ins leave it unchanged." })
  version!: ActivityRow["version"];

  rowId!: number;
  siteId!: ActivityRow["siteId"];
  teamId!: ActivityRow["teamId"];
}

/** A resident's order for a volunteer service (点单). */
@ObjectType({ simpleResolvers: true, implements: [Node, ResidentNeed], description: "A resident's service order (群众点单) in the 点单-派单-接单-评单 workflow." })
export class Demand extends ResidentNeed {
  @Sensitive("names")
  @Field(() => String, { description: "The ordering resident's name (点单人): family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  residentName!: DemandRow["residentName"];

  @Sensitive("phone")
  @Field(() => String, { nullable: true, description: "The ordering resident's phone (138****5678); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  residentPhone!: DemandRow["residentPhone"];

  @Field(() => ActivityCategory, { description: "Service category." })
  category!: DemandRow["category"];

  @Field(() => DemandStatus, { description: "Workflow step." })
  status!: DemandRow["status"];

  @Field(() => Date, { description: "When ordered (点单时间)." })
  orderedAt!: DemandRow["orderedAt"];

  @Field(() => String, { nullable: true, description: "Code of the grid it came from (网格编码), when known." })
  gridCode!: DemandRow["gridCode"];

  @Field(() => Date, { nullable: true, description: "When it was dispatched to a team (派单时间)." })
  dispatchedAt!: DemandRow["dispatchedAt"];

  @Field(() => Date, { nullable: true, description: "When a volunteer accepted it (接单时间)." })
  acceptedAt!: DemandRow["acceptedAt"];

  @Field(() => Date, { nullable: true, description: "When the service was done (完成时间)." })
  doneAt!: DemandRow["doneAt"];

  @Field(() => Int, { nullable: true, description: "Resident's rating, 1–5 (评价)." })
  rating!: DemandRow["rating"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Resident's feedback with the rating (评价意见)." })
  feedback!: DemandRow["feedback"];

  @Field(() => Date, { nullable: true, description: "When it was cancelled (取消时间)." })
  cancelledAt!: DemandRow["cancelledAt"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Why it was cancelled (取消原因)." })
  cancelReason!: DemandRow["cancelReason"];

  @Field(() => Int, { description: "Version for optimistic concurrency (版本号); bumped by every step." })
  version!: DemandRow["version"];

  rowId!: number;
  dispatchedTeamId!: DemandRow["dispatchedTeamId"];
  acceptedVolunteerId!: DemandRow["acceptedVolunteerId"];
}
