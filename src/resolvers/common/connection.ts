import type { Page } from "../../sources/common/keyset.js";
import type { ConnectionValue } from "../../schema/common/connection.js";
import { encodeCursor } from "./cursor.js";

/** Turns a source page into a Connection value, mapping rows and computing cursors. */
export function toConnection<R, N>(page: Page<R>, map: (row: R) => N, cursorOf: (row: R) => string, count: () => Promise<number>): ConnectionValue<N> {
  const edges = page.rows.map((row) => ({ cursor: cursorOf(row), node: map(row) }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, count };
}

/** The page's own count when its read counted, else `count` (run only if `totalCount` is asked). */
export const countOf = (page: Page<unknown>, count: () => Promise<number>) => (): Promise<number> => (page.totalCount !== undefined ? Promise.resolve(page.totalCount) : count());

export const idCursor = (row: { id: number }) => encodeCursor(row.id, row.id);
export { encodeCursor };
