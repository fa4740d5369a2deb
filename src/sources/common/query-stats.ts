import { AsyncLocalStorage } from "node:async_hooks";
import type { SourceName } from "../../config.js";

/** SQL statements one source ran for one request, and the time they took. */
export interface SourceStatementStats {
  statements: number;
  milliseconds: number;
}

/** Per-request tally, filled in by every source pool while the request runs. */
export type QueryStats = Partial<Record<SourceName, SourceStatementStats>>;

const store = new AsyncLocalStorage<QueryStats>();

let counting = 0;

/**
 * Runs `work` so that every SQL statement it causes is counted in `stats`. The store's
 * promise hooks slow every request in the process while enabled, so they are switched off
 * again once no counted request is in flight.
 */
export async function withQueryStats<T>(stats: QueryStats, work: () => Promise<T>): Promise<T> {
  counting++;
  try {
    return await store.run(stats, work);
  } finally {
    if (--counting === 0) store.disable();
  }
}

export function recordStatement(source: SourceName, milliseconds: number): void {
  const stats = store.getStore();
  if (!stats) return;
  const entry = (stats[source] ??= { statements: 0, milliseconds: 0 });
  entry.statements += 1;
  entry.milliseconds += milliseconds;
}
