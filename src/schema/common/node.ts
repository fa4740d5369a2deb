import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: every entity has an opaque global id that `node(id)` resolves. */
@InterfaceType({ description: "An object with an opaque global id (全局标识), resolvable with `node(id)`." })
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id; do not parse it." })
  id!: string;
}
