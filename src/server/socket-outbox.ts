import { performance } from "node:perf_hooks";
import type { Duplex } from "node:stream";

/**
 * One flush pass yields to other work after this long, and carries on in the next turn of the
 * event loop: a change on its way (notification, log read, node load) waits at most this long
 * at each of its steps for a pass under way.
 */
const SLICE_MS = 4;
/** A socket's share of one pass: a reader far behind gets the rest in later passes, not all of it in its buffer at once. */
const MAX_WRITE_BYTES = 64 * 1024;

/** Whoever queued a frame; frames of an owner that has stopped are not sent. */
export interface FrameOwner {
  readonly active: boolean;
}

/**
 * Frames waiting for one WebSocket connection's TCP socket. Whatever is queued for a socket
 * when its turn comes goes out in one write: a write costs about the same system time
 * whatever it carries, and at thousands of subscribers those system calls are most of a
 * delivery's cost. Sockets are flushed in the order they got something to send, in slices
 * that leave the event loop free in between; the busier the process, the more frames each
 * write carries. A socket whose buffer is full is skipped until it drains.
 */
export class Outbox {
  private frames: Buffer[] = [];
  private owners: FrameOwner[] = [];
  private blocked = false;
  private closed = false;
  /** In the flush queue. */
  queued = false;
  private waiters: { limit: number; resolve: (below: boolean) => void }[] = [];

  constructor(
    private readonly socket: Duplex,
    /** False once the WebSocket is closing: no data frame may follow its close frame. */
    private readonly open: () => boolean,
  ) {}

  /** Frames not yet handed to the socket. */
  get size(): number {
    return this.frames.length;
  }

  /** Queues a frame; returns how many wait. */
  push(frame: Buffer, owner: FrameOwner): number {
    if (this.closed) return 0;
    this.frames.push(frame);
    this.owners.push(owner);
    if (!this.queued && !this.blocked) enqueue(this);
    return this.frames.length;
  }

  /** Writes what waits now, even into a full buffer: a message sent another way is about to follow these frames. */
  flushNow(): void {
    this.write(true);
  }

  /** Resolves true once fewer than `limit` frames wait, false when that takes longer than `ms`. */
  below(limit: number, ms: number): Promise<boolean> {
    if (this.closed || this.frames.length < limit) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = { limit, resolve };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, ms);
      waiter.resolve = (below) => {
        clearTimeout(timer);
        resolve(below);
      };
      this.waiters.push(waiter);
    });
  }

  /** The connection is gone: nothing more is sent. */
  close(): void {
    this.closed = true;
    this.frames = [];
    this.owners = [];
    this.settleWaiters();
  }

  /** Called by the flush queue: what waits goes out in one write, up to MAX_WRITE_BYTES unless forced. */
  write(force = false): void {
    if (this.frames.length === 0 || this.closed || (this.blocked && !force)) return;
    if (!this.open()) return this.close();
    const { frames, owners } = this;
    // Frames of owners that stopped are dropped; those to send are moved to the front.
    let taken = 0;
    let kept = 0;
    let keptBytes = 0;
    while (taken < frames.length && (force || keptBytes < MAX_WRITE_BYTES)) {
      const frame = frames[taken]!;
      if (owners[taken]!.active) {
        frames[kept++] = frame;
        keptBytes += frame.length;
      }
      taken++;
    }
    // One frame goes as it is; several are copied into one buffer, so the arrays can be reused.
    const data = kept === 1 ? frames[0]! : kept > 1 ? Buffer.concat(frames, keptBytes) : null;
    if (taken === frames.length) {
      frames.length = 0;
      owners.length = 0;
    } else {
      frames.splice(0, taken);
      owners.splice(0, taken);
    }
    if (data && !this.socket.write(data) && !this.blocked) {
      this.blocked = true;
      this.socket.once("drain", () => {
        this.blocked = false;
        if (this.frames.length > 0 && !this.queued) enqueue(this);
      });
    }
    if (this.frames.length > 0 && !this.blocked && !this.queued) enqueue(this);
    this.settleWaiters();
  }

  private settleWaiters(): void {
    if (this.waiters.length === 0) return;
    const size = this.frames.length;
    const waiting = this.waiters;
    this.waiters = [];
    for (const waiter of waiting) {
      if (this.closed || size < waiter.limit) waiter.resolve(true);
      else this.waiters.push(waiter);
    }
  }
}

/** Outboxes with frames to write, in the order they got them. */
let queue: Outbox[] = [];
let next = 0;
let scheduled = false;

function enqueue(outbox: Outbox): void {
  outbox.queued = true;
  queue.push(outbox);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}

function flush(): void {
  scheduled = false;
  const started = performance.now();
  let written = 0;
  while (next < queue.length) {
    const outbox = queue[next++]!;
    outbox.queued = false;
    outbox.write();
    if ((++written & 63) === 0 && performance.now() - started > SLICE_MS) break;
  }
  if (next >= queue.length) {
    queue = [];
    next = 0;
    return;
  }
  if (next > 4096) {
    queue = queue.slice(next);
    next = 0;
  }
  scheduled = true;
  setImmediate(flush);
}
