import { ArrayMaxSize, ArrayUnique, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { postStatus, type ServicePostClaimRow, type ServicePostRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { DivisionCode, Text } from "../common/validation.js";

export const ServicePostStatus = graphqlEnum("ServicePostStatus", postStatus.enumValues, "State of a service post (岗位状态).", {
  OPEN: "Open for in-service members to claim (招募中).",
  FILLED: "Every place is claimed (已满员).",
  CLOSED: "Closed by the community (已关闭).",
});

/** 按需设岗. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A service post (按需设岗) a community opens for in-service party members to claim (认领岗位)." })
export class ServicePost extends Node {
  @Field(() => String, { description: "Code of the community that opened it." })
  communityCode!: ServicePostRow["communityCode"];

  @Field(() => String, { description: "Title (岗位名称)." })
  title!: ServicePostRow["title"];

  @Field(() => String, { description: "What the post involves (岗位职责)." })
  description!: ServicePostRow["description"];

  @Field(() => Int, { description: "Number of places (岗位数)." })
  capacity!: ServicePostRow["capacity"];

  @Field(() => [String], { description: "Skills wanted (所需特长)." })
  skillsWanted!: ServicePostRow["skillsWanted"];

  @Field(() => ServicePostStatus, { description: "State; FILLED once every place is claimed." })
  status!: ServicePostRow["status"];

  @Field(() => Date, { description: "When the post was opened (设岗时间)." })
  createdAt!: ServicePostRow["createdAt"];

  rowId!: number;
}

/** 认领. */
@ObjectType({ simpleResolvers: true, description: "A member's claim on a service post (认领记录)." })
export class ServicePostClaim {
  @Field(() => Date, { description: "When the member claimed the post (认领时间)." })
  claimedAt!: ServicePostClaimRow["claimedAt"];

  memberId!: ServicePostClaimRow["memberId"];
}

@InputType({ description: "Which service posts to list." })
export class ServicePostFilter {
  @Field(() => String, { nullable: true, description: "Jurisdiction by code prefix: a city's 6 digits, a street's 9, a community's 12." })
  divisionCode?: string | null;

  @Field(() => ServicePostStatus, { nullable: true, description: "Only posts in this state." })
  status?: ServicePostRow["status"] | null;
}

@InputType({ description: "Open a service post (按需设岗)." })
export class OpenServicePostInput {
  @DivisionCode(12)
  @Field(() => String, { description: "Code of the community opening it (12 digits); it must exist." })
  communityCode!: string;

  @Text(120)
  @Field(() => String, { description: "Title (岗位名称), at most 120 characters." })
  title!: string;

  @Text(2000)
  @Field(() => String, { description: "What the post involves (岗位职责), at most 2000 characters." })
  description!: string;

  @Min(1)
  @Max(100)
  @Field(() => Int, { description: "Number of places, 1 to 100." })
  capacity!: number;

  @ArrayMaxSize(20)
  @ArrayUnique()
  @Text(40, { each: true })
  @Field(() => [String], { defaultValue: [], description: "Skills wanted (所需特长), at most 20." })
  skillsWanted!: string[];
}

@InputType({ description: "An in-service party member claims a place on an open service post (认领岗位)." })
export class ClaimServicePostInput {
  @Field(() => ID, { description: "The service post." })
  postId!: string;

  @Field(() => ID, { description: "The claiming party member; only in-service members (在职党员) may claim." })
  memberId!: string;
}

@ObjectType({ simpleResolvers: true, description: "The service post a mutation changed." })
export class ServicePostPayload {
  @Field(() => ServicePost, { description: "The post as it is now." })
  post!: ServicePost;
}

@ObjectType({ simpleResolvers: true, description: "A claimed service post and the claim." })
export class ClaimServicePostPayload extends ServicePostPayload {
  @Field(() => ServicePostClaim, { description: "The new claim." })
  claim!: ServicePostClaim;
}
