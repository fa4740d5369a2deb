import { getTableColumns, sql, type Column, type SQL } from "drizzle-orm";
import { PgDialect, type PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { parseUtcTimestamp } from "./utc-timestamp.js";

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

/** A column's decoder: its drizzle decoder, with a fast path for times with a zone (the most common non-text value). */
function decoderOf(column: Column): (value: unknown) => unknown {
  const general = (value: unknown) => column.mapFromDriverValue(value);
  if (column.columnType !== "PgTimestamp" || !(column as Column & { withTimezone?: boolean }).withTimezone) return general;
  return (value) => (typeof value === "string" && parseUtcTimestamp(value)) || general(value);
}

/** Some columns of table `T`, rendered once, with a decoder from the driver's array rows into `Row`. */
export interface Projection<T extends PgTable, Row> {
  readonly table: T;
  readonly keys: readonly ColumnKey<T>[];
  /** Equal for projections that read the same columns and embeds: part of loader keys. */
  readonly id: string;
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
  const decoders = columns.map(decoderOf);
  const width = columns.length;
  const projection: Out = {
    table,
    keys: chosen,
    id,
    list,
    decode(raw, offset = 0) {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < width; i++) {
        const value = raw[offset + i];
        row[chosen[i] as string] = value === null || value === undefined ? null : (decoders[i] as (value: unknown) => unknown)(value);
      }
      return row as Pick<T["$inferSelect"], K>;
    },
  };
  perTable.set(id, projection as unknown as AnyProjection);
  if (!keys) whole.set(table, projection as unknown as AnyProjection);
  return projection;
}

/**
 * What a statement reads for each of its rows from other rows of the same database — a
 * child table's rows, one referenced row, a page — as one JSON value from a correlated
 * subquery: a level of the operation that costs no statement and no round trip of its own.
 */
export interface Embed<Out> {
  /** The correlated subquery; it may carry parameters (a row scope, a page's bounds). */
  readonly sql: SQL;
  /** Equal for embeds that read the same thing the same way: part of projection ids. */
  readonly id: string;
  /** Whether `sql` has no parameters, so projections with it can be rendered once and kept. */
  readonly fixed: boolean;
  decode(value: unknown): Out;
}

/** An embed of `subquery`, identified by its text and parameters. */
export function embed<Out>(subquery: SQL, decode: (value: unknown) => Out): Embed<Out> {
  const rendered = dialect.sqlToQuery(subquery);
  const fixed = rendered.params.length === 0;
  return { sql: fixed ? sql.raw(rendered.sql) : subquery, id: fixed ? rendered.sql : `${rendered.sql}|${JSON.stringify(rendered.params)}`, fixed, decode };
}

// json_build_array gives times as JSON strings, which the columns' decoders read as they read text.
const decodeAll =
  <T extends PgTable, Row>(projection: Projection<T, Row>) =>
  (value: unknown): Row[] =>
    Array.isArray(value) ? value.map((raw: unknown[]) => projection.decode(raw)) : [];

/** Embeds `projection`'s rows whose `foreignKey` equals the parent's `parentKey` (and that `where` lets through), in `order`. */
export function embedMany<T extends PgTable, Row>(projection: Projection<T, Row>, foreignKey: Column, parentKey: Column, order: readonly SQL[], where?: SQL): Embed<Row[]> {
  return embed(
    sql`(SELECT coalesce(json_agg(json_build_array(${projection.list}) ORDER BY ${sql.join([...order], sql`, `)}), '[]'::json) FROM ${projection.table} ${whereAll(sql`${foreignKey} = ${parentKey}`, where)})`,
    decodeAll(projection),
  );
}

/** Embeds the one row of `projection` whose `key` equals the parent's `reference` (and that `where` lets through), or null. */
export function embedOne<T extends PgTable, Row>(projection: Projection<T, Row>, key: Column, reference: Column, where?: SQL): Embed<Row | null> {
  return embed(sql`(SELECT json_build_array(${projection.list}) FROM ${projection.table} ${whereAll(sql`${key} = ${reference}`, where)})`, (value) =>
    Array.isArray(value) ? projection.decode(value) : null,
  );
}

/** A row's embedded values, by the response key of the field each serves. */
export type Embedded = Readonly<Record<string, unknown>>;

/** The rows a projection with embeds gives: its own, and each embed's value under `embedded`. */
export type WithEmbedded<Row> = Row & { embedded?: Embedded };

const withEmbedsCache = new WeakMap<AnyProjection, Map<string, AnyProjection>>();
const MAX_KEPT_PER_PROJECTION = 500;

/** `projection` with `embeds` (by response key) read after its columns; kept per projection and embeds when they carry no parameters. */
export function withEmbeds<T extends PgTable, Row>(projection: Projection<T, Row>, embeds: Readonly<Record<string, Embed<unknown>>>): Projection<T, WithEmbedded<Row>> {
  type Out = Projection<T, WithEmbedded<Row>>;
  const keys = Object.keys(embeds).sort();
  if (keys.length === 0) return projection as unknown as Out;
  const parts = keys.map((key) => embeds[key] as Embed<unknown>);
  const fixed = parts.every((part) => part.fixed);
  const id = `${projection.id}+${keys.map((key, i) => `${key}=${(parts[i] as Embed<unknown>).id}`).join("+")}`;
  let cache = withEmbedsCache.get(projection as unknown as AnyProjection);
  if (fixed) {
    if (!cache) withEmbedsCache.set(projection as unknown as AnyProjection, (cache = new Map()));
    const cached = cache.get(id);
    if (cached) return cached as unknown as Out;
  }
  const width = projection.keys.length;
  // No aliases: rows arrive as arrays, and the list must also serve inside json_build_array when embedded itself.
  const list = sql.join([projection.list, ...parts.map((part) => part.sql)], sql`, `);
  const out: Out = {
    table: projection.table,
    keys: projection.keys,
    id,
    list: fixed ? sql.raw(dialect.sqlToQuery(list).sql) : list,
    decode(raw, offset = 0) {
      const row = projection.decode(raw, offset) as WithEmbedded<Row>;
      const embedded: Record<string, unknown> = {};
      for (let i = 0; i < parts.length; i++) embedded[keys[i] as string] = (parts[i] as Embed<unknown>).decode(raw[offset + width + i]);
      row.embedded = embedded;
      return row;
    },
  };
  // Bounded: odd shapes (every page size, every subset of columns) cannot grow it for ever.
  if (fixed && cache && cache.size < MAX_KEPT_PER_PROJECTION) cache.set(id, out as unknown as AnyProjection);
  return out;
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
