import { Field, ObjectType } from "type-graphql";
import { PersonName } from "./person-name.js";
import { Node } from "./node.js";

/** One resident across the silos. */
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "One resident across the centres (一人多身份): the same person as a party member, volunteer and grid worker, linked inside the API by national ID number, which is never exposed.",
})
export class Person extends Node {
  @PersonName
  @Field(() => String, { description: "Name (姓名) as the first source that knows the person records it." })
  name!: string;

  idNumber!: string;
}
