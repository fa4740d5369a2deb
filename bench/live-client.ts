/**
 * The live workload's subscriber side, run as its own Node process so that its sockets, memory
 * and CPU are not counted as the API's: `node --import tsx bench/live-client.ts <ws-url> <N> <spec>`.
 *
 * Opens one WebSocket per subscription (the graphql-transport-ws protocol, one connection each as
 * a dashboard would, bench/subscriber-sockets.ts), subscribes each to `eventChanged` with its group's filter, and records
 * every item it receives with its receive time (`performance.timeOrigin + performance.now()`,
 * comparable with the parent's clock on the same machine). Driven by the parent over IPC:
 *
 *   child → parent  { type: "ready" }
 *   parent → child  { type: "open" }             child → parent { type: "opened", ... }
 *   (the parent writes probe events)             child → parent { type: "live" } once every
 *                                                subscriber has received a probe: all are attached
 *   parent → child  { type: "measure" }          (start of the write phase; resets CPU figures)
 *   parent → child  { type: "writes", writes }   child → parent { type: "result", ... } once every
 *                                                expected item arrived or arrivals stopped
 *   parent → child  { type: "close" }            child → parent { type: "closed" }, then exits
 */
import { performance } from "node:perf_hooks";
import { SUBSCRIPTION, type LiveClientSpec, type LiveResult, type LiveWrite } from "./live-protocol.js";
import { percentile } from "./load.js";
import { MessageCache } from "./message-cache.js";
import { SubscriberSockets } from "./subscriber-sockets.js";

const now = () => performance.timeOrigin + performance.now();

/** Growable columns of received items: subscriber index, event number, receive time. */
class Received {
  subscriber = new Uint32Array(1 << 16);
  n = new Int32Array(1 << 16);
  at = new Float64Array(1 << 16);
  length = 0;

  add(subscriber: number, n: number, at: number): void {
    if (this.length === this.at.length) {
      const grow = <T extends Uint32Array | Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.subscriber = grow(this.subscriber);
      this.n = grow(this.n);
      this.at = grow(this.at);
    }
    this.subscriber[this.length] = subscriber;
    this.n[this.length] = n;
    this.at[this.length] = at;
    this.length++;
  }
}

