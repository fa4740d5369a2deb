import { setTimeout as sleep } from "node:timers/promises";
import { comparePositions, type Change, type ChangeFeed } from "../../sources/common/change-feed.js";
import type { Node } from "../../schema/common/node.js";
import type { Context } from "../context.js";
import { toGlobalId } from "../common/global-id.js";
import { resolveNode } from "../common/root-resolver.js";
import type { CentreName } from "./centres.js";
import { coversPlace, EVERYTHING, scopeKey, type RowScope } from "../../auth/row-scope.js";
import { datasetOf } from "../../sources/common/entity.js";
import { ENTITIES } from "../../sources/index.js";
import { encodeCursor, type Positions } from "./cursor.js";
import type { LiveItem, LiveLimits, LiveService, StreamRequest } from "./live-service.js";
import { badArgument } from "../common/errors.js";
import { isSourceUnavailable } from "../../sources/common/errors.js";
import { changeFeedLag, liveSubscribers } from "../../observability/metrics.js";
import { log } from "../../observability/log.js";

interface Loaded {
  change: Change;
  node: Node | null;
  /** Keys of the scopes (other than everything) that see the node, checked by the same SQL as queries. */
  seenBy: ReadonlySet<string>;
}

/** Whether a subscriber with `scope` may receive a loaded change. */
function isSeen(scope: RowScope, key: string, { change, node, seenBy }: Loaded): boolean {
  if (scope.everything) return true;
  if (node) return seenBy.has(key);
  // A deletion: the row is gone, so only its logged codes can say who saw it.
  const logged = ENTITIES.get(change.entity);
  const dataset = logged && datasetOf(logged);
  return dataset !== undefined && dataset !== null && coversPlace(scope, dataset, change.gridCode ?? change.communityCode);
}

const LOG_PAGE = 200;
/** Waits between attempts to load a batch whose source is unavailable. */
const RETRY_FIRST_MS = 100;
const RETRY_MAX_MS = 5000;

/**
 * Fans each centre's change batches out to subscribers; a batch's nodes are loaded once,
 * through the same loaders as queries, for every subscriber it concerns.
 *
 * Memory per subscriber is bounded. A subscriber that cannot take live items as fast as
 * they come (a burst, a resume from an old cursor, a slow reader) falls back to reading the
 * change log itself, a page at a time as it takes items, and rejoins the live feed when it
 * has caught up: nothing is lost or repeated on the way. One that stops taking items
 * altogether while behind is dropped after `stallMs`.
 */
export class LiveHub implements LiveService {
  private readonly subscribers = new Map<CentreName, Set<Subscriber>>();
  private readonly chains = new Map<CentreName, Promise<void>>();
  private readonly untrack: () => void;

  constructor(
    private readonly feeds: Record<CentreName, ChangeFeed>,
    /** A fresh context (new loaders) seeing the rows of `scope`, for loading one batch's nodes. */
    private readonly freshContext: (scope: RowScope) => Context,
    readonly limits: LiveLimits,
  ) {
    for (const [centre, feed] of Object.entries(feeds) as [CentreName, ChangeFeed][]) {
      this.subscribers.set(centre, new Set());
      this.chains.set(centre, Promise.resolve());
      feed.onBatch((batch) => {
        // Who receives a batch is decided now, in feed order; loading its nodes may take a while.
        const audience = [...(this.subscribers.get(centre) ?? [])];
        if (audience.length === 0) return;
        const lag = changeFeedLag.labels(centre);
        const next = (this.chains.get(centre) ?? Promise.resolve()).then(async () => {
          // The feed has moved past this batch: while a source cannot load its nodes (a
          // restart), it is tried again, holding the batches behind it, rather than lost.
          for (let delay = RETRY_FIRST_MS; ; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
            try {
              const loaded = await this.load(batch, audience);
              for (const subscriber of audience) subscriber.pushLive(loaded);
              break;
            } catch (error) {
              if (!isSourceUnavailable(error) || audience.every((subscriber) => subscriber.isEnded)) throw error;
              await sleep(delay);
            }
          }
          const now = Date.now();
          for (const change of batch) lag.observe((now - change.at.getTime()) / 1000);
        });
        this.chains.set(
          centre,
          next.catch((error: unknown) => log().error({ centre, error: error instanceof Error ? error.message : String(error) }, "could not deliver changes")),
        );
      });
    }
    this.untrack = liveSubscribers.track(() => [[{}, this.size]]);
  }

