import { Field, Int, ObjectType } from "type-graphql";
import { PersonName } from "../common/person-name.js";
import { memberKind, type PartyMemberRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

export const MemberKind = graphqlEnum("PartyMemberKind", memberKind.enumValues, "How a party member relates to the community.", {
  REGISTERED: "Registered here (在册党员).",
  IN_SERVICE: "In-service member reporting to the community (在职党员进社区报到).",
  MOBILE: "Mobile member (流动党员).",
});

/** A party member (党员). The national ID number is never exposed. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A party member (党员) as the party centre records them." })
export class PartyMember extends Node {
  @PersonName
  @Field(() => String, { description: "Name (姓名)." })
  name!: PartyMemberRow["name"];

  @Field(() => MemberKind, { description: "Registered, in-service or mobile." })
  kind!: PartyMemberRow["kind"];

  @Field(() => String, { description: "Code of the community the member serves." })
  communityCode!: PartyMemberRow["communityCode"];

  @Field(() => String, { nullable: true, description: "Code of the grid the member is assigned to (进网入格)." })
  gridCode!: PartyMemberRow["gridCode"];

  @Field(() => String, { nullable: true, description: "Workplace of an in-service member (工作单位)." })
  workplace!: PartyMemberRow["workplace"];

  @Field(() => Boolean, { description: "Whether the household is a demonstration household (党员示范户)." })
  demonstrationHousehold!: PartyMemberRow["demonstrationHousehold"];

  @Field(() => [String], { description: "Skills offered to the community (特长)." })
  skills!: PartyMemberRow["skills"];

  @Field(() => Date, { description: "Date joined the party (入党日期)." })
  joinedOn!: Date;

  @Field(() => Int, { description: "Id of the member's organisation in the party centre." })
  organizationId!: PartyMemberRow["organizationId"];

  idNumber!: string;
}
