import { liveGroups } from "../observability/metrics.js";
import { Kind, print, subscribe, type ExecutionArgs, type ExecutionResult, type OperationDefinitionNode, type ValueNode } from "graphql";
import type { Caller, Context } from "../resolvers/context.js";
import type { LiveLimits } from "../resolvers/live/live-service.js";
import { SHARED_RESULTS } from "../resolvers/live/entity-subscription.js";
import { scopeKey } from "../auth/row-scope.js";
import type { FrameOwner, Outbox } from "./socket-outbox.js";
import { NextFrames } from "./ws-frames.js";

/** Whether a subscription field declares that its items are the same for every subscriber asking the same way. */
const shareable = (args: ExecutionArgs, name: string): boolean => args.schema.getSubscriptionType()?.getFields()[name]?.extensions[SHARED_RESULTS] === true;

/** Where a subscriber's items go: its connection's outbox, under its graphql-ws subscription id. */
export interface Delivery {
  id: string;
  outbox: Outbox;
}

export interface GroupTransport {
  /** The delivery of the subscription whose operation context this is; undefined when it has none. */
  deliveryOf(context: Context): Delivery | undefined;
  /** A result as the `payload` of a graphql-ws `next` message (JSON text). */
  payloadOf(result: ExecutionResult): string;
}

/**
 * Runs identical live subscriptions once and sends each result to all their subscribers.
 * graphql-js executes a subscription's selection for every subscriber and every change;
 * thousands of dashboards watching one community would repeat that work thousands of times.
 * Subscriptions with the same document and variables that start live (no `after`: a resume
 * replays its own history first) share one execution. Each result is serialised once and
 * framed once per distinct subscription id; the frames go straight into each member's
 * connection outbox, with no per-subscriber promise or object. A member whose outbox is full
 * holds the group back (the shared stream then reads the change log instead of holding
 * changes in memory) until its socket drains, or is dropped after `stallMs`.
 */
export class SubscriptionGroups {
  private readonly groups = new Map<string, Promise<Group | ExecutionResult>>();
  private readonly untrack = liveGroups.track(() => [[{}, this.groups.size]]);

  constructor(
    /** Context for a group's shared execution, as the members' identity: no connection of its own. */
    private readonly sharedContext: (caller: Caller) => Context,
    private readonly limits: LiveLimits,
    private readonly onTooSlow: (member: Context) => void,
    private readonly transport: GroupTransport,
  ) {}

  /** Stops reporting to the metrics. */
  close(): void {
    this.untrack();
  }

