import { Field, ObjectType } from "type-graphql";
import { siteLevel, type PracticeSiteRow, type VolunteerTeamRow } from "../../sources/civic/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { ActivityCategory } from "./activity.js";

export const SiteLevel = graphqlEnum("PracticeSiteLevel", siteLevel.enumValues, "Level of a civilisation practice site.", {
  CENTRE: "City centre (实践中心).",
  INSTITUTE: "Street institute (实践所).",
  STATION: "Community station (实践站).",
});

/** 新时代文明实践 中心/所/站. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A civilisation practice site: centre (中心), institute (所) or station (站)." })
export class PracticeSite extends Node {
  @Field(() => SiteLevel, { description: "Level." })
  level!: PracticeSiteRow["level"];

  @Field(() => String, { description: "Name." })
  name!: PracticeSiteRow["name"];

  @Field(() => String, { description: "Code of the division it serves." })
  divisionCode!: PracticeSiteRow["divisionCode"];

  @Field(() => String, { description: "Address." })
  address!: PracticeSiteRow["address"];
}

/** 志愿服务队. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A volunteer team (志愿服务队)." })
export class VolunteerTeam extends Node {
  @Field(() => String, { description: "Name, e.g. 笑颜义工队." })
  name!: VolunteerTeamRow["name"];

  @Field(() => String, { description: "Code of the division it serves." })
  divisionCode!: VolunteerTeamRow["divisionCode"];

  @Field(() => ActivityCategory, { description: "Main field of service." })
  focus!: VolunteerTeamRow["focus"];

  rowId!: number;
}
