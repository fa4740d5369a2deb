import { Field, InputType, Int, ObjectType } from "type-graphql";
import { divisionLevel, type DivisionRow } from "../../sources/registry/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

export const DivisionLevel = graphqlEnum("DivisionLevel", divisionLevel.enumValues, "Administrative level of a division (行政区划层级).", {
  CITY: "City or county-level city (市).",
  DISTRICT: "District (区).",
  STREET: "Street office, town or development zone (街道/镇/开发区).",
  COMMUNITY: "Residents' or villagers' committee (社区/村).",
});

/** An administrative division from the registry. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "An administrative division (行政区划) keyed by its 12-digit statistical code." })
export class Division extends Node {
  @Field(() => String, { description: "12-digit statistical division code (统计用区划代码)." })
  code!: DivisionRow["code"];

  @Field(() => String, { description: "Name (名称)." })
  name!: DivisionRow["name"];

  @Field(() => DivisionLevel, { description: "Level (层级)." })
  level!: DivisionRow["level"];

  @Field(() => String, { nullable: true, description: "Code of the parent division (上级区划代码)." })
  parentCode!: DivisionRow["parentCode"];

  @Field(() => Int, { nullable: true, description: "Urban-rural class code (城乡分类代码), e.g. 111 main urban area." })
  urbanRuralClass!: DivisionRow["urbanRuralClass"];
}

/** A community: a COMMUNITY-level division, joined to what all three centres hold about it. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A community (社区) with everything the three centres hold about it." })
export class Community extends Node {
  @Field(() => String, { description: "12-digit community code (社区代码)." })
  code!: DivisionRow["code"];

  @Field(() => String, { description: "Community name (社区名称)." })
  name!: DivisionRow["name"];

  @Field(() => Int, { nullable: true, description: "Urban-rural class code (城乡分类代码)." })
  urbanRuralClass!: DivisionRow["urbanRuralClass"];

  parentCode!: DivisionRow["parentCode"];
}

@InputType({ description: "Which communities to list." })
export class CommunityFilter {
  @Field(() => String, { nullable: true, description: "Only communities whose code starts with this prefix (a street's 9 digits, a city's 6)." })
  codePrefix?: string | null;

  @Field(() => String, { nullable: true, description: "Only communities whose name contains this text." })
  nameContains?: string | null;
}
