import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Dataset, RowScope } from "../../auth/row-scope.js";
import { atPlaces, visibleIf } from "./visibility.js";

/** Where a row is: the community and grid codes it carries (either may be absent). */
export interface Place {
  community: AnyColumn | null;
  grid: AnyColumn | null;
}

/**
 * Who sees an entity's rows:
 * - `everyone`: every row is public (venues, grids);
 * - `dataset`: rows whose place is among the scope's places for that data set — the row's own
 *   place, or with `placeOf` its parent's (a booking is where its venue is) — and also the
 *   rows a resident `owner`s, the rows `public` selects (a published activity), and what
 *   `also` adds for a scope (a department's assigned events);
 * - `withParent`: exactly the rows whose parent the scope sees (an event's history).
 */
export type Visibility =
  | { everyone: true }
  | { dataset: Dataset; placeOf?: { key: AnyColumn; parent: Entity }; owner?: AnyColumn; public?: SQL; also?: (scope: RowScope) => SQL | undefined }
  | { withParent: { key: AnyColumn; parent: Entity } };

/**
 * One entity of a centre: its name (the GraphQL type, the global id's type, the change log's
 * entity), its table and key (what a global id wraps), where a row is, and who sees it.
 */
export interface Entity<T extends PgTable = PgTable> {
  readonly name: string;
  readonly table: T;
  readonly key: PgColumn;
  readonly place: Place | null;
  readonly visibility: Visibility;
  /** Its row changes go to the centre's change log, and so to subscribers (see `liveTables`). */
  readonly live?: boolean;
}

export const entity = <T extends PgTable>(description: Entity<T>): Entity<T> => description;

/** The data set whose places decide who sees an entity's rows (its parent's for rows seen with their parent); null for public rows. */
export function datasetOf(entity: Entity): Dataset | null {
  const v = entity.visibility;
  return "dataset" in v ? v.dataset : "withParent" in v ? datasetOf(v.withParent.parent) : null;
}

/** The parent a row without a place of its own is placed by (`placeOf`) or seen with (`withParent`), and the column pointing at it. */
export function parentLink(entity: Entity): { key: AnyColumn; parent: Entity } | undefined {
  const v = entity.visibility;
  return "placeOf" in v ? v.placeOf : "withParent" in v ? v.withParent : undefined;
}

/** The condition on `entity`'s table selecting the rows `scope` sees; undefined when it sees every row. */
export function visibleRows(entity: Entity, scope: RowScope): SQL | undefined {
  const v = entity.visibility;
  if (scope.everything || "everyone" in v) return undefined;
  if ("withParent" in v) {
    const { key, parent } = v.withParent;
    const seen = visibleRows(parent, scope);
    return seen && sql`${key} IN (SELECT ${parent.key} FROM ${parent.table} WHERE ${seen})`;
  }
  const places = scope.places[v.dataset];
  let here: SQL | undefined;
  if (v.placeOf) {
    const { key, parent } = v.placeOf;
    const there = parent.place ? atPlaces(places, parent.place.community, parent.place.grid) : undefined;
    here = there && sql`${key} IN (SELECT ${parent.key} FROM ${parent.table} WHERE ${there})`;
  } else if (entity.place) here = atPlaces(places, entity.place.community, entity.place.grid);
  return visibleIf(v.public, here, v.owner && scope.owner !== null ? eq(v.owner, scope.owner) : undefined, v.also?.(scope));
}
