import { Field, InterfaceType } from "type-graphql";
import { FreeText } from "./person-name.js";
import { graphqlEnum } from "./enums.js";
import { Node } from "./node.js";

export const NeedSource = graphqlEnum("NeedSource", ["PARTY", "CIVIC", "GOVERNANCE"] as const, "Which centre holds a resident need.", {
  PARTY: "A micro-wish (微心愿) at the party-mass service centre.",
  CIVIC: "A service order (点单) at the civilisation practice centre.",
  GOVERNANCE: "A livelihood request (民生诉求) event at the governance centre.",
});
export type NeedSourceValue = keyof typeof NeedSource;

export const NeedState = graphqlEnum("NeedState", ["OPEN", "IN_PROGRESS", "MET", "CLOSED_UNMET"] as const, "A need's state, common to all three centres (Open311-style).", {
  OPEN: "Nobody has taken it up yet.",
  IN_PROGRESS: "Someone has taken it up.",
  MET: "Fulfilled, done or closed with a result.",
  CLOSED_UNMET: "Cancelled or rejected.",
});
export type NeedStateValue = keyof typeof NeedState;

/** A resident's need, whichever centre holds it. */
@InterfaceType({
  implements: Node,
  description: "A resident's need, whichever centre holds it: micro-wishes, service orders and livelihood-request events (群众需求).",
})
export abstract class ResidentNeed extends Node {
  @Field(() => NeedSource, { description: "Which centre holds it." })
  source!: NeedSourceValue;

  @FreeText
  @Field(() => String, { description: "Short title." })
  title!: string;

  @FreeText
  @Field(() => String, { description: "Description." })
  description!: string;

  @Field(() => String, { description: "Code of the community it came from." })
  communityCode!: string;

  @Field(() => Date, { description: "When the resident asked." })
  requestedAt!: Date;

  @Field(() => NeedState, { description: "State, common to all three centres." })
  needState!: NeedStateValue;
}
