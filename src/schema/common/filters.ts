import { Field, InputType } from "type-graphql";

/** Jurisdiction filter shared by the simple lists. */
@InputType({ description: "Restrict a list to one jurisdiction by code prefix (辖区)." })
export class DivisionScope {
  @Field(() => String, { nullable: true, description: "A city's 6 digits, a street's 9, a community's 12 (or a grid's 15 where grids apply)." })
  divisionCode?: string | null;
}
