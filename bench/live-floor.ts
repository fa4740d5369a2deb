/**
 * The live workload's floor: the same bytes over bare `ws` sockets, with nothing behind them.
 * `node --import tsx bench/live-floor.ts`, driven over IPC:
 *
 *   child → parent  { type: "ready", url }
 *   parent → child  { type: "change", ... }   an event was committed: every matching subscriber
 *                                             gets the `next` frame the API would send for it
 *   parent → child  { type: "measure" }       start of the write phase (resets the CPU figure)
 *   parent → child  { type: "usage" }         child → parent { type: "usage", cpuMs }
 *
 * It speaks as much of graphql-transport-ws as the bench's client uses (connection_init,
 * subscribe, ping, complete), keeps each subscription's filter, and frames and writes items the
 * way the API does (src/server/ws-frames.ts, src/server/socket-outbox.ts: one frame per result
 * and subscription id, whatever waits for a socket in one write), so that the difference to the
 * API is the API's own work: the change feed, loading, GraphQL execution, grouping and scope.
 */
import type { IncomingMessage } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { encodeCursor } from "../src/resolvers/live/cursor.js";
import { Outbox, type FrameOwner } from "../src/server/socket-outbox.js";
import { NextFrames } from "../src/server/ws-frames.js";
import { matches, type FloorChange, type LiveFilter } from "./live-protocol.js";

const PROTOCOL = "graphql-transport-ws";

interface Subscription extends FrameOwner {
  id: string;
  outbox: Outbox;
  active: boolean;
}

/** Subscriptions with the same filter, tested once per change. */
const byFilter = new Map<string, { filter: LiveFilter; members: Set<Subscription> }>();

const gid = (type: string, key: number) => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");

/** The `payload` the API sends for an inserted event (the event's id stands in for its change_log seq). */
function payloadOf(change: FloorChange): string {
  const id = gid("Event", change.id);
  const cursor = encodeCursor({ governance: { txid: BigInt(change.txid), seq: change.id } });
  return JSON.stringify({ data: { eventChanged: { cursor, operation: "INSERT", id, event: { id, title: change.title, status: "REPORTED" } } } });
}

function broadcast(change: FloorChange): void {
  const frames = new NextFrames(payloadOf(change));
  for (const { filter, members } of byFilter.values()) {
    if (!matches(filter, change.community, change.grid)) continue;
    for (const member of members) member.outbox.push(frames.for(member.id), member);
  }
}

function serve(ws: WebSocket, request: IncomingMessage): void {
  const outbox = new Outbox(request.socket, () => ws.readyState === ws.OPEN);
  const mine = new Map<string, Subscription>();
  const end = (subscription: Subscription) => {
    subscription.active = false;
    mine.delete(subscription.id);
    for (const group of byFilter.values()) group.members.delete(subscription);
  };
  ws.on("message", (data) => {
    const message = JSON.parse(String(data)) as { type?: string; id?: string; payload?: { variables?: { f?: LiveFilter } } };
    switch (message.type) {
      case "connection_init":
        ws.send(JSON.stringify({ type: "connection_ack" }));
        return;
      case "ping":
        ws.send(JSON.stringify({ type: "pong" }));
        return;
      case "subscribe": {
        const filter = message.payload?.variables?.f ?? {};
        const key = JSON.stringify([filter.communityCode, filter.streetCode, filter.gridCode]);
        const subscription: Subscription = { id: String(message.id), outbox, active: true };
        mine.set(subscription.id, subscription);
        let group = byFilter.get(key);
        if (!group) byFilter.set(key, (group = { filter, members: new Set() }));
        group.members.add(subscription);
        return;
      }
      case "complete": {
        const subscription = mine.get(String(message.id));
        if (subscription) end(subscription);
        return;
      }
      default:
        ws.close(4400, "Invalid message received");
    }
  });
  ws.on("close", () => {
    outbox.close();
    for (const subscription of [...mine.values()]) end(subscription);
  });
}

function main(): void {
  if (!process.send) {
    process.stderr.write("live-floor: run by bench/live.ts (needs an IPC channel)\n");
    process.exit(2);
  }
  const wss = new WebSocketServer({
    host: "127.0.0.1",
    port: 0,
    perMessageDeflate: false,
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  wss.on("connection", serve);
  let cpuStart = process.cpuUsage();
  process.on("message", (message: { type: string } & Partial<FloorChange>) => {
    if (message.type === "change") broadcast(message as FloorChange);
    else if (message.type === "measure") cpuStart = process.cpuUsage();
    else if (message.type === "usage") {
      const cpu = process.cpuUsage(cpuStart);
      process.send!({ type: "usage", cpuMs: (cpu.user + cpu.system) / 1000 });
    }
  });
  process.on("disconnect", () => process.exit(0));
  wss.on("listening", () => {
    const address = wss.address();
    const port = typeof address === "object" && address ? address.port : 0;
    process.send!({ type: "ready", url: `ws://127.0.0.1:${port}/graphql` });
  });
}

main();
