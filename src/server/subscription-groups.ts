import { Kind, print, subscribe, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode } from "graphql";
import type { Caller, Context } from "../resolvers/context.js";
import type { LiveLimits } from "../resolvers/live/hub.js";
import { scopeKey } from "../auth/row-scope.js";

/** Subscriptions whose items are the same for every subscriber asking the same way. */
const SHAREABLE = new Set(["eventChanged", "demandChanged", "microWishChanged", "activityChanged", "bookingChanged", "changes"]);

/**
 * Runs identical live subscriptions once. graphql-js executes a subscription's selection
 * for every subscriber and every change; thousands of dashboards watching one community
 * would repeat that work thousands of times. Subscriptions with the same document and
 * variables that start live (no `after`: a resume replays its own history first) share one
 * execution, whose results are copied to each member's bounded queue. A member whose queue
 * is full holds the group back (the shared stream then reads the change log instead of
 * holding changes in memory) until it takes results again, or is dropped after `stallMs`.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Promise<Group | ExecutionResult>>();

  constructor(
    /** Context for a group's shared execution, as the members' identity: no connection of its own. */
    private readonly sharedContext: (caller: Caller) => Context,
    private readonly limits: LiveLimits,
    private readonly onTooSlow: (member: Context) => void,
  ) {}

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const { identity, scope } = args.contextValue as Context;
    // Readers of personal data are audited one by one: they never share.
    const shape = groupKey(args);
    if (shape === null || identity.scopes.includes("pii:read")) return subscribe(args);
    // Members see the same rows and fields only with the same role, row scope and scopes.
    const shared: Caller = { identity: { ...identity, subject: identity.role === "resident" ? identity.subject : null, expiresAt: null }, scope };
    const key = `${JSON.stringify([identity.role, scopeKey(scope), identity.scopes])}\n${shape}`;
    let pending = this.groups.get(key);
    if (!pending) {
      pending = this.start(key, args, shared);
      this.groups.set(key, pending);
    }
    const group = await pending;
    if (!(group instanceof Group)) {
      this.groups.delete(key);
      return group;
    }
    return group.join(args.contextValue as Context);
  }

  private async start(key: string, args: ExecutionArgs, caller: Caller): Promise<Group | ExecutionResult> {
    const source = await subscribe({ ...args, contextValue: this.sharedContext(caller) });
    if (!isAsyncIterable(source)) return source;
    return new Group(source, this.limits, this.onTooSlow, () => this.groups.delete(key));
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterableIterator<ExecutionResult> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** The sharing key, or null when the operation must run on its own. */
function groupKey(args: ExecutionArgs): string | null {
  const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
  if (operation?.operation !== "subscription") return null;
  const [field, ...more] = operation.selectionSet.selections;
  if (more.length > 0 || field?.kind !== Kind.FIELD || !SHAREABLE.has(field.name.value)) return null;
  const variables = args.variableValues ?? {};
  const after = field.arguments?.find((a) => a.name.value === "after")?.value;
  if (after && after.kind !== Kind.NULL && !(after.kind === Kind.VARIABLE && variables[after.name.value] == null)) return null;
  return `${print(operation)}\n${JSON.stringify(variables)}`;
}

/** One shared execution and its members. */
class Group {
  private readonly members = new Set<Member>();
  private finished = false;

  constructor(
    private readonly source: AsyncIterableIterator<ExecutionResult>,
    private readonly limits: LiveLimits,
    private readonly onTooSlow: (member: Context) => void,
    private readonly onEmpty: () => void,
  ) {
    void this.run();
  }

  join(context: Context): AsyncIterableIterator<ExecutionResult> {
    const member = new Member(() => this.leave(member), () => this.onTooSlow(context));
    this.members.add(member);
    return member;
  }

  private leave(member: Member): void {
    this.members.delete(member);
    if (this.members.size === 0) this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.onEmpty();
    void this.source.return?.();
  }

  private async run(): Promise<void> {
    try {
      for await (const result of this.source) {
        for (const member of this.members) member.push(result);
        if (this.finished) break;
        // The slowest member sets the pace, up to `stallMs`; past that it is dropped.
        const full = [...this.members].filter((m) => m.size >= this.limits.maxQueue);
        await Promise.all(full.map(async (member) => (await member.drained(this.limits.stallMs)) || member.drop()));
      }
    } finally {
      this.finish();
      for (const member of this.members) member.end();
    }
  }
}

/** A member's view of the shared results: its own queue, kept short by the group's pace. */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  private onTaken: (() => void) | null = null;
  private ended = false;

  constructor(
    private readonly leave: () => void,
    private readonly tooSlow: () => void,
  ) {}

  get size(): number {
    return this.queue.length;
  }

  push(result: ExecutionResult): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
  }

  /** Resolves true when the member takes a result within `ms`, false otherwise. */
  drained(ms: number): Promise<boolean> {
    if (this.ended) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.onTaken = null;
        resolve(false);
      }, ms);
      this.onTaken = () => {
        clearTimeout(timer);
        this.onTaken = null;
        resolve(true);
      };
    });
  }

  /** Ends a member that stopped reading. */
  drop(): void {
    this.stop();
    this.tooSlow();
  }

  end(): void {
    this.ended = true;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    this.onTaken?.();
    const result = this.queue.shift();
    if (result) return Promise.resolve({ value: result, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.stop();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  private stop(): void {
    if (this.ended) return;
    this.queue.length = 0;
    this.onTaken?.();
    this.end();
    this.leave();
  }
}
