import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { columnsOf, withEmbeds, type ColumnKey, type Embed, type PartialRow, type Projection, type WithEmbedded } from "../../sources/common/select.js";

/**
 * The names of the fields an operation selects on the objects a field returns — for a
 * connection, `path` is `["edges", "node"]` — through fragments and inline fragments.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const step of path) level = collect(info, level).filter((node) => node.name.value === step);
  return new Set(collect(info, level).map((node) => node.name.value));
}

function collect(info: GraphQLResolveInfo, fields: readonly FieldNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return out;
}

/**
 * Which columns each GraphQL field of an entity reads. `always` are read whatever is asked
 * (the id, what cursors, row scope and masking need); a field the map does not know makes
 * the read take every column, so a field added without its entry is slower, never wrong.
 */
export interface ColumnMap<T extends PgTable, A extends ColumnKey<T>, E extends Record<string, Embed<unknown>> = Record<never, Embed<unknown>>> {
  table: T;
  always: readonly A[];
  fields: Readonly<Record<string, readonly ColumnKey<T>[]>>;
  /** To-many fields read inside the row's own statement when selected (see `embedMany`). */
  embeds?: E;
}

/** The rows a {@link ColumnMap}'s projections give. */
export type MappedRow<T extends PgTable, A extends ColumnKey<T>, E extends Record<string, Embed<unknown>>> = PartialRow<T, A> & Partial<WithEmbedded<unknown, E>>;

const orders = new WeakMap<PgTable, readonly string[]>();

/** A table's column keys in table order, so equal selections share one projection (and one prepared statement). */
function columnOrder<T extends PgTable>(table: T): readonly ColumnKey<T>[] {
  let order = orders.get(table);
  if (!order) orders.set(table, (order = Object.keys(getTableColumns(table))));
  return order as readonly ColumnKey<T>[];
}

/** The projection that serves the fields `info` selects at `path`. */
export function columnsFor<T extends PgTable, A extends ColumnKey<T>, E extends Record<string, Embed<unknown>>>(
  map: ColumnMap<T, A, E>,
  info: GraphQLResolveInfo,
  path: readonly string[] = [],
): Projection<T, MappedRow<T, A, E>> {
  const keys = new Set<ColumnKey<T>>(map.always);
  const embeds: Record<string, Embed<unknown>> = {};
  let everyColumn = false;
  for (const name of selectedFields(info, path)) {
    if (name === "__typename") continue;
    const embed = map.embeds?.[name];
    if (embed) embeds[name] = embed;
    const columns = map.fields[name];
    if (!columns) everyColumn = true;
    else for (const key of columns) keys.add(key);
  }
  const base = everyColumn ? columnsOf(map.table) : columnsOf(map.table, columnOrder(map.table).filter((key) => keys.has(key)));
  return withEmbeds(base, embeds) as unknown as Projection<T, MappedRow<T, A, E>>;
}
