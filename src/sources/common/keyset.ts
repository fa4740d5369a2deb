import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type pg from "pg";
import { anyOf } from "./conditions.js";
import { invalidArgument } from "./errors.js";
import { arrayRows, columnsOf, embed, selectRows, whereAll, type Embed, type Projection } from "./select.js";

/** Where a page starts: the sort key and id of the last row the client saw. */
export interface Keyset {
  sort: string | number;
  id: number | string;
}

export interface PageRequest {
  first: number;
  after?: Keyset;
  direction: "ASC" | "DESC";
}

/** Rows of one page (or, partitioned, of one parent's page) and whether more follow. */
export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
  /** Rows matching over all pages, when the read was asked to count them too. */
  totalCount?: number;
}

/** The page of a parent that has no rows. */
export const emptyPage: Page<never> = { rows: [], hasNextPage: false };

interface KeysetQuery<T extends PgTable, Row> {
  /** The columns to read; every column when omitted. */
  columns?: Projection<T, Row>;
  table: T;
  where: SQL | undefined;
  sortColumn: PgColumn;
  idColumn: PgColumn;
  page: PageRequest;
  /** Also count every row `where` matches, in the same statement. */
  counted?: boolean;
}

/**
 * A cursor's value as its column takes it: a time as a valid date, a number as an integer,
 * text as text. A cursor is opaque to clients; one made up to fit no row of the list is
 * refused here rather than by PostgreSQL.
 */
function cursorValue(column: PgColumn, value: string | number): string | number | Date {
  const fits =
    column.dataType === "date"
      ? typeof value === "string" && Number.isFinite(Date.parse(value))
      : column.dataType === "number"
        ? Number.isSafeInteger(value)
        : typeof value === "string" && value.length <= 200;
  if (!fits) throw invalidArgument("after", "Malformed cursor in `after`");
  return column.dataType === "date" ? new Date(value) : value;
}

function keysetCondition(sortColumn: PgColumn, idColumn: PgColumn, page: PageRequest): SQL | undefined {
  if (!page.after) return undefined;
  const op = page.direction === "ASC" ? sql`>` : sql`<`;
  return sql`(${sortColumn}, ${idColumn}) ${op} (${sql.param(cursorValue(sortColumn, page.after.sort), sortColumn)}, ${sql.param(cursorValue(idColumn, page.after.id), idColumn)})`;
}

function orderBy(q: { sortColumn: PgColumn; idColumn: PgColumn; page: PageRequest }): SQL {
  const direction = sql.raw(q.page.direction === "ASC" ? "ASC" : "DESC");
  return sql`ORDER BY ${q.sortColumn} ${direction}, ${q.idColumn} ${direction}`;
}

const projectionOf = <T extends PgTable, Row>(q: { columns?: Projection<T, Row>; table: T }): Projection<T, Row> => q.columns ?? (columnsOf(q.table) as unknown as Projection<T, Row>);

/** One keyset page: `first + 1` rows are read to learn whether another page follows. */
export async function keysetPage<T extends PgTable, Row = T["$inferSelect"]>(pool: pg.Pool, q: KeysetQuery<T, Row>): Promise<Page<Row>> {
  const projection = projectionOf(q);
  const pageQuery = sql`${whereAll(q.where, keysetCondition(q.sortColumn, q.idColumn, q.page))} ${orderBy(q)} LIMIT ${q.page.first + 1}`;
  if (!q.counted) {
    const rows = await selectRows(pool, projection, pageQuery);
    return { rows: rows.slice(0, q.page.first), hasNextPage: rows.length > q.page.first };
  }
  // The count as the one outer row, the page joined to it: a statement, whatever the page holds.
  const raw = await arrayRows(
    pool,
    sql`SELECT total.n, page.* FROM (SELECT count(*)::int AS n FROM ${q.table} ${whereAll(q.where)}) AS total
      LEFT JOIN LATERAL (SELECT true, ${projection.list} FROM ${q.table} ${pageQuery}) AS page ON true`,
  );
  const page: Page<Row> = { rows: [], hasNextPage: false, totalCount: (raw[0]?.[0] as number | undefined) ?? 0 };
  for (const row of raw) addRow(page, q.page.first, projection, row, 1);
  return page;
}

/**
 * Adds a row of a `LIMIT first + 1` page to `page`: `row[present]` is the page's marker
 * column (null where the LEFT JOIN found no row), its columns follow; the extra row only
 * says that another page follows.
 */
function addRow<T extends PgTable, Row>(page: Page<Row>, first: number, projection: Projection<T, Row>, row: readonly unknown[], present: number): void {
  if (row[present] === null) return;
  if (page.rows.length === first) page.hasNextPage = true;
  else page.rows.push(projection.decode(row, present + 1));
}

/** `unnest($1::type[]) AS parent(key)`: the parent keys of a batch as rows. */
function parentKeys(parents: readonly (string | number)[]): SQL {
  const type = typeof parents[0] === "number" ? sql.raw("int[]") : sql.raw("text[]");
  return sql`unnest(${sql.param(parents)}::${type}) AS parent(key)`;
}

