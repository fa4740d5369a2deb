import { Field, Float, ObjectType } from "type-graphql";
import { PersonName } from "../common/person-name.js";
import type { VolunteerRow } from "../../sources/civic/tables.js";
import { Node } from "../common/node.js";

/** A registered volunteer (志愿者), known publicly by the volunteer number. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A volunteer (志愿者) registered with the civilisation practice centre." })
export class Volunteer extends Node {
  @Field(() => String, { description: "Volunteer number (志愿者编号), used instead of the ID number." })
  volunteerNo!: VolunteerRow["volunteerNo"];

  @PersonName
  @Field(() => String, { description: "Name (姓名)." })
  name!: VolunteerRow["name"];

  @Field(() => String, { description: "Code of the volunteer's community." })
  communityCode!: VolunteerRow["communityCode"];

  @Field(() => [String], { description: "Skills (技能)." })
  skills!: VolunteerRow["skills"];

  @Field(() => Float, { description: "Credited service hours in total (累计服务时长)." })
  totalHours!: VolunteerRow["totalHours"];

  idNumber!: string;
  teamId!: VolunteerRow["teamId"];
}
