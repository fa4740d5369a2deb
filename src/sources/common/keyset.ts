import { and, asc, desc, getTableColumns, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";

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
}

/** The page of a parent that has no rows. */
export const emptyPage: Page<never> = { rows: [], hasNextPage: false };

/** `column = ANY($1)`: one statement whatever the number of keys. */
export const anyOf = (column: AnyColumn, values: readonly (string | number)[]): SQL => sql`${column} = ANY(${sql.param(values)})`;

/** `code LIKE prefix || '%'`, served by the varchar_pattern_ops indexes. */
export const hasPrefix = (column: AnyColumn, prefix: string): SQL => sql`${column} LIKE ${prefix.replace(/[\\%_]/g, "\\$&") + "%"}`;

interface KeysetQuery<T extends PgTable> {
  table: T;
  where: SQL | undefined;
  sortColumn: PgColumn;
  idColumn: PgColumn;
  page: PageRequest;
}

function keysetCondition(sortColumn: PgColumn, idColumn: PgColumn, page: PageRequest): SQL | undefined {
  if (!page.after) return undefined;
  const op = page.direction === "ASC" ? sql`>` : sql`<`;
  return sql`(${sortColumn}, ${idColumn}) ${op} (${page.after.sort}, ${page.after.id})`;
}

const ordering = (q: { sortColumn: PgColumn; idColumn: PgColumn; page: PageRequest }) =>
  q.page.direction === "ASC" ? [asc(q.sortColumn), asc(q.idColumn)] : [desc(q.sortColumn), desc(q.idColumn)];

/** One keyset page: `first + 1` rows are read to learn whether another page follows. */
export async function keysetPage<T extends PgTable>(db: NodePgDatabase<Record<string, unknown>>, q: KeysetQuery<T>): Promise<Page<T["$inferSelect"]>> {
  const rows = (await db
    .select()
    .from(q.table as PgTable)
    .where(and(q.where, keysetCondition(q.sortColumn, q.idColumn, q.page)))
    .orderBy(...ordering(q))
    .limit(q.page.first + 1)) as T["$inferSelect"][];
  return { rows: rows.slice(0, q.page.first), hasNextPage: rows.length > q.page.first };
}

/**
 * The first page of every parent in one statement: rows numbered per parent with a window
 * function, so 30 parents cost what 1 costs.
 */
export async function keysetPagesByParent<T extends PgTable, K extends string | number>(
  db: NodePgDatabase<Record<string, unknown>>,
  q: KeysetQuery<T> & { parentColumn: PgColumn; parents: readonly K[] },
): Promise<Map<K, Page<T["$inferSelect"]>>> {
  const order = q.page.direction === "ASC" ? sql`ASC` : sql`DESC`;
  const numbered = db
    .select({
      ...getTableColumns(q.table as PgTable),
      rowNumber: sql<number>`row_number() OVER (PARTITION BY ${q.parentColumn} ORDER BY ${q.sortColumn} ${order}, ${q.idColumn} ${order})`.as("row_number"),
    })
    .from(q.table as PgTable)
    .where(and(anyOf(q.parentColumn, q.parents), q.where, keysetCondition(q.sortColumn, q.idColumn, q.page)))
    .as("numbered");
  const rows = await db
    .select()
    .from(numbered)
    .where(sql`${numbered.rowNumber} <= ${q.page.first + 1}`)
    .orderBy(numbered.rowNumber);
  const pages = new Map<K, Page<T["$inferSelect"]>>(q.parents.map((p) => [p, { rows: [], hasNextPage: false }]));
  const parentKey = q.parentColumn.name;
  const fields = Object.entries(getTableColumns(q.table as PgTable));
  const parentField = fields.find(([, column]) => column.name === parentKey)?.[0];
  for (const row of rows as Record<string, unknown>[]) {
    const page = pages.get(row[parentField as string] as K);
    if (!page) continue;
    if ((row.rowNumber as number) > q.page.first) page.hasNextPage = true;
    else {
      const { rowNumber: _n, ...rest } = row;
      page.rows.push(rest as T["$inferSelect"]);
    }
  }
  return pages;
}

/** Row counts per parent in one grouped statement. */
export async function countsByParent<K extends string | number>(
  db: NodePgDatabase<Record<string, unknown>>,
  table: PgTable,
  parentColumn: PgColumn,
  parents: readonly K[],
  where: SQL | undefined,
): Promise<Map<K, number>> {
  const rows = await db
    .select({ parent: parentColumn, count: sql<number>`count(*)::int` })
    .from(table)
    .where(and(anyOf(parentColumn, parents), where))
    .groupBy(parentColumn);
  const counts = new Map<K, number>(parents.map((p) => [p, 0]));
  for (const row of rows) counts.set(row.parent as K, row.count);
  return counts;
}

export async function countRows(db: NodePgDatabase<Record<string, unknown>>, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(table).where(where);
  return row?.count ?? 0;
}

/** Rows of one table by primary key (those `where` lets through), in one statement. */
export function rowsById<T extends PgTable & { id: PgColumn }>(db: NodePgDatabase<Record<string, unknown>>, table: T, ids: readonly number[], where?: SQL): Promise<T["$inferSelect"][]> {
  return db.select().from(table as PgTable).where(and(anyOf(table.id, ids), where)) as Promise<T["$inferSelect"][]>;
}
