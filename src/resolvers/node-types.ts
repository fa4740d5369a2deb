import type { PgTable } from "drizzle-orm/pg-core";
import { parentLink, type Entity } from "../sources/common/entity.js";
import type { Context } from "./context.js";
import { nodeLoader, propertyOf, type NodeType } from "./common/node-type.js";
import * as civic from "./civic/node-types.js";
import * as governance from "./governance/node-types.js";
import * as party from "./party/node-types.js";

/** Every node type of the three centres that is one row of one table, by its global id's type name. */
export const NODE_TYPES: ReadonlyMap<string, NodeType> = new Map(
  [...Object.values(party), ...Object.values(civic), ...Object.values(governance)].map((type) => [type.entity.name, type as unknown as NodeType]),
);

/**
 * Where a row is: its grid, else its community; or, for a row placed by or seen with its
 * parent, the parent's (then read through the parent's loader, so a promise).
 */
export function placeOf(ctx: Context, entity: Entity, row: object): string | null | Promise<string | null> {
  const value = (column: unknown) => (row as Record<string, unknown>)[propertyOf(entity.table, column)];
  if (entity.place) return ((entity.place.grid && value(entity.place.grid)) || (entity.place.community && value(entity.place.community)) || null) as string | null;
  const link = parentLink(entity);
  const parentType = link && NODE_TYPES.get(link.parent.name);
  if (!link || !parentType) return null;
  return nodeLoader<PgTable, string | number>(ctx, parentType)
    .load(value(link.key) as string | number)
    .then((parent) => parent && placeOf(ctx, link.parent, parent));
}
