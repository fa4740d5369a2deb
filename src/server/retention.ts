import { log } from "../observability/log.js";
import { trimChangeLog } from "../sources/common/change-log.js";
import { forgetOldKeys } from "../sources/common/idempotency.js";
import type { SourceDatabases } from "../sources/index.js";

const HOUR_MS = 3_600_000;

/** The deepest cause's message: drizzle wraps driver errors in one that quotes the SQL. */
function innermost(error: unknown): string {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Trims idempotency keys older than `idempotencyHours` and change-log rows older than
 * `changeLogDays` from the three centres' databases, now and hourly. A source that is down
 * is skipped until the next round.
 */
export function startRetention(databases: SourceDatabases, limits: { idempotencyHours: number; changeLogDays: number }): { stop(): Promise<void> } {
  const sweep = async () => {
    for (const source of [databases.party, databases.civic, databases.governance]) {
      try {
        await forgetOldKeys(source, limits.idempotencyHours);
        await trimChangeLog(source, limits.changeLogDays);
      } catch (error) {
        log().warn({ source: source.name, error: innermost(error) }, "could not trim old idempotency keys and changes (next try in an hour)");
      }
    }
  };
  let running = sweep();
  const timer = setInterval(() => (running = sweep()), HOUR_MS);
  timer.unref();
  return {
    // Lets a sweep in flight finish before the pools close under it.
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
