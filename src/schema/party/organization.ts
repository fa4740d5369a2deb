import { Field, Int, ObjectType } from "type-graphql";
import { FreeText, PersonName } from "../common/person-name.js";
import { deliberationStatus, organizationKind, type DeliberationRow, type PartyOrganizationRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

export const OrganizationKind = graphqlEnum("PartyOrganizationKind", organizationKind.enumValues, "Kind of party organisation.", {
  COMMUNITY_COMMITTEE: "Community party committee (社区党委).",
  GENERAL_BRANCH: "General branch (党总支).",
  GRID_BRANCH: "Grid branch (网格党支部).",
  BUILDING_GROUP: "Building party group (楼栋党小组).",
  PROJECT_BRANCH: "Project branch (项目党支部, 一项目一支部).",
  PARTNER_UNIT: "Partner unit of the joint committee (大党委共建单位).",
});

/** A node of the party organisation tree. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A party organisation (党组织), a node of the community's organisation tree." })
export class PartyOrganization extends Node {
  @Field(() => String, { description: "Name (名称)." })
  name!: PartyOrganizationRow["name"];

  @Field(() => OrganizationKind, { description: "Kind of organisation." })
  kind!: PartyOrganizationRow["kind"];

  @Field(() => String, { description: "Code of the community it belongs to." })
  communityCode!: PartyOrganizationRow["communityCode"];

  @Field(() => String, { nullable: true, description: "Code of the grid a grid branch covers." })
  gridCode!: PartyOrganizationRow["gridCode"];

  @PersonName
  @Field(() => String, { nullable: true, description: "Secretary's name (书记)." })
  secretaryName!: PartyOrganizationRow["secretaryName"];

  @Field(() => Int, { nullable: true, description: "Id of the parent organisation within the party centre; null at the root." })
  parentId!: PartyOrganizationRow["parentId"];

  rowId!: number;
}

export const DeliberationStatus = graphqlEnum("DeliberationStatus", deliberationStatus.enumValues, "State of a deliberation.", {
  SCHEDULED: "Scheduled (已安排).",
  HELD: "Held, outcome pending (已召开).",
  RESOLVED: "Resolution adopted (已形成决议).",
  WITHDRAWN: "Withdrawn (已撤回).",
});

/** 议事协商. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A community deliberation (议事协商, e.g. 幸福圆桌会)." })
export class Deliberation extends Node {
  @Field(() => String, { description: "Topic (议题)." })
  topic!: DeliberationRow["topic"];

  @Field(() => String, { description: "Format, e.g. 幸福圆桌会." })
  format!: DeliberationRow["format"];

  @Field(() => Date, { description: "When it is or was held." })
  heldAt!: DeliberationRow["heldAt"];

  @PersonName
  @Field(() => [String], { description: "Participants (参与方)." })
  participants!: DeliberationRow["participants"];

  @Field(() => Int, { nullable: true, description: "Number of attendees." })
  attendeeCount!: DeliberationRow["attendeeCount"];

  @FreeText
  @Field(() => String, { nullable: true, description: "Resolution adopted (协商结果)." })
  resolution!: DeliberationRow["resolution"];

  @Field(() => DeliberationStatus, { description: "State." })
  status!: DeliberationRow["status"];

  /** Exposed through a field resolver: only the codes of events the caller may see. */
  linkedEventCodes!: DeliberationRow["linkedEventCodes"];

  @Field(() => String, { description: "Code of the community." })
  communityCode!: DeliberationRow["communityCode"];

  @Field(() => Int, { description: "Version, bumped on every change (版本号); recordDeliberationOutcome takes it as expectedVersion." })
  version!: DeliberationRow["version"];
}
