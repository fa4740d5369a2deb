import { expect } from "vitest";
import type { Lifecycle } from "../../src/sources/common/lifecycle.js";
import { CommandError } from "../../src/sources/common/errors.js";

/**
 * The expected lifecycle, written out state by state: for every status, the actions allowed
 * from it in the order clients get them (`allowedActions`) and where each leads.
 */
export type TransitionTable<S extends string, A extends string> = Record<S, [A, S][]>;

/**
 * Checks every (status, action) pair of `lifecycle` against `table`: allowed pairs lead where
 * the table says, every other pair is refused with CONFLICT naming the status, the allowed
 * actions and the row's version. `statuses` are all the values of the status column, so a
 * status the table forgets fails the check.
 */
export function expectTransitions<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, statuses: readonly S[], table: TransitionTable<S, A>): void {
  expect(Object.keys(table).sort(), "the table lists every status of the column").toEqual([...statuses].sort());
  for (const status of statuses) {
    const expected = table[status];
    expect(lifecycle.allowed(status), `allowed from ${status}`).toEqual(expected.map(([action]) => action));
    for (const action of lifecycle.actions) {
      const step = expected.find(([a]) => a === action);
      const row = { status, version: 7 };
      if (step) {
        expect(lifecycle.next(row, action), `${action} from ${status}`).toBe(step[1]);
        continue;
      }
      let refusal: unknown;
      try {
        lifecycle.next(row, action);
      } catch (error) {
        refusal = error;
      }
      expect(refusal, `${action} from ${status} is refused`).toBeInstanceOf(CommandError);
      const { code, details, message } = refusal as CommandError;
      expect(code).toBe("CONFLICT");
      expect(details).toEqual({ status, allowedActions: expected.map(([a]) => a), currentVersion: 7 });
      expect(message).toContain(`Cannot ${action}`);
      expect(message).toContain(expected.length ? `allowed: ${expected.map(([a]) => a).join(", ")}` : "allowed: none");
    }
  }
}

/** Statuses reachable from `start` by any sequence of allowed actions. */
export function reachable<S extends string, A extends string>(lifecycle: Lifecycle<S, A>, start: S): Set<S> {
  const seen = new Set<S>([start]);
  const queue = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const action of lifecycle.allowed(status)) {
      const to = lifecycle.next({ status, version: 1 }, action);
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}
