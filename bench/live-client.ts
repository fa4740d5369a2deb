/**
 * The live workload's subscriber side, run as its own Node process so that its sockets, memory
 * and CPU are not counted as the API's: `node --import tsx bench/live-client.ts <ws-url> <N> <spec>`.
 *
 * Opens one WebSocket per subscription (the graphql-transport-ws protocol, one connection each as
 * a dashboard would, over the lean client of bench/live-socket.ts), subscribes each to `eventChanged` with its group's filter, and records
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
import { SUBSCRIPTION, type LiveClientSpec, type LiveOpened, type LiveResult, type LiveWrite } from "./live-protocol.js";
import { percentile } from "./load.js";
import { AUTHORIZATION } from "./token.js";
import { LiveSocket } from "./live-socket.js";


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

  const sockets: (LiveSocket | undefined)[] = new Array(total);
  const subscribed = new Uint8Array(total);
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
  let closing = false;
  let errors = 0;
  let firstError: string | undefined;
  const closes: Record<string, number> = {};
  let lastArrival = 0;
  const error = (message: string) => {
    errors++;
    firstError ??= message;
  };

  /**
   * What a message says, by its text: every subscriber of a group receives the same text for
   * an event, so each distinct text is parsed once (the client measures the server; it must
   * not be the bottleneck).
   */
  interface Reading {
    type: string;
    /** The write's number for a `next` of this round; -1 for one of no write; -2 for a probe. */
    n: number;
    problem?: string;
  }
  const readings = new Map<string, Reading>();
  let lastBytes: Buffer = Buffer.alloc(0);
  let lastReading: Reading | undefined;
  const read = (bytes: Buffer): Reading => {
    // Subscribers of one group receive the same bytes one after another.
    if (lastReading && bytes.equals(lastBytes)) return lastReading;
    const text = bytes.toString("utf8");
    let reading = readings.get(text);
    if (!reading) {
      reading = parse(text);
      if (readings.size > 10_000) readings.clear();
      readings.set(text, reading);
    }
    lastBytes = Buffer.from(bytes);
    lastReading = reading;
    return reading;
  };
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

  const onMessage = (index: number, bytes: Buffer) => {
    const at = now();
    const message = read(bytes);
    switch (message.type) {
      case "next": {
        if (message.problem) error(`subscriber ${index}: ${message.problem}`);
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
        return;
      }
      case "ping":
        sockets[index]?.send(JSON.stringify({ type: "pong" }));
        return;
      case "pong":
        return;
      case "error":
        error(`subscriber ${index}: ${message.problem}`);
        return;
      case "complete":
        error(`subscriber ${index}: the server completed the subscription`);
        return;
      default:
        error(`subscriber ${index}: ${message.problem ?? `unexpected message type ${message.type}`}`);
    }
  };

  /** Opens every socket, at most `openConcurrency` handshakes at once; resolves when all are acknowledged or failed. */
  const openAll = async (): Promise<LiveOpened> => {
    const started = now();
    let failed = 0;
    let openError: string | undefined;
    let next = 0;
    const handshake = (index: number) =>
      new Promise<void>((resolve) => {
        const group = spec.groups[groupOf[index]!]!;
        let settled = false;
        const done = (problem?: string) => {
          if (settled) return;
          settled = true;
          if (problem) {
            failed++;
            openError ??= problem;
          }
          resolve();
        };
        let subscribedHere = false;
        const socket = new LiveSocket(url, "graphql-transport-ws", {
          open: () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: AUTHORIZATION } })),
          error: (problem) => done(problem),
          close: (code, reason) => {
            if (!settled) done(`closed during the handshake: ${code} ${reason}`);
            else if (!closing) {
              const key = reason.length ? `${code} ${reason.slice(0, 80)}` : String(code);
              closes[key] = (closes[key] ?? 0) + 1;
            }
            sockets[index] = undefined;
            closedOne();
          },
          text: (bytes) => {
            if (subscribedHere) return onMessage(index, bytes);
            const message = JSON.parse(bytes.toString("utf8")) as { type?: string };
            if (message.type !== "connection_ack") {
              done(`expected connection_ack, got ${message.type}`);
              socket.terminate();
              return;
            }
            socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: SUBSCRIPTION, variables: { f: group.filter } } }));
            subscribedHere = true;
            subscribed[index] = 1;
            done();
          },
        });
        sockets[index] = socket;
        setTimeout(() => {
          if (!settled) {
            done("no connection_ack within 30 s");
            socket.terminate();
          }
        }, 30_000).unref();
      });
    const worker = async () => {
      while (next < total) await handshake(next++);
    };
    await Promise.all(Array.from({ length: Math.min(spec.openConcurrency, total) }, worker));
    subscribedCount = total - failed;
    setImmediate(checkLive);
    return { type: "opened", connected: total - failed, failed, firstError: openError, ackMs: now() - started };
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
      closes,
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

  /** Resolves once every socket has closed: the server answered the close frame, or 5 s passed. */
  let onAllClosed: (() => void) | null = null;
  let open = 0;
  const closedOne = () => {
    open--;
    if (open <= 0) onAllClosed?.();
  };
  const closeAll = async () => {
    closing = true;
    const live = sockets.filter((s): s is LiveSocket => s !== undefined && !s.isClosed);
    open = live.length;
    if (open === 0) return;
    const all = new Promise<void>((resolve) => (onAllClosed = resolve));
    for (const socket of live) socket.close(1000, "bench done");
    const cut = setTimeout(() => live.forEach((s) => s.terminate()), 5000);
    await all;
    clearTimeout(cut);
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
    } else if (message.type === "close") {
      closeAll().then(() => {
        send({ type: "closed" });
        process.disconnect();
        // Sockets are closed and IPC is gone: the process ends by itself.
        setTimeout(() => process.exit(0), 2000).unref();
      }, fail);
    }
  });
  // The parent is gone: nothing left to report to.
  process.on("disconnect", () => {
    if (!closing) process.exit(0);
  });
  send({ type: "ready" });
}

main();
