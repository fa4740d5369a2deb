/**
 * The soak's subscribers, in a Node process of their own (so that their sockets and CPU are not
 * the bench's): `node --import tsx bench/soak-subscribers.ts <ws-url> <spec>`, driven over IPC as
 * bench/soak-protocol.ts describes. Every item is recorded by subscriber and cursor (a cursor
 * names one change-log row), so that each subscriber can be checked at the end to have received
 * every change of the soak's writes its feed carries, once, and nothing else.
 */
import { performance } from "node:perf_hooks";
import { Latencies } from "./load.js";
import { MessageCache } from "./message-cache.js";
import { FEEDS, type DeliveryResult, type DeliverySample, type SoakEntity, type SoakFeed, type SoakSubscriberSpec, type SoakWrote } from "./soak-protocol.js";
import { SubscriberSockets } from "./subscriber-sockets.js";

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Reading {
  type: string;
  problem?: string;
  cursor?: string;
  id?: string;
  /** The change's transaction time, in ms since the epoch. */
  atMs?: number;
}

function parse(text: string): Reading {
  let message: { type?: string; payload?: unknown };
  try {
    message = JSON.parse(text) as typeof message;
  } catch {
    return { type: "unparsable", problem: "unparsable message" };
  }
  const reading: Reading = { type: String(message.type) };
  if (message.type === "next") {
    type Item = { cursor?: string; id?: string; at?: string };
    const payload = message.payload as { data?: { eventChanged?: Item; changes?: Item }; errors?: { message: string }[] };
    if (payload.errors?.length) reading.problem = payload.errors.map((e) => e.message).join("; ");
    const item = payload.data?.eventChanged ?? payload.data?.changes;
    if (item?.cursor && item.id) {
      reading.cursor = item.cursor;
      reading.id = item.id;
      reading.atMs = item.at ? Date.parse(item.at) : Number.NaN;
    } else reading.problem ??= "an item without cursor or id";
  } else if (message.type === "error") reading.problem = `error message ${JSON.stringify(message.payload).slice(0, 300)}`;
  return reading;
}

/** The changes seen so far: each cursor once, with the entity it changed. */
class Changes {
  private readonly cursors = new Map<string, number>();
  private readonly entityIds = new Map<string, number>();
  /** Per cursor index: the entity index it changed. */
  readonly entityOf: number[] = [];
  /** Per entity index: the soak's committed writes of it, and what it is. */
  readonly writes: number[] = [];
  readonly kinds: (SoakEntity | "probe" | undefined)[] = [];

  entity(id: string): number {
    let e = this.entityIds.get(id);
    if (e === undefined) {
      e = this.writes.length;
      this.entityIds.set(id, e);
      this.writes.push(0);
      this.kinds.push(undefined);
    }
    return e;
  }

  cursor(cursor: string, id: string): number {
    let k = this.cursors.get(cursor);
    if (k === undefined) {
      k = this.entityOf.length;
      this.cursors.set(cursor, k);
      this.entityOf.push(this.entity(id));
    }
    return k;
  }

  get cursorCount(): number {
    return this.entityOf.length;
  }
}

