import { getTableColumns, sql, type Column, type SQL } from "drizzle-orm";
import { PgDialect, type PgTable } from "drizzle-orm/pg-core";
import pg from "pg";

/**
 * Reads on the hot path, with drizzle's columns and conditions but without its per-statement
 * cost: a table's column list is rendered once per projection (not per statement), only the
 * small WHERE part is compiled per request, rows arrive as arrays and are decoded by each
 * column's own drizzle decoder into plain objects of a fixed shape, and each distinct
 * statement text is prepared once per connection.
 */

const dialect = new PgDialect();

/** Columns of `T` by their TypeScript names. */
export type ColumnKey<T extends PgTable> = keyof T["_"]["columns"] & keyof T["$inferSelect"] & string;

/** Some columns of table `T`, rendered once, with a decoder from the driver's array rows into `Row`. */
export interface Projection<T extends PgTable, Row> {
  readonly table: T;
  readonly keys: readonly ColumnKey<T>[];
  /** `"table"."column", …` in key order. */
  readonly list: SQL;
  /** Decodes `raw[offset…]` into a row. */
  decode(raw: readonly unknown[], offset?: number): Row;
}

/** A row of which the columns `A` are certain and the others present when a selection asked for them. */
export type PartialRow<T extends PgTable, A extends ColumnKey<T>> = Pick<T["$inferSelect"], A> & Partial<T["$inferSelect"]>;

type AnyProjection = Projection<PgTable, unknown>;
const projections = new WeakMap<PgTable, Map<string, AnyProjection>>();
const whole = new WeakMap<PgTable, AnyProjection>();

/**
 * The projection of `keys` (every column when omitted). Cached per table and key set, so a
 * request pays neither the rendering nor the allocation.
 */
export function columnsOf<T extends PgTable, K extends ColumnKey<T> = ColumnKey<T>>(table: T, keys?: readonly K[]): Projection<T, Pick<T["$inferSelect"], K>> {
  type Out = Projection<T, Pick<T["$inferSelect"], K>>;
  if (!keys) {
    const every = whole.get(table);
    if (every) return every as unknown as Out;
  }
  const all = getTableColumns(table) as Record<string, Column>;
  const chosen = (keys ?? (Object.keys(all) as K[])) as readonly K[];
  const id = chosen.join(",");
  let perTable = projections.get(table);
  if (!perTable) projections.set(table, (perTable = new Map()));
  const cached = perTable.get(id);
  if (cached) return cached as unknown as Out;
  const columns = chosen.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`no column ${key}`);
    return column;
  });
  const list = sql.raw(dialect.sqlToQuery(sql.join(columns.map((c) => sql`${c}`), sql`, `)).sql);
  const width = columns.length;
  const projection: Out = {
    table,
    keys: chosen,
    list,
    decode(raw, offset = 0) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < width; i++) {
        const value = raw[offset + i];
        row[chosen[i] as string] = value === null || value === undefined ? null : (columns[i] as Column).mapFromDriverValue(value);
      }
      return row as Pick<T["$inferSelect"], K>;
    },
  };
  perTable.set(id, projection as unknown as AnyProjection);
  if (!keys) whole.set(table, projection as unknown as AnyProjection);
  return projection;
}

// Date and time types stay text for the columns' decoders, as drizzle's own driver does.
const RAW_TYPES = new Set<number>([1082, 1114, 1184, 1186, 1182, 1115, 1185, 1187, 1231]);
const types = {
  getTypeParser: ((oid: number, format?: string) => (RAW_TYPES.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser,
};

/** Statement names by text: each text is parsed once per connection. Bounded, so odd shapes cannot grow it for ever. */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;

function nameOf(text: string): string | undefined {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `g${statementNames.size.toString(36)}`;
    statementNames.set(text, name);
  }
  return name;
}

/** Runs one statement and returns its rows as arrays, in select-list order. */
export async function arrayRows(pool: pg.Pool, statement: SQL): Promise<unknown[][]> {
  const { sql: text, params } = dialect.sqlToQuery(statement);
  const result = await pool.query<unknown[]>({ text, values: params, rowMode: "array", types, name: nameOf(text) });
  return result.rows;
}

/** `SELECT <projection> FROM <table> <rest>`: WHERE, ORDER BY, LIMIT as the caller writes them. */
export async function selectRows<T extends PgTable, Row>(pool: pg.Pool, projection: Projection<T, Row>, rest: SQL): Promise<Row[]> {
  const rows = await arrayRows(pool, sql`SELECT ${projection.list} FROM ${projection.table} ${rest}`);
  return rows.map((raw) => projection.decode(raw));
}

/** The rows of a table that `where` lets through (all when undefined), in `order`: `asc(column)`, `desc(column)`. */
export function select<T extends PgTable, Row>(pool: pg.Pool, projection: Projection<T, Row>, where: SQL | undefined, order: readonly SQL[] = []): Promise<Row[]> {
  return selectRows(pool, projection, order.length ? sql`${whereAll(where)} ORDER BY ${sql.join([...order], sql`, `)}` : whereAll(where));
}

/** `WHERE a AND b …`, or nothing when no condition is given. */
export function whereAll(...conditions: (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);
  return present.length ? sql`WHERE ${sql.join(present.map((c) => sql`(${c})`), sql` AND `)}` : sql``;
}
