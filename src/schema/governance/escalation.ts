import { Field, ObjectType } from "type-graphql";
import { FreeText, PersonName, Sensitive } from "../common/person-name.js";
import { disputeType, mediationOutcome, type MediationRow, type WhistleDepartmentRow, type WhistleRow } from "../../sources/governance/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

export const DisputeType = graphqlEnum("DisputeType", disputeType.enumValues, "Type of dispute (纠纷类型).", {
  MARRIAGE_FAMILY: "Marriage and family (婚姻家庭).",
  NEIGHBOUR: "Between neighbours (邻里纠纷).",
  PROPERTY: "Property management (物业纠纷).",
  LABOUR_WAGES: "Labour and wages (劳资纠纷).",
  LAND_DEMOLITION: "Land and demolition (土地征迁).",
  MEDICAL: "Medical (医疗纠纷).",
  CONSUMER: "Consumer (消费纠纷).",
  OTHER: "Other (其他).",
});

export const MediationOutcome = graphqlEnum("MediationOutcome", mediationOutcome.enumValues, "Result of a mediation (调解结果).", {
  AGREEMENT: "The parties reached an agreement (调解成功).",
  PARTIAL: "Partly settled (部分达成).",
  FAILED: "No agreement (调解不成).",
  REFERRED: "Referred to court or arbitration (移交诉讼/仲裁).",
});

@ObjectType({ simpleResolvers: true, description: "A department summoned by a whistle, and its report (报到) once it came." })
export class WhistleSummons {
  @Field(() => String, { description: "Department summoned (被吹哨部门)." })
  department!: WhistleDepartmentRow["department"];

  @Field(() => Date, { nullable: true, description: "When it reported (报到时间); null while it has not." })
  reportedAt!: WhistleDepartmentRow["reportedAt"];

  @FreeText
  @Field(() => String, { nullable: true, description: "What it did (处置情况)." })
  action!: WhistleDepartmentRow["action"];
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A whistle (吹哨): a street or community summoning departments to an event." })
export class Whistle extends Node {
  @Field(() => String, { description: "Code of the street or community that blew it." })
  blownByCode!: WhistleRow["blownByCode"];

  @FreeText
  @Field(() => String, { description: "What the departments are summoned for (吹哨事由)." })
  note!: WhistleRow["note"];

  @Field(() => Date, { description: "When it was blown." })
  blownAt!: WhistleRow["blownAt"];

  rowId!: number;
  eventId!: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "The mediation (调解) of a dispute event." })
export class Mediation extends Node {
  @Field(() => DisputeType, { description: "Type of dispute." })
  disputeType!: MediationRow["disputeType"];

  @PersonName
  @Field(() => String, { description: "Mediator (调解员)." })
  mediator!: MediationRow["mediator"];

  @Sensitive("names")
  @Field(() => [String], { description: "The parties (当事人), family names only (张*); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  parties!: MediationRow["parties"];

  @Field(() => MediationOutcome, { description: "Outcome." })
  outcome!: MediationRow["outcome"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Terms agreed (调解协议)." })
  agreement!: MediationRow["agreement"];

  @Field(() => Date, { description: "When it was mediated." })
  mediatedAt!: MediationRow["mediatedAt"];

  eventId!: number;
}
