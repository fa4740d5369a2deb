import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { columnsOf, type ColumnKey, type PartialRow, type Projection } from "../../sources/common/select.js";

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
export interface ColumnMap<T extends PgTable, A extends ColumnKey<T>> {
  table: T;
  always: readonly A[];
  fields: Readonly<Record<string, readonly ColumnKey<T>[]>>;
}

/** The projection that serves the fields `info` selects at `path`. */
export function columnsFor<T extends PgTable, A extends ColumnKey<T>>(map: ColumnMap<T, A>, info: GraphQLResolveInfo, path: readonly string[] = []): Projection<T, PartialRow<T, A>> {
  const keys = new Set<ColumnKey<T>>(map.always);
  for (const name of selectedFields(info, path)) {
    if (name === "__typename") continue;
    const columns = map.fields[name];
    if (!columns) return columnsOf(map.table) as Projection<T, PartialRow<T, A>>;
    for (const key of columns) keys.add(key);
  }
  // Table order, so equal selections share one projection (and one prepared statement).
  const order = Object.keys(getTableColumns(map.table)) as ColumnKey<T>[];
  return columnsOf(map.table, order.filter((key) => keys.has(key))) as Projection<T, PartialRow<T, A>>;
}
