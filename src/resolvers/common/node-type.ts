import { getTableColumns, getTableName, type Column } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type DataLoader from "dataloader";
import { parentLink, type Entity } from "../../sources/common/entity.js";
import { CENTRE_OF } from "../../sources/centres.js";
import type { Node } from "../../schema/common/node.js";
import type { ScopedRows } from "../../sources/common/scoped-rows.js";
import type { Context } from "../context.js";
import { oneEach } from "./loaders.js";

/** A GraphQL node type over one entity of a centre: how a row becomes the node. */
export interface NodeType<T extends PgTable = PgTable, N extends Node = Node> {
  entity: Entity<T>;
  toNode(row: T["$inferSelect"]): N;
}

const registered = new Map<string, NodeType>();

/**
 * Every node type declared so far, by its global id's type name. Declaring one registers it,
 * as type-graphql's decorators register classes: the schema loads every resolver module
 * (see `server/schema.ts`), so by the time a request runs, every node type is here.
 */
export const NODE_TYPES: ReadonlyMap<string, NodeType> = registered;

/** Declares the node type of an entity: `node(id)`, write targets and the live hub find it by the entity's name. */
export function nodeType<T extends PgTable, N extends Node>(type: NodeType<T, N>): NodeType<T, N> {
  const name = type.entity.name;
  if (registered.has(name)) throw new Error(`Node type ${name} is declared twice`);
  registered.set(name, type as unknown as NodeType);
  return type;
}

const propertyNames = new WeakMap<PgTable, Map<unknown, string>>();

/** The TypeScript name (a row's property) of one of the table's columns. */
export function propertyOf(table: PgTable, column: unknown): string {
  let names = propertyNames.get(table);
  if (!names) propertyNames.set(table, (names = new Map(Object.entries(getTableColumns(table) as Record<string, Column>).map(([name, c]) => [c, name]))));
  const name = names.get(column);
  if (name === undefined) throw new Error(`${getTableName(table)}: not one of its columns`);
  return name;
}

const keyNameOf = (entity: Entity): string => propertyOf(entity.table, entity.key);

/** The caller's scoped reads of the centre that keeps `entity`. */
export function rowsFor(ctx: Context, entity: Entity): ScopedRows<Record<string, unknown>> {
  const centre = CENTRE_OF.get(entity);
  if (!centre) throw new Error(`${entity.name} is no centre's entity`);
  return ctx.reads[centre].rows as unknown as ScopedRows<Record<string, unknown>>;
}

/**
 * The rows of a node type by key, those the caller sees, one statement per request for all
 * keys; named `<Type>ById`, so node(id), write targets and links share one loader.
 */
export function nodeLoader<T extends PgTable, K extends string | number = number>(ctx: Context, type: NodeType<T>): DataLoader<K, T["$inferSelect"] | null> {
  const key = keyNameOf(type.entity);
  const rows = rowsFor(ctx, type.entity);
  return ctx.loaders.get(`${type.entity.name}ById`, async (keys: readonly K[]) => oneEach(keys, await rows.byKeys(type.entity, keys), (row) => (row as Record<string, K>)[key] as K));
}

/** The node of a global id's key, or null when there is none or the caller does not see it. */
export async function lookupNode(ctx: Context, type: NodeType, key: string): Promise<Node | null> {
  const numeric = type.entity.key.dataType === "number";
  // A key no row can have is simply not found.
  if (numeric && !/^[1-9]\d{0,8}$/.test(key)) return null;
  const row = await nodeLoader<PgTable, string | number>(ctx, type).load(numeric ? Number(key) : key);
  return row && type.toNode(row);
}

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
