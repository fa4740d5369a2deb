import type { Page } from "../../sources/common/keyset.js";
import type { ConnectionValue, Edge } from "../../schema/common/connection.js";
import { encodeCursor } from "./cursor.js";

/** An edge whose cursor is encoded only when the operation asks for it. */
class LazyEdge<R, N> implements Edge<N> {
  constructor(
    private readonly row: R,
    private readonly cursorOf: (row: R) => string,
    readonly node: N,
  ) {}

  get cursor(): string {
    return this.cursorOf(this.row);
  }
}

/** Turns a source page into a Connection value, mapping rows; cursors are computed on demand. */
export function toConnection<R, N>(page: Page<R>, map: (row: R) => N, cursorOf: (row: R) => string, count: () => Promise<number>): ConnectionValue<N> {
  const edges = page.rows.map((row) => new LazyEdge(row, cursorOf, map(row)));
  const last = page.rows.at(-1);
  const pageInfo = {
    hasNextPage: page.hasNextPage,
    get endCursor() {
      return last === undefined ? null : cursorOf(last);
    },
  };
  return { edges, pageInfo, count };
}

/** The page's own count when its read counted, else `count` (run only if `totalCount` is asked). */
export const countOf = (page: Page<unknown>, count: () => Promise<number>) => (): Promise<number> => (page.totalCount !== undefined ? Promise.resolve(page.totalCount) : count());

export const idCursor = (row: { id: number }) => encodeCursor(row.id, row.id);
export { encodeCursor };