  /** Stops reporting to the metrics (the feeds are stopped by their owner). */
  close(): void {
    this.untrack();
  }

  /** Number of live subscriptions, for figures. */
  get size(): number {
    return new Set([...this.subscribers.values()].flatMap((s) => [...s])).size;
  }

  /** Changes for one subscription: replayed from `after` when given, then live. */
  async stream(request: StreamRequest): Promise<AsyncIterableIterator<LiveItem>> {
    if (request.after) await this.checkResumable(request);
    const releases = await Promise.all(request.centres.map((centre) => this.feeds[centre].want()));
    const start: Positions = {};
    for (const centre of request.centres) start[centre] = request.after ? request.after[centre] : this.feeds[centre].delivered;
    const subscriber = new Subscriber(request, this, start, request.after !== null, () => releases.forEach((release) => release()));
    for (const centre of request.centres) this.subscribers.get(centre)?.add(subscriber);
    return subscriber;
  }

  /** Calls `onChange` after every batch holding a change that `matches`; resolves to the stop. No nodes are loaded. */
  async watch(centres: readonly CentreName[], matches: (change: Change) => boolean, onChange: () => void): Promise<() => void> {
    const releases = await Promise.all(centres.map((centre) => this.feeds[centre].want()));
    const stops = centres.map((centre) => this.feeds[centre].onBatch((batch) => batch.some(matches) && onChange()));
    return () => [...stops, ...releases].forEach((stop) => stop());
  }

  detach(subscriber: Subscriber): void {
    for (const set of this.subscribers.values()) set.delete(subscriber);
  }

  /** Where each feed stands: everything up to here has been handed to live subscribers. */
  delivered(centres: readonly CentreName[]): Positions {
    return Object.fromEntries(centres.map((centre) => [centre, this.feeds[centre].delivered]));
  }

  /** The next page of one centre's log for a subscriber that is behind, with nodes loaded. */
  async readLog(subscriber: Subscriber, centre: CentreName, from: Positions[CentreName] & object, until: Positions[CentreName] & object): Promise<Loaded[]> {
    const page = await this.feeds[centre].read(from, until, LOG_PAGE);
    return this.load(page, [subscriber]);
  }

  private async checkResumable(request: StreamRequest): Promise<void> {
    for (const centre of request.centres) {
      const from = request.after?.[centre];
      if (!from) throw badArgument("after", `\`after\` holds no position for ${centre}; use a cursor from this subscription`);
      const trimmed = await this.feeds[centre].trimmedTo();
      if (trimmed && comparePositions(from, trimmed) <= 0) {
        throw badArgument("after", "`after` is older than the retained change log; load the current state and subscribe without `after`", { reason: "CURSOR_EXPIRED" });
      }
    }
  }

  /**
   * Loads, once, the nodes of the changes any of `audience` wants; then, once per distinct
   * scope among them, which of those nodes that scope sees, through the same scoped reads as
   * `node(id)` (one statement per entity and scope).
   */
  private async load(batch: Change[], audience: Subscriber[]): Promise<Loaded[]> {
    const everything = this.freshContext(EVERYTHING);
    const loaded = await Promise.all(
      batch.map(async (change) => {
        const wanted = change.operation !== "DELETE" && audience.some((s) => s.request.matches(change));
        return { change, node: wanted ? await resolveNode(toGlobalId(change.entity, change.entityId), everything) : null, seenBy: new Set<string>() };
      }),
    );
    const scoped = new Map<string, Subscriber[]>();
    for (const subscriber of audience) {
      if (subscriber.request.scope.everything) continue;
      const members = scoped.get(subscriber.scopeKey);
      if (members) members.push(subscriber);
      else scoped.set(subscriber.scopeKey, [subscriber]);
    }
    await Promise.all(
      [...scoped].map(async ([key, members]) => {
        const ctx = this.freshContext(members[0]!.request.scope);
        await Promise.all(
          loaded.map(async (item) => {
            if (!item.node || !members.some((s) => s.request.matches(item.change))) return;
            if (await resolveNode(toGlobalId(item.change.entity, item.change.entityId), ctx)) item.seenBy.add(key);
          }),
        );
      }),
    );
    return loaded;
  }
}