/**
 * The first page of every parent in one statement: for each parent key, a LATERAL subquery
 * walks the (parent, sort key) index and stops after `first + 1` rows, so the cost follows the
 * rows returned, not every row the parents have. Counted, each parent's count rides along.
 */
export async function keysetPagesByParent<T extends PgTable, P extends string | number, Row = T["$inferSelect"]>(
  pool: pg.Pool,
  q: KeysetQuery<T, Row> & { parentColumn: PgColumn; parents: readonly P[] },
): Promise<Map<P, Page<Row>>> {
  const projection = projectionOf(q);
  const pages = new Map<P, Page<Row>>(q.parents.map((p) => [p, { rows: [], hasNextPage: false, ...(q.counted ? { totalCount: 0 } : {}) }]));
  if (q.parents.length === 0) return pages;
  const ofParent = sql`${q.parentColumn} = parent.key`;
  // A LATERAL count runs once per parent; in the select list it would run once per page row.
  const count = q.counted ? sql`CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ${q.table} ${whereAll(ofParent, q.where)}) AS total` : sql``;
  const raw = await arrayRows(
    pool,
    sql`SELECT parent.key, ${q.counted ? sql`total.n, ` : sql``}page.* FROM ${parentKeys(q.parents)} ${count} LEFT JOIN LATERAL (
      SELECT true, ${projection.list} FROM ${q.table} ${whereAll(ofParent, q.where, keysetCondition(q.sortColumn, q.idColumn, q.page))}
      ${orderBy(q)} LIMIT ${q.page.first + 1}) AS page ON true`,
  );
  const present = q.counted ? 2 : 1;
  for (const row of raw) {
    const page = pages.get(row[0] as P);
    if (!page) continue;
    if (q.counted) page.totalCount = row[1] as number;
    addRow(page, q.page.first, projection, row, present);
  }
  return pages;
}

/**
 * One parent's page read inside the parent's own statement (see {@link Embed}): the keyset
 * page of `q.table` whose `parentColumn` equals the parent's `parentKey`, `first + 1` rows
 * along the (parent, sort key) index, with the count when asked.
 */
export function embedPage<T extends PgTable, Row>(q: KeysetQuery<T, Row> & { parentColumn: PgColumn; parentKey: PgColumn }): Embed<Page<Row>> {
  const projection = projectionOf(q);
  const ofParent = sql`${q.parentColumn} = ${q.parentKey}`;
  const first = Math.trunc(q.page.first);
  // The page's rows under the table's own name, numbered in page order, so the projection's
  // columns and embeds read them as they would read the table; the row past the page only
  // says that another page follows, so it is aggregated as a null without being built.
  // Literals, not parameters: an embed without parameters is rendered once and kept (see `withEmbeds`).
  const alias = sql.identifier(getTableName(q.table));
  const rows = sql`(SELECT coalesce(json_agg(CASE WHEN ${alias}.page_position <= ${sql.raw(String(first))} THEN json_build_array(${projection.list}) END ORDER BY ${alias}.page_position), '[]'::json)
    FROM (SELECT ${q.table}.*, row_number() OVER (${orderBy(q)}) AS page_position FROM ${q.table}
      ${whereAll(ofParent, q.where, keysetCondition(q.sortColumn, q.idColumn, q.page))} ${orderBy(q)} LIMIT ${sql.raw(String(first + 1))}) AS ${alias})`;
  const count = sql`(SELECT count(*)::int FROM ${q.table} ${whereAll(ofParent, q.where)})`;
  return embed(q.counted ? sql`json_build_array(${count}, ${rows})` : rows, (value) => {
    const [totalCount, raw] = (q.counted ? value : [undefined, value]) as [number | undefined, unknown[][] | null];
    const list = raw ?? [];
    const page: Page<Row> = { rows: list.slice(0, first).map((r) => projection.decode(r)), hasNextPage: list.length > first };
    if (totalCount !== undefined) page.totalCount = totalCount;
    return page;
  });
}

/** Row counts per parent in one grouped statement. */
export async function countsByParent<K extends string | number>(pool: pg.Pool, table: PgTable, parentColumn: PgColumn, parents: readonly K[], where: SQL | undefined): Promise<Map<K, number>> {
  const counts = new Map<K, number>(parents.map((p) => [p, 0]));
  if (parents.length === 0) return counts;
  const rows = await arrayRows(pool, sql`SELECT ${parentColumn}, count(*)::int FROM ${table} ${whereAll(anyOf(parentColumn, parents), where)} GROUP BY 1`);
  for (const [parent, count] of rows) counts.set(parent as K, count as number);
  return counts;
}

export async function countRows(pool: pg.Pool, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await arrayRows(pool, sql`SELECT count(*)::int FROM ${table} ${whereAll(where)}`);
  return (row?.[0] as number | undefined) ?? 0;
}
