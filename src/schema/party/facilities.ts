import { Field, Float, Int, ObjectType } from "type-graphql";
import { venueKind, type RedStationRow, type VenueRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";

export const VenueKind = graphqlEnum("VenueKind", venueKind.enumValues, "Kind of room in a party-mass service complex (功能室).", {
  CINEMA: "Cinema (影院).",
  SHARED_KITCHEN: "Shared kitchen (共享厨房).",
  CALLIGRAPHY_ROOM: "Calligraphy and painting room (书画室).",
  CHESS_ROOM: "Chess room (棋艺室).",
  WELLNESS_ROOM: "Wellness room (康养室).",
  DANCE_ROOM: "Dance room (舞蹈室).",
  MEETING_ROOM: "Deliberation room (议事室).",
});

/** A bookable room of the party-mass service centre. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A bookable room in a community's party-mass service complex (党群服务阵地)." })
export class Venue extends Node {
  @Field(() => String, { description: "Name (名称)." })
  name!: VenueRow["name"];

  @Field(() => VenueKind, { description: "Kind of room." })
  kind!: VenueRow["kind"];

  @Field(() => Int, { description: "Seats (容纳人数)." })
  capacity!: VenueRow["capacity"];

  @Field(() => String, { description: "Opening time, local (开放时间), HH:MM:SS." })
  opensAt!: VenueRow["opensAt"];

  @Field(() => String, { description: "Closing time, local (关闭时间), HH:MM:SS." })
  closesAt!: VenueRow["closesAt"];

  @Field(() => String, { description: "Address (地址)." })
  address!: VenueRow["address"];

  @Field(() => String, { description: "Code of the community it belongs to." })
  communityCode!: VenueRow["communityCode"];

  rowId!: number;
}

/** A red station (红色驿站). */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A red station (红色驿站): a rest point for sanitation workers, couriers and residents." })
export class RedStation extends Node {
  @Field(() => String, { description: "Name (名称)." })
  name!: RedStationRow["name"];

  @Field(() => String, { description: "Address (地址)." })
  address!: RedStationRow["address"];

  @Field(() => Float, { description: "Latitude (WGS-84)." })
  lat!: RedStationRow["lat"];

  @Field(() => Float, { description: "Longitude (WGS-84)." })
  lng!: RedStationRow["lng"];

  @Field(() => [String], { description: "Amenities offered (服务设施), e.g. 饮水, 充电." })
  amenities!: RedStationRow["amenities"];

  @Field(() => String, { nullable: true, description: "Unit hosting the station (承建单位)." })
  hostUnit!: RedStationRow["hostUnit"];

  @Field(() => String, { description: "Opening time, local." })
  opensAt!: RedStationRow["opensAt"];

  @Field(() => String, { description: "Closing time, local." })
  closesAt!: RedStationRow["closesAt"];

  @Field(() => String, { description: "Code of the community it belongs to." })
  communityCode!: RedStationRow["communityCode"];

  @Field(() => Float, { nullable: true, description: "Metres from the point asked about, in `redStations(near:)`." })
  distanceMeters?: number | null;
}
