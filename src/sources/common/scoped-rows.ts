import { and, asc, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { RowScope } from "../../auth/row-scope.js";
import { anyOf, hasPrefix } from "./conditions.js";
import type { SourceDatabase } from "./database.js";
import { parentLink, visibleRows, type Entity } from "./entity.js";
import { countRows, countsByParent, embedPage, keysetPage, keysetPagesByParent, type Page, type PageRequest } from "./keyset.js";
import { arrayRows, columnsOf, embedMany, embedOne, select, whereAll, type ColumnKey, type Embed, type Projection } from "./select.js";
import { atPlaces } from "./visibility.js";

export type { Embed, Page, PageRequest, Projection };

/**
 * Which rows of an entity a list asks for, before the scope is added: those at or under a
 * division or grid code (`inside`, on the entity's own place columns), those whose columns
 * hold one of the given values (`match`), and any further condition of the centre's (`where`).
 */
export interface RowFilter<T extends PgTable> {
  inside?: string;
  match?: { [K in ColumnKey<T>]?: readonly NonNullable<T["$inferSelect"][K]>[] };
  where?: SQL;
}

/** How a page is read: its order (the entity's key breaks ties), the columns (every one when omitted), and whether it is also counted. */
export interface PageRead<T extends PgTable, Row> {
  sort: PgColumn;
  page: PageRequest;
  columns?: Projection<T, Row>;
  counted?: boolean;
}

type Rows<T extends PgTable> = T["$inferSelect"];
const every = <T extends PgTable, Row>(table: T): Projection<T, Row> => columnsOf(table) as unknown as Projection<T, Row>;

/** Every column of an entity's table, as a projection for the embeds below. */
export const everyColumn = <T extends PgTable>(entity: Entity<T>): Projection<T, Rows<T>> => every(entity.table);

// Embeds whose text has no parameters (no scope condition), kept per projection, so each is rendered once.
const fixedEmbeds = new WeakMap<object, Map<string, Embed<unknown>>>();

/**
 * Every read of a centre's rows goes through here, limited to what one row scope sees: the
 * scope's condition is added from the entity's description (see `visibleRows`), so a centre's
 * read names the entity and cannot leave the scope out. The layer check keeps the centres'
 * `reads.ts` off the statement builders this wraps; what reads every row says so (`everyRow`).
 */
export class ScopedRows<TSchema extends Record<string, unknown>> {
  private readonly conditions = new Map<Entity, SQL | undefined>();

  constructor(
    private readonly source: SourceDatabase<TSchema>,
    readonly scope: RowScope,
  ) {}

  /**
   * The database without the scope: only for aggregates that name no row (a community's
   * counters) and facts public by nature (when a venue is taken). Named so that such a read
   * stands out where it is written.
   */
  get everyRow(): SourceDatabase<TSchema> {
    return this.source;
  }

  /** The condition selecting the rows of `entity` the scope sees (undefined: every row), for a statement the methods below do not shape. */
  visible(entity: Entity): SQL | undefined {
    if (!this.conditions.has(entity)) this.conditions.set(entity, visibleRows(entity, this.scope));
    return this.conditions.get(entity);
  }

  /** The rows of `entity` that `filter` asks for and (`scoped`) the scope sees. */
  private where<T extends PgTable>(entity: Entity<T>, filter: RowFilter<T>, scoped = true): SQL | undefined {
    const columns = entity.table as unknown as Record<string, PgColumn>;
    const matches = Object.entries(filter.match ?? {}).map(([key, values]) => {
      const column = columns[key];
      if (!column) throw new Error(`${getTableName(entity.table)}: no column ${key}`);
      return anyOf(column, values as readonly (string | number)[]);
    });
    return and(filter.inside === undefined ? undefined : this.inside(entity, filter.inside), ...matches, filter.where, scoped ? this.visible(entity) : undefined);
  }

  private inside(entity: Entity, prefix: string): SQL {
    if (!entity.place) throw new Error(`${entity.name} has no place of its own to be listed by`);
    const { community, grid } = entity.place;
    return atPlaces([prefix], community, grid) ?? hasPrefix((community ?? grid) as PgColumn, prefix);
  }

  /** Rows of `entity` by key (its id, or a grid's code): what `node(id)`, the by-id loaders and write targets read. */
  byKeys<T extends PgTable>(entity: Entity<T>, keys: readonly (string | number)[]): Promise<Rows<T>[]> {
    return select(this.source.pool, every<T, Rows<T>>(entity.table), and(anyOf(entity.key, keys), this.visible(entity)));
  }

  /** Every row `filter` asks for, in `order` (`asc(column)`, `desc(column)`), read with `columns`. */
  list<T extends PgTable, Row = Rows<T>>(entity: Entity<T>, filter: RowFilter<T>, order: readonly SQL[] = [], columns: Projection<T, Row> = every(entity.table)): Promise<Row[]> {
    return select(this.source.pool, columns, this.where(entity, filter), order);
  }

  /** One keyset page of the rows `filter` asks for. */
  page<T extends PgTable, Row = Rows<T>>(entity: Entity<T>, filter: RowFilter<T>, read: PageRead<T, Row>): Promise<Page<Row>> {
    return keysetPage(this.source.pool, { ...this.keyset(entity, read), where: this.where(entity, filter) });
  }

  count<T extends PgTable>(entity: Entity<T>, filter: RowFilter<T>): Promise<number> {
    return countRows(this.source.pool, entity.table, this.where(entity, filter));
  }

  /** The first page of each parent (rows whose `parentColumn` is its key), in one statement. */
  pagesByParent<T extends PgTable, P extends string | number, Row = Rows<T>>(entity: Entity<T>, parentColumn: PgColumn, parents: readonly P[], filter: RowFilter<T>, read: PageRead<T, Row>): Promise<Map<P, Page<Row>>> {
    return keysetPagesByParent(this.source.pool, { ...this.keyset(entity, read), where: this.where(entity, filter), parentColumn, parents });
  }

  countsByParent<T extends PgTable, P extends string | number>(entity: Entity<T>, parentColumn: PgColumn, parents: readonly P[], filter: RowFilter<T> = {}): Promise<Map<P, number>> {
    return countsByParent(this.source.pool, entity.table, parentColumn, parents, this.where(entity, filter));
  }

  /**
   * How many rows each parent has, whatever the scope: a count names no row (a community's
   * party members, an activity's enrolments, a post's claims).
   */
  tally<T extends PgTable, P extends string | number>(entity: Entity<T>, parentColumn: PgColumn, parents: readonly P[]): Promise<Map<P, number>> {
    return countsByParent(this.source.pool, entity.table, parentColumn, parents, undefined);
  }

  /**
   * How many rows each parent has per value of `valueColumn` (of those `filter` asks for),
   * whatever the scope, like `tally`: a distribution names no row, and means and shares are
   * computed from it. Who shows a figure decides whether there are enough rows behind it.
   */
  async distribution<T extends PgTable, P extends string | number, V extends string | number>(
    entity: Entity<T>,
    parentColumn: PgColumn,
    parents: readonly P[],
    valueColumn: PgColumn,
    filter: Omit<RowFilter<T>, "where"> = {},
  ): Promise<Map<P, Map<V, number>>> {
    const counts = new Map<P, Map<V, number>>(parents.map((p) => [p, new Map()]));
    if (parents.length === 0) return counts;
    const where = and(anyOf(parentColumn, parents), this.where(entity, filter, false));
    const rows = await arrayRows(this.source.pool, sql`SELECT ${parentColumn}, ${valueColumn}, count(*)::int FROM ${entity.table} ${whereAll(where)} GROUP BY 1, 2`);
    for (const [parent, value, n] of rows) counts.get(parent as P)?.set(value as V, n as number);
    return counts;
  }

  /**
   * Each parent row's `entity` rows (its `foreignKey` equal to the parent's `parentKey`), read
   * inside the parent's statement, in ascending `order`. Rows seen with their parent need no
   * condition of their own there: the parent's statement has its scope.
   */
  embedMany<T extends PgTable, Row>(entity: Entity<T>, columns: Projection<T, Row>, foreignKey: PgColumn, parentKey: PgColumn, order: readonly PgColumn[]): Embed<Row[]> {
    const condition = this.embeddedCondition(entity, foreignKey);
    if (condition) return embedMany(columns, foreignKey, parentKey, order.map((c) => asc(c)), condition);
    let kept = fixedEmbeds.get(columns);
    if (!kept) fixedEmbeds.set(columns, (kept = new Map()));
    const key = [foreignKey, parentKey, ...order].map((c) => `${getTableName(c.table)}.${c.name}`).join(",");
    let made = kept.get(key) as Embed<Row[]> | undefined;
    if (!made) kept.set(key, (made = embedMany(columns, foreignKey, parentKey, order.map((c) => asc(c)))));
    return made;
  }

  /** The one `entity` row whose `key` equals the parent's `reference` (null when none, or unseen), read inside the parent's statement. */
  embedOne<T extends PgTable, Row>(entity: Entity<T>, columns: Projection<T, Row>, key: PgColumn, reference: PgColumn): Embed<Row | null> {
    return embedOne(columns, key, reference, this.embeddedCondition(entity, key));
  }

  /** Each parent's page of the rows `filter` asks for (its `parentColumn` equal to the parent's `parentKey`), read inside the parent's statement. */
  embedPage<T extends PgTable, Row = Rows<T>>(entity: Entity<T>, parentColumn: PgColumn, parentKey: PgColumn, filter: RowFilter<T>, read: PageRead<T, Row>): Embed<Page<Row>> {
    return embedPage({ ...this.keyset(entity, read), where: this.where(entity, filter), parentColumn, parentKey });
  }

  private embeddedCondition(entity: Entity, linkColumn: PgColumn): SQL | undefined {
    const link = parentLink(entity);
    return "withParent" in entity.visibility && link?.key === linkColumn ? undefined : this.visible(entity);
  }

  private keyset<T extends PgTable, Row>(entity: Entity<T>, read: PageRead<T, Row>) {
    return { table: entity.table, sortColumn: read.sort, idColumn: entity.key, page: read.page, columns: read.columns, counted: read.counted };
  }
}
