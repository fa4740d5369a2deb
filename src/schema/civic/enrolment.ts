import { Field, Float, ObjectType } from "type-graphql";
import type { EnrolmentRow } from "../../sources/civic/tables.js";
import { Node } from "../common/node.js";

/** A volunteer's seat on an activity (报名), with check-in and credited hours. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A volunteer's enrolment in an activity (活动报名), with check-in (签到) and credited service hours (认定时长)." })
export class Enrolment extends Node {
  @Field(() => Date, { description: "When the volunteer enrolled (报名时间)." })
  enrolledAt!: EnrolmentRow["enrolledAt"];

  @Field(() => Date, { nullable: true, description: "When the volunteer checked in (签到时间); null until then." })
  checkedInAt!: EnrolmentRow["checkedInAt"];

  @Field(() => Float, { nullable: true, description: "Service hours credited when the activity was completed (认定服务时长); null for no-shows and until completion." })
  creditedHours!: EnrolmentRow["creditedHours"];

  rowId!: number;
  activityId!: EnrolmentRow["activityId"];
  volunteerId!: EnrolmentRow["volunteerId"];
}
