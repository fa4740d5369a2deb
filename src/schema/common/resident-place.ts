import { IsOptional } from "class-validator";
import { Field, InputType } from "type-graphql";
import { DivisionCode, Phone, StartsWithCode, Text } from "./validation.js";

/** Who asks and where: the fields every resident's request starts with; input types extend it. */
@InputType({ description: "A resident and their community and grid, shared by the requests residents make." })
export abstract class ResidentPlaceInput {
  @DivisionCode(12)
  @Field(() => String, { description: "Code of the resident's community (12 digits); it must exist in the division registry." })
  communityCode!: string;

  @IsOptional()
  @DivisionCode(15)
  @StartsWithCode("communityCode")
  @Field(() => String, { nullable: true, description: "Code of the resident's grid (15 digits), inside the community; it must exist." })
  gridCode?: string | null;

  @Text(40)
  @Field(() => String, { description: "Resident's name (居民姓名), at most 40 characters." })
  residentName!: string;

  @IsOptional()
  @Phone()
  @Field(() => String, { nullable: true, description: "Resident's phone number (联系电话)." })
  residentPhone?: string | null;
}