function main(): void {
  const [url, countArg, specArg] = process.argv.slice(2);
  if (!url || !countArg || !specArg || !process.send) {
    process.stderr.write("live-client: run by bench/run.ts (needs an IPC channel, the URL, N and the spec)\n");
    process.exit(2);
  }
  const total = Number(countArg);
  const spec = JSON.parse(specArg) as LiveClientSpec;
  if (spec.groups.reduce((sum, g) => sum + g.count, 0) !== total) throw new Error("group counts do not add up to N");
  const send = (message: object) => process.send!(message);
  const titlePattern = new RegExp(`^live bench ${spec.tag} (\\d+)$`);
  const probePattern = new RegExp(`^live bench ${spec.tag} probe \\d+$`);

  /** Group index per subscriber. */
  const groupOf = new Uint16Array(total);
  for (let g = 0, i = 0; g < spec.groups.length; g++) for (let k = 0; k < spec.groups[g]!.count; k++) groupOf[i++] = g;

  /** Subscribers that received a probe event: their subscription is attached server-side. */
  const probed = new Uint8Array(total);
  let probedCount = 0;
  let subscribedCount = -1;
  const checkLive = () => {
    if (subscribedCount >= 0 && probedCount >= subscribedCount) {
      send({ type: "live" });
      subscribedCount = Number.POSITIVE_INFINITY;
    }
  };
  const received = new Received();
  let measuring = false;
  let errors = 0;
  let firstError: string | undefined;
  let lastArrival = 0;
  const error = (message: string) => {
    errors++;
    firstError ??= message;
  };

  /** What a message says: `n` is the write's number for a `next` of this round; -1 for one of no write; -2 for a probe. */
  interface Reading {
    type: string;
    n: number;
    problem?: string;
  }
  const parse = (text: string): Reading => {
    let message: { type?: string; id?: string; payload?: unknown };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return { type: "unparsable", n: -1, problem: "unparsable message" };
    }
    const reading: Reading = { type: String(message.type), n: -1 };
    if (message.type === "next") {
      const payload = message.payload as { data?: { eventChanged?: { event?: { title?: string } | null } }; errors?: { message: string }[] };
      if (payload.errors?.length) reading.problem = payload.errors.map((e) => e.message).join("; ");
      const title = payload.data?.eventChanged?.event?.title;
      const match = title ? titlePattern.exec(title) : null;
      reading.n = title && probePattern.test(title) ? -2 : match ? Number(match[1]) : -1;
    } else if (message.type === "error") reading.problem = `error message ${JSON.stringify(message.payload).slice(0, 300)}`;
    return reading;
  };
  const messages = new MessageCache(parse);

  const onMessage = (index: number, bytes: Buffer) => {
    const at = now();
    const message = sockets.next(index, messages.read(bytes), error);
    if (!message) return;
    if (message.n === -2) {
      if (!probed[index]) {
        probed[index] = 1;
        probedCount++;
        checkLive();
      }
      return;
    }
    lastArrival = at;
    // Items of no write of this round (another tag, or no event) count as unexpected.
    received.add(index, message.n, at);
  };

  const sockets = new SubscriberSockets(url, total, (index) => ({ query: SUBSCRIPTION, variables: { f: spec.groups[groupOf[index]!]!.filter } }), onMessage);
  const subscribed = sockets.subscribed;
  const openAll = async () => {
    const opened = await sockets.openAll(spec.openConcurrency);
    subscribedCount = opened.connected;
    setImmediate(checkLive);
    return opened;
  };

  let cpuStart = process.cpuUsage();
  let wallStart = now();

  const summarise = async (writes: LiveWrite[]): Promise<LiveResult> => {
    const writesEnd = Math.max(0, ...writes.map((w) => w.committedAt));
    const index = new Map<number, number>(writes.map((w, i) => [w.n, i]));
    // Which writes each group expects, and how many items that makes over the live subscribers.
    const expectedBy = spec.groups.map((_, g) => writes.map((w) => w.groups.includes(g)));
    let expected = 0;
    for (let s = 0; s < total; s++) if (subscribed[s]) expected += expectedBy[groupOf[s]!]!.filter(Boolean).length;

    // Wait for the rest: until everything expected arrived (plus a moment for duplicates),
    // until nothing arrived for idleMs, or until the hard limit.
    const waitStart = now();
    for (;;) {
      if (received.length >= expected) {
        await new Promise((r) => setTimeout(r, 500));
        break;
      }
      const t = now();
      if (t - Math.max(lastArrival, waitStart) > spec.idleMs || t - waitStart > spec.drainLimitMs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const drainMs = Math.max(0, (lastArrival || writesEnd) - writesEnd);

    const W = writes.length;
    const counts = new Uint8Array(total * W);
    const latencies = new Float64Array(received.length);
    const last = new Float64Array(W).fill(Number.NEGATIVE_INFINITY);
    let kept = 0;
    let lastKept = Number.NEGATIVE_INFINITY;
    let duplicates = 0;
    let unexpected = 0;
    for (let k = 0; k < received.length; k++) {
      const s = received.subscriber[k]!;
      const w = index.get(received.n[k]!);
      if (w === undefined || !expectedBy[groupOf[s]!]![w]) {
        unexpected++;
        continue;
      }
      const cell = s * W + w;
      if (counts[cell]! > 0) {
        duplicates++;
        if (counts[cell]! < 255) counts[cell]!++;
        continue;
      }
      counts[cell] = 1;
      const latency = received.at[k]! - writes[w]!.committedAt;
      latencies[kept++] = latency;
      if (latency > last[w]!) last[w] = latency;
      if (received.at[k]! > lastKept) lastKept = received.at[k]!;
    }
    let missing = 0;
    for (let s = 0; s < total; s++) {
      if (!subscribed[s]) continue;
      const wants = expectedBy[groupOf[s]!]!;
      for (let w = 0; w < W; w++) if (wants[w] && counts[s * W + w] === 0) missing++;
    }
    const sorted = latencies.subarray(0, kept).sort();
    const lastSorted = Float64Array.from(last.filter((v) => Number.isFinite(v))).sort();
    const cpu = process.cpuUsage(cpuStart);
    const firstCommit = Math.min(...writes.map((w) => w.committedAt));
    return {
      type: "result",
      expected,
      received: received.length,
      missing,
      duplicates,
      unexpected,
      errors,
      firstError,
      closes: sockets.closes,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
      minMs: sorted.length ? sorted[0]! : Number.NaN,
      lastP50Ms: percentile(lastSorted, 50),
      lastMaxMs: lastSorted.length ? lastSorted[lastSorted.length - 1]! : Number.NaN,
      drainMs,
      deliveriesPerSecond: kept > 0 ? kept / ((lastKept - firstCommit) / 1000) : 0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: now() - wallStart,
    };
  };

  process.on("message", (message: { type: string; writes?: LiveWrite[] }) => {
    const fail = (e: unknown) => {
      process.stderr.write(`live-client: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    };
    if (message.type === "open") openAll().then(send, fail);
    else if (message.type === "measure") {
      measuring = true;
      received.length = 0;
      cpuStart = process.cpuUsage();
      wallStart = now();
    } else if (message.type === "writes") {
      if (!measuring) return fail(new Error("writes before measure"));
      summarise(message.writes ?? []).then(send, fail);
    } else if (message.type === "close") sockets.closeAndLeave().catch(fail);
  });
  sockets.exitWithParent();
  send({ type: "ready" });
}

main();
