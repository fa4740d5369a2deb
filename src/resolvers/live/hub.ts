import { GraphQLError } from "graphql";
import { comparePositions, type Change, type ChangeFeed } from "../../sources/common/change-feed.js";
import type { Node } from "../../schema/common/node.js";
import type { Context } from "../context.js";
import { toGlobalId } from "../common/global-id.js";
import { resolveNode } from "../common/root-resolver.js";
import type { CentreName } from "./centres.js";
import { encodeCursor, type Positions } from "./cursor.js";

/** One change as a subscriber receives it. */
export interface LiveItem {
  change: Change;
  /** Global id of the changed object. */
  id: string;
  /** The object as it is now (null when deleted or gone). */
  node: Node | null;
  /** Resume position right after this item. */
  cursor: string;
}

export interface StreamRequest {
  centres: readonly CentreName[];
  /** Positions to replay from (a cursor of an earlier item); null starts live from now. */
  after: Positions | null;
  /** Cheap test on the logged row (entity, codes), before the node is loaded. */
  matches(change: Change): boolean;
  /** Test on the loaded node (state, category…); deletions have no node. */
  keeps(item: { change: Change; node: Node | null }): boolean;
  /** Called once when more than the hub's `maxQueue` items wait undelivered; the stream then ends. */
  onOverflow(): void;
}

const REPLAY_PAGE = 500;

/**
 * Fans each centre's change batches out to subscribers. A batch's nodes are loaded once,
 * through the same loaders as queries, for every subscriber it concerns. A subscriber that
 * resumes from a cursor is attached to the live feed first (holding what arrives), then
 * replays the log up to where the feed stood when it attached, then gets what it held: no
 * gap and no duplicate at the seam.
 */
export class LiveHub {
  private readonly subscribers = new Map<CentreName, Set<Subscriber>>();
  private readonly chains = new Map<CentreName, Promise<void>>();

  constructor(
    private readonly feeds: Record<CentreName, ChangeFeed>,
    /** A fresh context (new loaders) for loading one batch's nodes. */
    private readonly freshContext: () => Context,
    /** Undelivered items a subscription may pile up before it counts as too slow. */
    readonly maxQueue: number,
  ) {
    for (const [centre, feed] of Object.entries(feeds) as [CentreName, ChangeFeed][]) {
      this.subscribers.set(centre, new Set());
      this.chains.set(centre, Promise.resolve());
      feed.onBatch((batch) => {
        // Who receives a batch is decided now, in feed order; loading its nodes may take a while.
        const audience = [...(this.subscribers.get(centre) ?? [])];
        if (audience.length === 0) return;
        const next = (this.chains.get(centre) ?? Promise.resolve()).then(() => this.deliver(batch, audience));
        this.chains.set(
          centre,
          next.catch((error: unknown) => console.error(`gongzhi: could not deliver ${centre} changes:`, error)),
        );
      });
    }
  }

  /** Number of live subscriptions, for figures. */
  get size(): number {
    return new Set([...this.subscribers.values()].flatMap((s) => [...s])).size;
  }

  /** Changes for one subscription, replayed from `after` when given, then live. */
  async stream(request: StreamRequest): Promise<AsyncIterableIterator<LiveItem>> {
    const subscriber = new Subscriber(request, this.maxQueue, () => this.detach(subscriber));
    const until: Positions = {};
    for (const centre of request.centres) {
      this.subscribers.get(centre)?.add(subscriber);
      until[centre] = this.feeds[centre].delivered;
    }
    if (request.after) {
      try {
        await this.replay(subscriber, request.after, until);
      } catch (error) {
        this.detach(subscriber);
        throw error;
      }
    } else {
      subscriber.positions = { ...until };
    }
    subscriber.goLive();
    return subscriber;
  }

  /** Calls `onChange` after every batch holding a change that `matches`; returns the stop. No nodes are loaded. */
  watch(centres: readonly CentreName[], matches: (change: Change) => boolean, onChange: () => void): () => void {
    const stops = centres.map((centre) => this.feeds[centre].onBatch((batch) => batch.some(matches) && onChange()));
    return () => stops.forEach((stop) => stop());
  }

