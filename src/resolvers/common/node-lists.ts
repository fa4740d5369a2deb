import { asc } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Node } from "../../schema/common/node.js";
import type { ConnectionValue } from "../../schema/common/connection.js";
import type { RowFilter } from "../../sources/common/scoped-rows.js";
import type { Context } from "../context.js";
import { toConnection } from "./connection.js";
import { encodeCursor } from "./cursor.js";
import { listPage } from "./list-args.js";
import { rowsOf } from "./loaders.js";
import { propertyOf, rowsFor, type NodeType } from "./node-type.js";

type Row = Record<string, string | number | Date>;

/**
 * A page of a node type's rows that `filter` asks for and the caller sees, in `sort` order
 * (the key breaks ties), as a connection whose `totalCount` is counted only when asked.
 */
export async function nodeConnection<T extends PgTable>(
  ctx: Context,
  type: NodeType<T>,
  filter: RowFilter<T>,
  sort: PgColumn,
  args: { first: number; after?: string | null; direction: "ASC" | "DESC" },
): Promise<ConnectionValue<Node>> {
  const { entity } = type;
  const rows = rowsFor(ctx, entity);
  const [sortKey, key] = [propertyOf(entity.table, sort), propertyOf(entity.table, entity.key)];
  const page = await rows.page(entity, filter, { sort, page: listPage(args.first, args.after, args.direction) });
  return toConnection(
    page,
    (row) => type.toNode(row),
    (row) => encodeCursor((row as Row)[sortKey] as Date | string | number, (row as Row)[key] as string | number),
    () => rows.count(entity, filter),
  );
}

/**
 * The nodes whose `column` holds a parent's key (a company's compounds, a compound's meetings),
 * those the caller sees, in ascending `order`: one statement for every parent of the request.
 */
export function nodesOf<T extends PgTable, K extends string | number>(ctx: Context, type: NodeType<T>, column: PgColumn, parentKey: K, order: readonly PgColumn[]): Promise<Node[]> {
  const { entity } = type;
  const name = propertyOf(entity.table, column);
  const orderNames = order.map((c) => propertyOf(entity.table, c));
  const match = (keys: readonly K[]) => ({ [name]: keys }) as RowFilter<T>["match"];
  return rowsOf(
    ctx.loaders,
    `${entity.name}By:${name}:${orderNames.join(",")}`,
    parentKey,
    (keys: readonly K[]) => rowsFor(ctx, entity).list(entity, { match: match(keys) }, order.map((c) => asc(c))),
    (row) => (row as Row)[name] as K,
    (row) => type.toNode(row),
  );
}
