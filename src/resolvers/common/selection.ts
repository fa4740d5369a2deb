import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLNamedType, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { columnsOf, withEmbeds, type ColumnKey, type Embed, type PartialRow, type Projection, type WithEmbedded } from "../../sources/common/select.js";
import type { Context } from "../context.js";

/**
 * What an operation selects below one field: the field nodes (several when fragments or
 * repeated selections merge) and the type of the objects they select on.
 */
export class Selection {
  private constructor(
    readonly info: GraphQLResolveInfo,
    readonly type: GraphQLNamedType,
    readonly nodes: readonly FieldNode[],
  ) {}

  /** The selection of the field being resolved. */
  static of(info: GraphQLResolveInfo): Selection {
    return new Selection(info, getNamedType(info.returnType), info.fieldNodes);
  }

  private children?: Map<string, Selection>;

  /** The fields selected on the objects, merged by response key (alias or name), in selection order. */
  fields(): Map<string, Selection> {
    return (this.children ??= this.collect());
  }

  private collect(): Map<string, Selection> {
    const byKey = new Map<string, FieldNode[]>();
    const visit = (set: SelectionSetNode | undefined) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          const nodes = byKey.get(key);
          if (nodes) nodes.push(selection);
          else byKey.set(key, [selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(this.info.fragments[selection.name.value]?.selectionSet);
      }
    };
    for (const node of this.nodes) visit(node.selectionSet);
    const fields = new Map<string, Selection>();
    for (const [key, nodes] of byKey) {
      const definition = isObjectType(this.type) ? this.type.getFields()[(nodes[0] as FieldNode).name.value] : undefined;
      fields.set(key, new Selection(this.info, definition ? getNamedType(definition.type) : this.type, nodes));
    }
    return fields;
  }

  /** The field's name (of the first node; merged nodes share it). */
  get name(): string {
    return this.nodes[0]?.name.value ?? "";
  }

  /** The names of the fields selected on the objects. */
  names(): Set<string> {
    return new Set([...this.fields().values()].map((field) => field.name));
  }

  /** The selection below `path` (field names), merging every response key of each name. */
  at(path: readonly string[]): Selection {
    let level: Selection = this;
    for (const step of path) {
      const matches = [...level.fields().values()].filter((field) => field.name === step);
      level = new Selection(this.info, matches[0]?.type ?? level.type, matches.flatMap((field) => field.nodes));
    }
    return level;
  }

  /**
   * The field's arguments, coerced from the operation and its variables as graphql-js does
   * (defaults applied, enums as their values); undefined when they do not coerce.
   */
  args(parent: GraphQLNamedType): Record<string, unknown> | undefined {
    const node = this.nodes[0];
    const definition = node && isObjectType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!node || !definition) return undefined;
    try {
      return getArgumentValues(definition, node, this.info.variableValues);
    } catch {
      return undefined;
    }
  }
}

/** What an embed plan is given: the request, the field's coerced arguments and what it selects. */
export interface EmbedRequest {
  ctx: Context;
  args: Record<string, unknown>;
  selection: Selection;
}

/**
 * How a field can be read inside its parent's statement. Undefined when this request cannot
 * (arguments the field's resolver will refuse, a read that needs a statement of its own):
 * the field's resolver then reads it by itself.
 */
export type EmbedPlan<Out> = (request: EmbedRequest) => Embed<Out> | undefined;

/**
 * Which columns each GraphQL field of an entity reads. `always` are read whatever is asked
 * (the id, what cursors, row scope and masking need); a field the map does not know makes
 * the read take every column, so a field added without its entry is slower, never wrong.
 */
export interface ColumnMap<T extends PgTable, A extends ColumnKey<T>, E extends Record<string, EmbedPlan<unknown>> = Record<never, EmbedPlan<unknown>>> {
  table: T;
  always: readonly A[];
  fields: Readonly<Record<string, readonly ColumnKey<T>[]>>;
  /** Fields read inside the row's own statement when selected (see `Embed`). */
  embeds?: E;
}

/** The rows a {@link ColumnMap}'s projections give. */
export type MappedRow<T extends PgTable, A extends ColumnKey<T>> = WithEmbedded<PartialRow<T, A>>;

const orders = new WeakMap<PgTable, readonly string[]>();

/** A table's column keys in table order, so equal selections share one projection (and one prepared statement). */
function columnOrder<T extends PgTable>(table: T): readonly ColumnKey<T>[] {
  let order = orders.get(table);
  if (!order) orders.set(table, (order = Object.keys(getTableColumns(table))));
  return order as readonly ColumnKey<T>[];
}

/** The projection that serves the fields `selection` selects, with the embeds its fields allow. */
export function columnsFor<T extends PgTable, A extends ColumnKey<T>, E extends Record<string, EmbedPlan<unknown>>>(
  map: ColumnMap<T, A, E>,
  selection: Selection,
  ctx: Context,
): Projection<T, MappedRow<T, A>> {
  const keys = new Set<ColumnKey<T>>(map.always);
  const embeds: Record<string, Embed<unknown>> = {};
  let everyColumn = false;
  for (const [key, field] of selection.fields()) {
    const name = field.name;
    if (name === "__typename") continue;
    const plan = map.embeds?.[name];
    const args = plan && field.args(selection.type);
    const embedded = plan && args && plan({ ctx, args, selection: field });
    if (embedded) embeds[key] = embedded;
    const columns = map.fields[name];
    if (!columns) everyColumn = true;
    else for (const column of columns) keys.add(column);
  }
  const base = everyColumn ? columnsOf(map.table) : columnsOf(map.table, columnOrder(map.table).filter((key) => keys.has(key)));
  return withEmbeds(base, embeds) as Projection<T, MappedRow<T, A>>;
}

/** What an embed plan reads. */
export type EmbedOutput<P> = P extends EmbedPlan<infer Out> ? Out : never;

/**
 * The value the parent's statement read for the field being resolved, under its response
 * key; undefined when it was not embedded and the resolver must read it itself.
 */
export function embeddedValue<E extends Record<string, EmbedPlan<unknown>>, F extends keyof E & string>(
  _map: { embeds?: E },
  _field: F,
  parent: { embedded?: Readonly<Record<string, unknown>> },
  info: GraphQLResolveInfo,
): EmbedOutput<E[F]> | undefined {
  return parent.embedded?.[info.path.key as string] as EmbedOutput<E[F]> | undefined;
}