  async subscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
    const context = args.contextValue as Context;
    const { identity, scope } = context;
    // Readers of personal data are audited one by one: they never share.
    const shape = groupKey(args);
    const delivery = shape === null || identity.scopes.includes("pii:read") ? undefined : this.transport.deliveryOf(context);
    if (!delivery) return subscribe(args);
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
    // A group whose last member left meanwhile has ended: this subscriber starts another.
    return group.join(context, delivery) ?? this.subscribe(args);
  }

  private async start(key: string, args: ExecutionArgs, caller: Caller): Promise<Group | ExecutionResult> {
    const source = await subscribe({ ...args, contextValue: this.sharedContext(caller) });
    if (!isAsyncIterable(source)) return source;
    return new Group(source, this.limits, this.onTooSlow, this.transport, () => this.groups.delete(key));
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterableIterator<ExecutionResult> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/**
 * What an operation shares by: its printed text and its `after` argument, or null when it must
 * run on its own. Kept per document, which the WebSocket layer parses once per distinct text.
 */
const shapes = new WeakMap<ExecutionArgs["document"], Map<string, { printed: string; after: ValueNode | undefined } | null>>();

function shapeOf(args: ExecutionArgs): { printed: string; after: ValueNode | undefined } | null {
  let byName = shapes.get(args.document);
  if (!byName) shapes.set(args.document, (byName = new Map()));
  const name = args.operationName ?? "";
  let shape = byName.get(name);
  if (shape === undefined) {
    const operations = args.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = args.operationName ? operations.find((o) => o.name?.value === args.operationName) : operations[0];
    const [field, ...more] = operation?.operation === "subscription" ? operation.selectionSet.selections : [];
    shape =
      operation && field?.kind === Kind.FIELD && more.length === 0 && shareable(args, field.name.value)
        ? { printed: print(operation), after: field.arguments?.find((a) => a.name.value === "after")?.value }
        : null;
    byName.set(name, shape);
  }
  return shape;
}

/** The sharing key, or null when the operation must run on its own. */
function groupKey(args: ExecutionArgs): string | null {
  const shape = shapeOf(args);
  if (!shape) return null;
  const variables = args.variableValues ?? {};
  const { after } = shape;
  if (after && after.kind !== Kind.NULL && !(after.kind === Kind.VARIABLE && variables[after.name.value] == null)) return null;
  return `${shape.printed}\n${JSON.stringify(variables)}`;
}

/** One shared execution and its members. */
class Group {
  private readonly members = new Set<Member>();
  private finished = false;

  constructor(
    private readonly source: AsyncIterableIterator<ExecutionResult>,
    private readonly limits: LiveLimits,
    private readonly onTooSlow: (member: Context) => void,
    private readonly transport: GroupTransport,
    private readonly onEmpty: () => void,
  ) {
    void this.run();
  }

  join(context: Context, delivery: Delivery): AsyncIterableIterator<ExecutionResult> | undefined {
    if (this.finished) return undefined;
    const member = new Member(delivery, () => this.leave(member), () => this.onTooSlow(context));
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
        const { maxQueue, stallMs } = this.limits;
        let full: Member[] | undefined;
        if (this.members.size > 0) {
          const frames = new NextFrames(this.transport.payloadOf(result));
          for (const member of this.members) if (member.send(frames) >= maxQueue) (full ??= []).push(member);
        }
        if (this.finished) break;
        // The slowest member sets the pace, up to `stallMs`; past that it is dropped.
        if (full) await Promise.all(full.map(async (member) => (await member.drained(maxQueue, stallMs)) || member.drop()));
      }
    } finally {
      this.finish();
      for (const member of this.members) member.end();
    }
  }
}

/**
 * A member of a group. To graphql-ws it is the subscription's stream, which yields nothing
 * (the group writes its frames) and ends when the membership does, so that graphql-ws sends
 * `complete` after the last frame, or nothing when the client completed it.
 */
class Member implements AsyncIterableIterator<ExecutionResult>, FrameOwner {
  private finished: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  active = true;
  private readonly id: string;
  private readonly outbox: Outbox;

  constructor(
    delivery: Delivery,
    private readonly leave: () => void,
    private readonly tooSlow: () => void,
  ) {
    this.id = delivery.id;
    this.outbox = delivery.outbox;
  }

  /** Queues a result's frame; returns how many frames wait on the member's connection. */
  send(frames: NextFrames): number {
    return this.active ? this.outbox.push(frames.for(this.id), this) : 0;
  }

  /** Resolves true once fewer than `limit` frames wait on the connection within `ms`, false otherwise. */
  drained(limit: number, ms: number): Promise<boolean> {
    return this.active ? this.outbox.below(limit, ms) : Promise.resolve(true);
  }

  /** Ends a member that stopped reading. */
  drop(): void {
    this.stop();
    this.tooSlow();
  }

  /** The shared execution ended: what was queued goes out before graphql-ws completes the subscription. */
  end(): void {
    if (!this.active) return;
    this.outbox.flushNow();
    this.active = false;
    this.settle();
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.active) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.finished = resolve));
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.stop();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  private stop(): void {
    if (!this.active) return;
    this.active = false;
    this.settle();
    this.leave();
  }

  private settle(): void {
    this.finished?.({ value: undefined, done: true });
    this.finished = null;
  }
}
