/**
 * The subscriber processes' sockets (bench/live-client.ts, bench/soak-subscribers.ts): one
 * WebSocket per subscription over bench/live-socket.ts, opened a bounded number at a time,
 * each initialised with the bench's token and subscribed once the server acknowledges it;
 * closed all at once at the end, with closes by the server counted by code meanwhile.
 */
import { performance } from "node:perf_hooks";
import type { LiveOpened } from "./live-protocol.js";
import { LiveSocket } from "./live-socket.js";
import { AUTHORIZATION } from "./token.js";

/** How long a handshake (socket open until connection_ack) may take. */
const ACK_TIMEOUT_MS = 30_000;

const now = () => performance.timeOrigin + performance.now();

export class SubscriberSockets {
  private readonly sockets: (LiveSocket | undefined)[];
  /** 1 for each subscriber whose subscribe message went out. */
  readonly subscribed: Uint8Array;
  /** Sockets closed by the server (or dropped) after their handshake, by close code and reason. */
  readonly closes: Record<string, number> = {};
  private closing = false;
  private open = 0;
  private onAllClosed: (() => void) | null = null;

  /**
   * `subscription(i)` is subscriber i's subscribe payload (query and variables); `text` receives
   * every message after it was subscribed.
   */
  constructor(
    private readonly url: string,
    readonly total: number,
    private readonly subscription: (index: number) => { query: string; variables: Record<string, unknown> },
    private readonly text: (index: number, bytes: Buffer) => void,
  ) {
    this.sockets = new Array(total);
    this.subscribed = new Uint8Array(total);
  }

  send(index: number, text: string): void {
    this.sockets[index]?.send(text);
  }

  /**
   * A message of subscriber `index`, as read: a `next` is returned (its problem, if any, reported
   * to `error`); any other is handled here (a ping answered, an error or completion reported).
   */
  next<T extends { type: string; problem?: string }>(index: number, message: T, error: (problem: string) => void): T | undefined {
    const problem = message.type === "next" ? message.problem : this.control(index, message.type, message.problem);
    if (problem) error(`subscriber ${index}: ${problem}`);
    return message.type === "next" ? message : undefined;
  }

  /** A protocol message other than `next`: a ping is answered; returns the problem it reports, if any. */
  private control(index: number, type: string, problem: string | undefined): string | undefined {
    switch (type) {
      case "ping":
        this.send(index, JSON.stringify({ type: "pong" }));
        return undefined;
      case "pong":
        return undefined;
      case "error":
        return problem ?? "error message";
      case "complete":
        return "the server completed the subscription";
      default:
        return problem ?? `unexpected message type ${type}`;
    }
  }

  /** Opens every socket, at most `concurrency` handshakes at once; resolves when all are acknowledged or failed. */
  async openAll(concurrency: number): Promise<LiveOpened> {
    const started = now();
    let failed = 0;
    let firstError: string | undefined;
    let next = 0;
    const handshake = (index: number) =>
      new Promise<void>((resolve) => {
        let settled = false;
        const done = (problem?: string) => {
          if (settled) return;
          settled = true;
          if (problem) {
            failed++;
            firstError ??= problem;
          }
          resolve();
        };
        let subscribedHere = false;
        const socket = new LiveSocket(this.url, "graphql-transport-ws", {
          open: () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: AUTHORIZATION } })),
          error: (problem) => done(problem),
          close: (code, reason) => {
            if (!settled) done(`closed during the handshake: ${code} ${reason}`);
            else if (!this.closing) {
              const key = reason.length ? `${code} ${reason.slice(0, 80)}` : String(code);
              this.closes[key] = (this.closes[key] ?? 0) + 1;
            }
            this.sockets[index] = undefined;
            this.closedOne();
          },
          text: (bytes) => {
            if (subscribedHere) return this.text(index, bytes);
            const message = JSON.parse(bytes.toString("utf8")) as { type?: string };
            if (message.type !== "connection_ack") {
              done(`expected connection_ack, got ${message.type}`);
              socket.terminate();
              return;
            }
            socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: this.subscription(index) }));
            subscribedHere = true;
            this.subscribed[index] = 1;
            done();
          },
        });
        this.sockets[index] = socket;
        setTimeout(() => {
          if (!settled) {
            done(`no connection_ack within ${ACK_TIMEOUT_MS / 1000} s`);
            socket.terminate();
          }
        }, ACK_TIMEOUT_MS).unref();
      });
    const worker = async () => {
      while (next < this.total) await handshake(next++);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, this.total) }, worker));
    return { type: "opened", connected: this.total - failed, failed, firstError, ackMs: now() - started };
  }

  /** Closes every socket; resolves once the server answered each close frame, or after 5 s. */
  async closeAll(): Promise<void> {
    this.closing = true;
    const live = this.sockets.filter((s): s is LiveSocket => s !== undefined && !s.isClosed);
    this.open = live.length;
    if (this.open === 0) return;
    const all = new Promise<void>((resolve) => (this.onAllClosed = resolve));
    for (const socket of live) socket.close(1000, "bench done");
    const cut = setTimeout(() => live.forEach((s) => s.terminate()), 5000);
    await all;
    clearTimeout(cut);
  }

  /** On the parent's "close": closes every socket, says so, and lets the process end (sockets and IPC gone). */
  async closeAndLeave(): Promise<void> {
    await this.closeAll();
    process.send?.({ type: "closed" });
    process.disconnect();
    setTimeout(() => process.exit(0), 2000).unref();
  }

  /** Ends the process when the parent goes away before asking to close: nothing left to report to. */
  exitWithParent(): void {
    process.on("disconnect", () => {
      if (!this.closing) process.exit(0);
    });
  }

  private closedOne(): void {
    this.open--;
    if (this.open <= 0) this.onAllClosed?.();
  }
}