function main(): void {
  const [url, specArg] = process.argv.slice(2);
  if (!url || !specArg || !process.send) {
    process.stderr.write("soak-subscribers: run by the soak (npm run bench -- --workload soak), with an IPC channel, the URL and the spec\n");
    process.exit(2);
  }
  const spec = JSON.parse(specArg) as SoakSubscriberSpec;
  const total = spec.groups.reduce((sum, g) => sum + g.count, 0);
  const send = (message: object) => process.send!(message);
  const feedOf: SoakFeed[] = spec.groups.flatMap((g) => Array.from({ length: g.count }, () => g.feed));

  const changes = new Changes();
  /** Per subscriber: how often it received each cursor (255 at most). */
  const received: Uint8Array[] = Array.from({ length: total }, () => new Uint8Array(1024));
  const minuteLag = new Latencies();
  const allLag = new Latencies();
  let deliveries = 0;
  let minuteDeliveries = 0;
  let duplicates = 0;
  let minuteDuplicates = 0;
  let errors = 0;
  let minuteErrors = 0;
  let firstError: string | undefined;
  let lastArrival = 0;
  const error = (message: string) => {
    errors++;
    minuteErrors++;
    firstError ??= message;
  };

  // Attached: a subscriber has received an item (graphql-ws does not acknowledge a subscribe).
  const attached = new Uint8Array(total);
  let attachedCount = 0;
  let subscribedCount = Number.POSITIVE_INFINITY;
  const checkLive = () => {
    if (attachedCount < subscribedCount) return;
    subscribedCount = Number.POSITIVE_INFINITY;
    send({ type: "live" });
  };

  const messages = new MessageCache(parse);
  const onMessage = (index: number, bytes: Buffer) => {
    const arrived = now();
    const message = sockets.next(index, messages.read(bytes), error);
    if (!message?.cursor || !message.id) return;
    const k = changes.cursor(message.cursor, message.id);
    let counts = received[index]!;
    if (k >= counts.length) {
      const grown = new Uint8Array(Math.max(k + 1, counts.length * 2));
      grown.set(counts);
      received[index] = counts = grown;
    }
    if (counts[k]! > 0) {
      duplicates++;
      minuteDuplicates++;
    }
    if (counts[k]! < 255) counts[k]!++;
    deliveries++;
    minuteDeliveries++;
    lastArrival = arrived;
    const lag = arrived - (message.atMs ?? Number.NaN);
    if (Number.isFinite(lag)) {
      minuteLag.add(lag);
      allLag.add(lag);
    }
    if (!attached[index]) {
      attached[index] = 1;
      attachedCount++;
      checkLive();
    }
  };
  const sockets = new SubscriberSockets(url, total, (index) => ({ query: FEEDS[feedOf[index]!].query, variables: FEEDS[feedOf[index]!].variables(spec.community) }), onMessage);

  /** Each subscriber against the soak's writes its feed carries: missing, unexpected and received pairs. */
  const check = () => {
    const entities = changes.writes.length;
    let expected = 0;
    let delivered = 0;
    let missing = 0;
    let unexpected = 0;
    const tally = new Int32Array(entities);
    for (let s = 0; s < total; s++) {
      if (!sockets.subscribed[s]) continue;
      const feed = FEEDS[feedOf[s]!];
      const counts = received[s]!;
      tally.fill(0);
      for (let k = 0; k < Math.min(counts.length, changes.cursorCount); k++) if (counts[k]! > 0) tally[changes.entityOf[k]!]!++;
      for (let e = 0; e < entities; e++) {
        const kind = changes.kinds[e];
        if (kind === "probe") continue;
        const want = kind !== undefined && feed.receives(kind) ? changes.writes[e]! : 0;
        expected += want;
        delivered += Math.min(want, tally[e]!);
        if (tally[e]! < want) missing += want - tally[e]!;
        else unexpected += tally[e]! - want;
      }
    }
    return { expected, delivered, missing, unexpected };
  };

  const drain = async (): Promise<DeliveryResult> => {
    const started = now();
    let state = check();
    while (state.missing > 0) {
      const t = now();
      if (t - Math.max(lastArrival, started) > spec.idleMs || t - started > spec.drainLimitMs) break;
      await sleep(500);
      state = check();
    }
    const drainMs = now() - started;
    // A moment more for duplicates that would follow.
    await sleep(500);
    state = check();
    return {
      type: "result",
      subscribers: total,
      expected: state.expected,
      delivered: state.delivered,
      received: deliveries,
      missing: state.missing,
      duplicates,
      unexpected: state.unexpected,
      errors,
      firstError,
      closes: sockets.closes,
      lag: allLag.summary(),
      drainMs,
    };
  };

  const sample = (): DeliverySample => {
    const figures: DeliverySample = {
      type: "sample",
      deliveries: minuteDeliveries,
      lag: minuteLag.summary(),
      duplicates: minuteDuplicates,
      errors: minuteErrors,
      firstError,
      closed: Object.values(sockets.closes).reduce((sum, n) => sum + n, 0),
    };
    minuteDeliveries = minuteDuplicates = minuteErrors = 0;
    minuteLag.clear();
    return figures;
  };

  const fail = (e: unknown) => {
    process.stderr.write(`soak-subscribers: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  };
  process.on("message", (message: { type: string; id?: string; entity?: SoakWrote["entity"] }) => {
    switch (message.type) {
      case "open":
        sockets.openAll(spec.openConcurrency).then((opened) => {
          subscribedCount = opened.connected;
          send(opened);
          checkLive();
        }, fail);
        return;
      case "probe":
      case "wrote": {
        const e = changes.entity(message.id!);
        changes.kinds[e] = message.type === "probe" ? "probe" : message.entity;
        if (message.type === "wrote") changes.writes[e]!++;
        return;
      }
      case "sample":
        send(sample());
        return;
      case "drain":
        drain().then(send, fail);
        return;
      case "close":
        sockets.closeAndLeave().catch(fail);
    }
  });
  sockets.exitWithParent();
  send({ type: "ready" });
}

main();
