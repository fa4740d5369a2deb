import { Field, Int, ObjectType } from "type-graphql";
import { wishStatus, type MicroWishRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { ResidentNeed } from "../common/resident-need.js";
import { Sensitive } from "../common/person-name.js";

export const WishStatus = graphqlEnum("MicroWishStatus", wishStatus.enumValues, "State of a micro-wish.", {
  OPEN: "Waiting for a member to claim it (待认领).",
  CLAIMED: "Claimed by a member (已认领).",
  FULFILLED: "Fulfilled (已实现).",
});

/** 微心愿. */
@ObjectType({ simpleResolvers: true, implements: [Node, ResidentNeed], description: "A resident's micro-wish (微心愿) that a party member claims and fulfils." })
export class MicroWish extends ResidentNeed {
  @Sensitive("names")
  @Field(() => String, { description: "The resident who made the wish (心愿人): family name only (张**), masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  residentName!: MicroWishRow["residentName"];

  @Sensitive("phone")
  @Field(() => String, { nullable: true, description: "The resident's phone (138****5678); masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  residentPhone!: MicroWishRow["residentPhone"];

  @Field(() => WishStatus, { description: "State of the wish." })
  status!: MicroWishRow["status"];

  @Field(() => String, { nullable: true, description: "Code of the grid it came from." })
  gridCode!: MicroWishRow["gridCode"];

  @Field(() => Date, { nullable: true, description: "When a member claimed it." })
  claimedAt!: MicroWishRow["claimedAt"];

  @Field(() => Date, { nullable: true, description: "When it was fulfilled." })
  fulfilledAt!: MicroWishRow["fulfilledAt"];

  @Field(() => Int, { description: "Version, bumped on every change (版本号); fulfilMicroWish takes it as expectedVersion." })
  version!: MicroWishRow["version"];

  claimedByMemberId!: MicroWishRow["claimedByMemberId"];
}
