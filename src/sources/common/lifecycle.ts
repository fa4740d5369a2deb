import { conflict } from "./errors.js";

/** Which states an action may start from and the state it leads to. */
export interface Step<S extends string> {
  readonly from: readonly S[];
  readonly to: S;
}

interface Versioned<S extends string> {
  status: S;
  version: number;
}

/** A table-driven state machine over a row's `status`; illegal steps are refused with CONFLICT. */
export class Lifecycle<S extends string, A extends string> {
  readonly actions: readonly A[];

  constructor(
    /** What the rows are, for messages: "event", "demand"… */
    private readonly noun: string,
    readonly steps: Readonly<Record<A, Step<S>>>,
  ) {
    this.actions = Object.keys(steps) as A[];
  }

  /** Actions allowed from `status`, in declaration order. */
  allowed(status: S): A[] {
    return this.actions.filter((action) => this.steps[action].from.includes(status));
  }

  /** The state `action` leads to from the row's state; CONFLICT listing the allowed actions otherwise. */
  next(row: Versioned<S>, action: A): S {
    const step = this.steps[action];
    if (step.from.includes(row.status)) return step.to;
    const allowed = this.allowed(row.status);
    throw conflict(`Cannot ${action} ${/^[aeiou]/i.test(this.noun) ? "an" : "a"} ${this.noun} that is ${row.status}; allowed: ${allowed.join(", ") || "none"}`, {
      status: row.status,
      allowedActions: allowed,
      currentVersion: row.version,
    });
  }
}

/** Refuses a row that has changed since the caller read it (optimistic concurrency). */
export function requireVersion(row: Versioned<string>, expectedVersion: number, label: string): void {
  if (row.version !== expectedVersion) {
    throw conflict(`${label} has changed since version ${expectedVersion}; it is now version ${row.version} (${row.status})`, {
      currentVersion: row.version,
      status: row.status,
    });
  }
}

/** `lifecycleOf<RowStatus>()("noun", steps)`: fixes the status type, infers the action names. */
export const lifecycleOf =
  <S extends string>() =>
  <A extends string>(noun: string, steps: Readonly<Record<A, Step<S>>>) =>
    new Lifecycle<S, A>(noun, steps);
