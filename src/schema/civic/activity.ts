import { Field, Int, ObjectType } from "type-graphql";
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
  DONE: "Service done.",
  RATED: "Rated by the resident (评单).",
  CANCELLED: "Cancelled.",
});

/** A civilisation-practice activity. */
@ObjectType({ implements: Node, description: "A civilisation-practice activity (文明实践活动)." })
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
}

/** A resident's order for a volunteer service (点单). */
@ObjectType({ implements: [Node, ResidentNeed], description: "A resident's service order (群众点单) in the 点单-派单-接单-评单 workflow." })
export class Demand extends ResidentNeed {
  @Field(() => ActivityCategory, { description: "Service category." })
  category!: DemandRow["category"];

  @Field(() => DemandStatus, { description: "Workflow step." })
  status!: DemandRow["status"];

  @Field(() => Date, { description: "When ordered (点单时间)." })
  orderedAt!: DemandRow["orderedAt"];

  @Field(() => Int, { nullable: true, description: "Resident's rating, 1–5 (评价)." })
  rating!: DemandRow["rating"];
}
