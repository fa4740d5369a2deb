import { Field, Float, InputType } from "type-graphql";

/** A point on the map. */
@InputType({ description: "A point on the map (WGS-84)." })
export class GeoPointInput {
  @Field(() => Float, { description: "Latitude, -90 to 90." })
  lat!: number;

  @Field(() => Float, { description: "Longitude, -180 to 180." })
  lng!: number;
}