/** One subscription: a bounded in-memory queue while live, the change log while behind. */
class Subscriber implements AsyncIterableIterator<LiveItem> {
  readonly scopeKey: string;
  private readonly queue: { item: LiveItem; positions: Positions }[] = [];
  /** Positions after the last item handed out (or the start): where a fall-back resumes. */
  private handed: Positions;
  /** Live items captured while the last stretch of the log is read (null: not capturing). */
  private held: Loaded[][] | null = null;
  private heldCount = 0;
  private heldFrom: Positions = {};
  private waiting: ((result: IteratorResult<LiveItem>) => void) | null = null;
  private lastTaken = Date.now();
  private ended = false;

  /** Whether it has finished (its client left, or it was dropped). */
  get isEnded(): boolean {
    return this.ended;
  }

  constructor(
    readonly request: StreamRequest,
    private readonly hub: LiveHub,
    private positions: Positions,
    /** True while the subscriber must read the log before taking live items. */
    private behind: boolean,
    /** Gives up the feeds' attention when the subscription ends. */
    private readonly release: () => void,
  ) {
    this.handed = { ...positions };
    this.scopeKey = scopeKey(request.scope);
  }

  /** A batch from the live feed. */
  pushLive(batch: Loaded[]): void {
    if (this.ended) return;
    if (this.behind) {
      if (this.held && this.heldCount + batch.length <= this.hub.limits.maxQueue) {
        this.held.push(batch);
        this.heldCount += batch.length;
      } else {
        // The log has these too: read them from there once caught up.
        this.held = null;
        this.heldCount = 0;
      }
      if (this.request.onStall && Date.now() - this.lastTaken > this.hub.limits.stallMs) this.stall();
      return;
    }
    for (const loaded of batch) this.accept(loaded);
    if (this.queue.length > this.hub.limits.maxQueue) this.fallBehind();
  }

  next(): Promise<IteratorResult<LiveItem>> {
    this.lastTaken = Date.now();
    const entry = this.queue.shift();
    if (entry) {
      this.handed = entry.positions;
      return Promise.resolve({ value: entry.item, done: false });
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    if (this.behind) return this.catchUp().then(() => this.next());
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveItem>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveItem> {
    return this;
  }

  /** Advances the positions past a change and queues it when it passes the filters; never twice. */
  private accept(loaded: Loaded): void {
    const { change, node } = loaded;
    const centre = change.source as CentreName;
    const current = this.positions[centre];
    if (current && comparePositions(change.position, current) <= 0) return;
    this.positions = { ...this.positions, [centre]: change.position };
    if (!this.request.matches(change) || !isSeen(this.request.scope, this.scopeKey, loaded) || !this.request.keeps({ change, node })) return;
    const item: LiveItem = { change, node, id: toGlobalId(change.entity, change.entityId), cursor: encodeCursor(this.positions) };
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      this.handed = this.positions;
      resolve({ value: item, done: false });
      return;
    }
    this.queue.push({ item, positions: this.positions });
  }

  /** Too much waits in memory: forget it and read it from the log instead, from the last item handed out. */
  private fallBehind(): void {
    this.queue.length = 0;
    this.positions = { ...this.handed };
    this.behind = true;
    this.held = null;
    this.heldCount = 0;
  }

  /** Reads the next stretch of the log; rejoins the live feed once it reaches what the feed has handed out. */
  private async catchUp(): Promise<void> {
    const centres = this.request.centres;
    if (!this.held) {
      // Capture live batches from now on; the log is read up to where the feeds stand now.
      this.held = [];
      this.heldCount = 0;
      this.heldFrom = this.hub.delivered(centres);
    }
    for (const centre of centres) {
      const from = this.positions[centre];
      const until = this.heldFrom[centre];
      if (!from || !until || comparePositions(from, until) >= 0) continue;
      const page = await this.hub.readLog(this, centre, from, until);
      if (page.length === 0) {
        this.positions = { ...this.positions, [centre]: until };
        continue;
      }
      for (const loaded of page) this.accept(loaded);
      if (this.queue.length > 0 || this.ended) return;
      // Everything on the page was filtered out: keep reading.
      return this.catchUp();
    }
    if (!this.held) return; // Too much arrived meanwhile: another round from the log.
    for (const centre of centres) {
      const until = this.heldFrom[centre];
      const at = this.positions[centre];
      if (until && (!at || comparePositions(at, until) < 0)) this.positions = { ...this.positions, [centre]: until };
    }
    const held = this.held;
    this.held = null;
    this.heldCount = 0;
    this.behind = false;
    for (const batch of held) for (const loaded of batch) this.accept(loaded);
  }

  private stall(): void {
    this.finish();
    this.request.onStall?.();
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.held = null;
    this.hub.detach(this);
    this.release();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }
}
