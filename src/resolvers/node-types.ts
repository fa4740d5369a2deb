import type { NodeType } from "./common/node-type.js";
import * as civic from "./civic/node-types.js";
import * as governance from "./governance/node-types.js";
import * as party from "./party/node-types.js";

/** Every node type of the three centres that is one row of one table, by its global id's type name. */
export const NODE_TYPES: ReadonlyMap<string, NodeType> = new Map(
  [...Object.values(party), ...Object.values(civic), ...Object.values(governance)].map((type) => [type.entity.name, type as unknown as NodeType]),
);