  private detach(subscriber: Subscriber): void {
    for (const set of this.subscribers.values()) set.delete(subscriber);
  }

  private async replay(subscriber: Subscriber, after: Positions, until: Positions): Promise<void> {
    for (const centre of subscriber.request.centres) {
      const from = after[centre];
      if (!from) throw new GraphQLError(`\`after\` holds no position for ${centre}; use a cursor from this subscription`, { extensions: { code: "BAD_USER_INPUT", argument: "after" } });
      subscriber.positions[centre] = from;
    }
    for (const centre of subscriber.request.centres) {
      const feed = this.feeds[centre];
      const trimmed = await feed.trimmedTo();
      const from = subscriber.positions[centre]!;
      if (trimmed && comparePositions(from, trimmed) <= 0) {
        throw new GraphQLError("`after` is older than the retained change log; load the current state and subscribe without `after`", {
          extensions: { code: "BAD_USER_INPUT", argument: "after", reason: "CURSOR_EXPIRED" },
        });
      }
      const end = until[centre]!;
      for (let position = from; comparePositions(position, end) < 0; ) {
        const page = await feed.read(position, end, REPLAY_PAGE);
        if (page.length === 0) break;
        await this.offer(page, [subscriber], (item) => subscriber.push(item));
        position = page[page.length - 1]!.position;
      }
      subscriber.positions[centre] = end;
    }
  }

  private deliver(batch: Change[], audience: Subscriber[]): Promise<void> {
    return this.offer(batch, audience, (item, subscriber) => subscriber.pushLive(item));
  }

  /** Loads the nodes the audience wants from `batch` (once) and hands each subscriber its items. */
  private async offer(batch: Change[], audience: Subscriber[], push: (item: { change: Change; node: Node | null }, subscriber: Subscriber) => void): Promise<void> {
    const wanted = batch.filter((change) => audience.some((s) => s.request.matches(change)));
    const ctx = this.freshContext();
    const nodes = new Map<Change, Node | null>(
      await Promise.all(wanted.map(async (change) => [change, change.operation === "DELETE" ? null : await resolveNode(toGlobalId(change.entity, change.entityId), ctx)] as const)),
    );
    for (const subscriber of audience) {
      for (const change of batch) {
        const node = nodes.get(change);
        push({ change, node: node === undefined ? null : node }, subscriber);
      }
    }
  }
}

/** One subscription's queue: bounded, in order, ended by the client or by overflow. */
class Subscriber implements AsyncIterableIterator<LiveItem> {
  positions: Positions = {};
  private readonly queue: LiveItem[] = [];
  private held: { change: Change; node: Node | null }[] | null = [];
  private waiting: ((result: IteratorResult<LiveItem>) => void) | null = null;
  private ended = false;

  constructor(
    readonly request: StreamRequest,
    private readonly maxQueue: number,
    private readonly detach: () => void,
  ) {}

  /** A replayed or released change: advances the position and queues it if it passes the filters. */
  push(item: { change: Change; node: Node | null }): void {
    if (this.ended) return;
    const { change, node } = item;
    const centre = change.source as CentreName;
    const current = this.positions[centre];
    // Already replayed (or older than where the subscriber stands): never twice.
    if (current && comparePositions(change.position, current) <= 0) return;
    this.positions[centre] = change.position;
    if (!this.request.matches(change) || !this.request.keeps(item)) return;
    const live: LiveItem = { change, node, id: toGlobalId(change.entity, change.entityId), cursor: encodeCursor(this.positions) };
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: live, done: false });
      return;
    }
    if (this.queue.length >= this.maxQueue) {
      this.finish();
      this.request.onOverflow();
      return;
    }
    this.queue.push(live);
  }

  /** A live change: held while the subscriber still replays, delivered after. */
  pushLive(item: { change: Change; node: Node | null }): void {
    if (this.held) this.held.push(item);
    else this.push(item);
  }

  goLive(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const item of held) this.push(item);
  }

  next(): Promise<IteratorResult<LiveItem>> {
    const item = this.queue.shift();
    if (item) return Promise.resolve({ value: item, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveItem>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveItem> {
    return this;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.detach();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }
}
