import { or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { hasPrefix } from "./conditions.js";

/** Matches no row: a caller who may see none of a table. */
export const NO_ROWS: SQL = sql`false`;

/**
 * Rows at any of `prefixes`: prefixes up to a community's 12 digits are matched on the
 * community code, longer ones (a grid) on the grid code; a table without a community code
 * is matched on its grid code, which starts with the community's.
 */
export function atPlaces(prefixes: readonly string[], community: AnyColumn | null, grid: AnyColumn | null): SQL | undefined {
  const terms = prefixes.map((prefix) => (community && (prefix.length <= 12 || !grid) ? hasPrefix(community, prefix) : hasPrefix(grid ?? community!, prefix)));
  return terms.length ? or(...terms) : undefined;
}

/** Any of the conditions under which a row is visible; none at all means no row is. */
export const visibleIf = (...conditions: (SQL | undefined)[]): SQL => or(...conditions.filter((c): c is SQL => c !== undefined)) ?? NO_ROWS;
