import { Field, Float, ObjectType } from "type-graphql";

/** Health of one source database. */
@ObjectType({ simpleResolvers: true, description: "Health of one source database (数据源状态)." })
export class SourceHealth {
  @Field(() => String, { description: "Source name: registry, party, civic or governance." })
  name!: string;

  @Field(() => Boolean, { description: "Whether the database answered." })
  up!: boolean;

  @Field(() => Float, { nullable: true, description: "Round-trip time of a trivial statement, in milliseconds." })
  roundTripMs!: number | null;
}
