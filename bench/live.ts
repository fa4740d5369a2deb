/**
 * The live workload: N GraphQL subscriptions (`eventChanged`) held open against the one
 * in-process API by a separate client process (bench/live-client.ts), then events written at
 * a fixed rate straight into the governance database with SQL, as a centre's own system
 * would, by a third process (bench/live-writer.ts) whose clock the API's work cannot delay.
 * Measures the API process's memory per subscription and the delivery latency from each
 * write's commit to each subscriber, and checks that every subscriber receives every matching
 * event exactly once and nothing else. Then the same again against the floor
 * (bench/live-floor.ts): a bare `ws` server told of each commit, which sends every matching
 * subscriber the frame the API would, so that the API's deliveries per second and latency
 * can be set against what the sockets alone allow on the same machine.
 */
import { readFileSync } from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import type pg from "pg";
import type { RunningApi } from "../src/server/app.js";
import { percentile } from "./load.js";
import { spawnChild, type Child } from "./live-child.js";
import {
  INSERT_EVENT,
  matches,
  type Committed,
  type FloorChange,
  type LiveClientSpec,
  type LiveGroup,
  type LiveOpened,
  type LiveResult,
  type LiveWrite,
  type WriteItem,
  type Written,
} from "./live-protocol.js";

/** Handshakes in flight at once while opening the sockets. */
const OPEN_CONCURRENCY = 100;
/** After every subscriber is attached, before memory is measured. */
const SETTLE_MS = 2000;
/** Probe events are written this often until every subscriber has received one. */
const PROBE_EVERY_MS = 1000;
/** Give up on late items when none arrived for this long. */
const IDLE_MS = 10_000;
/** Hard limit on waiting for late items after the last write. */
const DRAIN_LIMIT_MS = 180_000;
/** Code prefix of this workload's events; they are deleted at the end. */
const CODE_PREFIX = "LB";

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LiveRound {
  subscribers: number;
  groups: LiveGroup[];
  opened?: LiveOpened;
  /** From the open command until every subscriber had received a probe event. */
  liveMs?: number;
  probes: number;
  /** `api.live.size` once all were attached: the hub's subscriptions (fewer than N when the server groups them). */
  hubSize?: number;
  heapBefore: number;
  rssBefore: number;
  heapAfter?: number;
  rssAfter?: number;
  /** V8's external memory (Buffers and the like, outside the heap). */
  externalBefore?: number;
  externalAfter?: number;
  /** Heap once the client closed everything and the hub let go (compared with heapBefore). */
  heapAfterClose?: number;
  /** `api.live.size` once the client closed everything, and how long it took to get back to the start. */
  hubSizeAfterClose?: number;
  releaseMs?: number;
  writes: LiveWrite[];
  /** Seconds the writes took (from the first start to the last commit), each commit's latency, the worst lag behind schedule. */
  writeSeconds: number;
  commitP50Ms: number;
  commitP99Ms: number;
  startLagMs: number;
  writeErrors: number;
  firstWriteError?: string;
  /** The API process's event-loop delay over the write phase and the wait for late items. */
  loopP99Ms?: number;
  loopMaxMs?: number;
  result?: LiveResult;
  /** CPU of the API's process (API and this bench's bookkeeping) from the first write until the result. */
  apiCpuMs?: number;
  wallMs?: number;
  /** Why the round stopped early, or what went wrong. */
  problem?: string;
  /** The same subscribers and writes against the floor. */
  floor?: FloorRound;
}

/** One round against the floor: a bare ws server sending the same frames. */
export interface FloorRound {
  opened?: LiveOpened;
  liveMs?: number;
  writes: number;
  writeErrors: number;
  result?: LiveResult;
  /** CPU of the floor's process from the first write until the result. */
  cpuMs?: number;
  wallMs?: number;
  problem?: string;
}

export interface LiveFigures {
  rounds: LiveRound[];
  scope: string[];
  rate: number;
  duration: number;
  gcAvailable: boolean;
  fileLimit: string;
}

/** A function that runs a full garbage collection: `global.gc` when exposed, else enabled now through V8's flags. */
function gcFunction(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** The soft limit on open files, from /proc (Linux), as text. */
function openFileLimit(): string {
  try {
    const line = readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    return line?.split(/\s{2,}/)[1] ?? "unknown";
  } catch {
    return "unknown";
  }
}

interface Scope {
  /** The community most subscribers watch, and two of its grids (the second may equal the first). */
  community: string;
  grids: [string, string];
  /** Another community, in another street when there is one; a quarter of the writes go there. */
  other: { community: string; grid: string };
}

async function pickScope(governance: pg.Pool): Promise<Scope> {
  const { rows } = await governance.query<{ community_code: string; grids: string[] }>(
    "SELECT community_code, array_agg(code ORDER BY code) AS grids FROM grids GROUP BY community_code ORDER BY count(*) DESC, community_code LIMIT 500",
  );
  const first = rows[0];
  if (!first || first.grids.length === 0) throw new Error("the governance database has no grids to write events into");
  const other = rows.find((r) => r.community_code.slice(0, 9) !== first.community_code.slice(0, 9)) ?? rows[1] ?? first;
  return {
    community: first.community_code,
    grids: [first.grids[0]!, first.grids[1] ?? first.grids[0]!],
    other: { community: other.community_code, grid: other.grids[0]! },
  };
}

/** Most subscribers watch one community; a tenth each watch a street (another one) and a grid. */
function groupsFor(n: number, scope: Scope): LiveGroup[] {
  const community: LiveGroup = { label: `communityCode ${scope.community}`, count: n, filter: { communityCode: scope.community } };
  if (n < 10) return [community];
  const street = scope.other.community.slice(0, 9);
  const tenth = Math.round(n / 10);
  return [
    { ...community, count: n - 2 * tenth },
    { label: `streetCode ${street}`, count: tenth, filter: { streetCode: street } },
    { label: `gridCode ${scope.grids[0]}`, count: tenth, filter: { gridCode: scope.grids[0] } },
  ];
}

/** Where write n goes: three in four to the watched community (alternating its two grids), one in four elsewhere. */
function placeOf(n: number, scope: Scope): { community: string; grid: string } {
  if (n % 4 === 3) return scope.other;
  return { community: scope.community, grid: scope.grids[(n >> 1) % 2 === 0 ? 0 : 1] };
}

async function waitFor(test: () => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > timeoutMs) return Number.NaN;
    await sleep(50);
  }
  return performance.now() - started;
}

interface Phase {
  log: (line?: string) => void;
  writer: Child;
  rate: number;
  duration: number;
}

/**
 * Opens the (ready) client's sockets, then sends probes until every subscriber has received one:
 * only then is every subscription known to be attached (graphql-ws does not acknowledge a
 * subscribe). Returns the open figures, the time until all were attached and the probes sent.
 */
export async function attach(client: Child, n: number, probe: (k: number) => Promise<void>, log: (line?: string) => void): Promise<{ opened: LiveOpened; liveMs: number; probes: number }> {
  const openedAt = performance.now();
  client.send({ type: "open" });
  const opened = await client.next<LiveOpened>("opened", 120_000 + n * 50);
  if (opened.failed) log(`WARNING live: ${opened.failed} of ${n} connections failed; first: ${opened.firstError}`);
  const liveBy = performance.now() + 60_000 + n * 20;
  let probes = 0;
  for (;;) {
    await Promise.all([probe(probes), probe(probes + 1)]);
    probes += 2;
    if (await client.poll("live", PROBE_EVERY_MS)) break;
    if (performance.now() > liveBy) throw new Error(`not every subscriber received a probe event within ${((liveBy - openedAt) / 1000).toFixed(0)} s of opening`);
  }
  return { opened, liveMs: performance.now() - openedAt, probes };
}

/** Has the writer write `items` at the phase's rate, then hands the committed ones to the client and returns its result. */
async function writePhase(client: Child, phase: Phase, items: WriteItem[], groups: LiveGroup[], announce: boolean): Promise<{ written: Written; writes: LiveWrite[]; result: LiveResult }> {
  client.send({ type: "measure" });
  phase.writer.send({ type: "write", rate: phase.rate, items, announce });
  const written = await phase.writer.next<Written>("written", (items.length / phase.rate) * 1000 + 120_000);
  const writes = items.map((item, i) => ({
    n: item.n,
    committedAt: written.committedAt[i]!,
    groups: groups.flatMap((g, k) => (matches(g.filter, item.community, item.grid) ? [k] : [])),
  }));
  if (written.errors) phase.log(`WARNING live: ${written.errors} of ${items.length} writes failed; first: ${written.firstError}`);
  // A failed write is expected by nobody: it has no commit time.
  client.send({ type: "writes", writes: writes.filter((w) => Number.isFinite(w.committedAt)) });
  const result = await client.next<LiveResult>("result", DRAIN_LIMIT_MS + 60_000);
  return { written, writes, result };
}

async function closeClient(client: Child): Promise<void> {
  client.send({ type: "close" });
  await client.next("closed", 60_000);
  await client.exit;
}

/** Items written at `rate` for `duration`, numbered on from `first`: three in four to the watched community. */
function writeItems(tag: string, first: number, rate: number, duration: number, scope: Scope): WriteItem[] {
  const count = Math.max(1, Math.round(rate * duration));
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return { n, code: `${tag}-w${n}`, title: `live bench ${tag} ${n}`, ...placeOf(i, scope) };
  });
}

/** The floor's round: the same subscribers (a new client process) and writes, against the bare ws server. */
async function floorRound(floor: Child, floorUrl: string, n: number, groups: LiveGroup[], tag: string, first: number, scope: Scope, phase: Phase, onCleanup: (name: string, run: () => Promise<unknown>) => void): Promise<FloorRound> {
  const round: FloorRound = { writes: 0, writeErrors: 0 };
  const spec: LiveClientSpec = { groups, tag, openConcurrency: OPEN_CONCURRENCY, idleMs: IDLE_MS, drainLimitMs: DRAIN_LIMIT_MS };
  const client = spawnChild("live-client.ts", [floorUrl, String(n), JSON.stringify(spec)], "floor client process", onCleanup);
  const places = [{ community: scope.community, grid: scope.grids[0] }, scope.other];
  try {
    await client.next("ready", 60_000);
    const attached = await attach(
      client,
      n,
      async (k) => floor.send({ type: "change", id: 1 + k, txid: "1", title: `live bench ${tag} probe ${k}`, ...places[k % 2]! } satisfies FloorChange),
      phase.log,
    );
    round.opened = attached.opened;
    round.liveMs = attached.liveMs;
    await sleep(SETTLE_MS / 4);
    phase.log(`  floor: ${attached.opened.connected} connected, all attached in ${(attached.liveMs / 1000).toFixed(1)} s; the same writes…`);
    const items = writeItems(tag, first, phase.rate, phase.duration, scope);
    // Each commit, as the writer reports it, is what the floor sends.
    phase.writer.on<Committed>("committed", (c) => {
      const item = items[c.index];
      if (item) floor.send({ type: "change", id: c.id, txid: c.txid, title: item.title, community: item.community, grid: item.grid } satisfies FloorChange);
    });
    floor.send({ type: "measure" });
    const wall0 = now();
    const { written, result } = await writePhase(client, phase, items, groups, true);
    floor.send({ type: "usage" });
    round.cpuMs = (await floor.next<{ type: "usage"; cpuMs: number }>("usage", 30_000)).cpuMs;
    round.wallMs = now() - wall0;
    round.writes = items.length;
    round.writeErrors = written.errors;
    round.result = result;
    await closeClient(client);
  } catch (error) {
    round.problem = error instanceof Error ? error.message : String(error);
    phase.log(`ERROR live floor ${n}: ${round.problem}`);
    client.kill();
    await client.exit;
  }
  return round;
}

export async function measureLive(
  api: RunningApi,
  governance: { pool: pg.Pool; url: string },
  options: { subscribers: number[]; rate: number; duration: number },
  log: (line?: string) => void,
  onCleanup: (name: string, run: () => Promise<unknown>) => void,
): Promise<LiveFigures> {
  const gc = gcFunction();
  const collect = () => {
    if (!gc) return;
    gc();
    gc();
  };
  const memory = async () => {
    // The resident size lags the heap: V8 and malloc hand freed pages back over time. Collect
    // until it stops falling (at most ~2 s), so that the start is not inflated by earlier work.
    let m = process.memoryUsage();
    for (let i = 0; i < 8; i++) {
      collect();
      await sleep(250);
      const next = process.memoryUsage();
      const settled = m.rss - next.rss < 1024 * 1024;
      m = next;
      if (settled && i > 0) break;
    }
    return { heap: m.heapUsed, rss: m.rss, external: m.external };
  };
  const fileLimit = openFileLimit();
  const scope = await pickScope(governance.pool);
  const wsUrl = api.url.replace(/^http/, "ws");
  // Event codes are at most 20 characters: LB + 6 + round + f + -w + write number.
  const runTag = `${CODE_PREFIX}${(Date.now() % 36 ** 6).toString(36).padStart(6, "0")}`;
  // The workload's events are deleted when it ends, and by the cleanup if it does not get there.
  let deleted = false;
  const deleteEvents = async () => {
    if (deleted) return;
    deleted = true;
    await governance.pool.query("DELETE FROM events WHERE code LIKE $1", [`${runTag}%`]);
  };
  onCleanup("live workload events", deleteEvents);
  const rounds: LiveRound[] = [];
  let writeNumber = 0;
  const writer = spawnChild("live-writer.ts", [governance.url], "live writer process", onCleanup);
  const floor = spawnChild("live-floor.ts", [], "live floor process", onCleanup);
  await writer.next("ready", 60_000);
  const floorUrl = (await floor.next<{ type: "ready"; url: string }>("ready", 60_000)).url;
  const phase: Phase = { log, writer, rate: options.rate, duration: options.duration };
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  onCleanup("event-loop delay monitor", async () => loopDelay.disable());

  for (const [r, n] of options.subscribers.entries()) {
    const tag = `${runTag}${r.toString(36)}`;
    const groups = groupsFor(n, scope);
    const limit = Number(fileLimit);
    if (Number.isFinite(limit) && n + 500 > limit) log(`WARNING live: ${n} subscribers need ${n} sockets in the API's process, whose open-file limit is ${limit}`);
    log(`live: ${n} subscribers (${groups.map((g) => `${g.count} × ${g.label}`).join(", ")}), one WebSocket each…`);
    const spec: LiveClientSpec = { groups, tag, openConcurrency: OPEN_CONCURRENCY, idleMs: IDLE_MS, drainLimitMs: DRAIN_LIMIT_MS };
    const hubBefore = api.live.size;
    const client = spawnChild("live-client.ts", [wsUrl, String(n), JSON.stringify(spec)], "live client process", onCleanup);
    const round: LiveRound = {
      subscribers: n,
      groups,
      heapBefore: 0,
      rssBefore: 0,
      probes: 0,
      writes: [],
      writeSeconds: 0,
      commitP50Ms: Number.NaN,
      commitP99Ms: Number.NaN,
      startLagMs: Number.NaN,
      writeErrors: 0,
    };
    rounds.push(round);
    const places = [{ community: scope.community, grid: scope.grids[0] }, scope.other];
    const probe = async (k: number) => {
      await governance.pool.query(INSERT_EVENT, [`${tag}-p${k}`, places[k % 2]!.grid, places[k % 2]!.community, `live bench ${tag} probe ${k}`]);
    };
    try {
      await client.next("ready", 60_000);
      ({ heap: round.heapBefore, rss: round.rssBefore, external: round.externalBefore } = await memory());
      const attached = await attach(client, n, probe, log);
      round.opened = attached.opened;
      round.liveMs = attached.liveMs;
      round.probes = attached.probes;
      await sleep(SETTLE_MS);
      round.hubSize = api.live.size - hubBefore;
      ({ heap: round.heapAfter, rss: round.rssAfter, external: round.externalAfter } = await memory());
      log(
        `  ${round.opened.connected} connected and acknowledged in ${(round.opened.ackMs / 1000).toFixed(1)} s, all attached in ${(round.liveMs / 1000).toFixed(1)} s; ` +
          `writing ${options.rate}/s for ${options.duration} s…`,
      );

      // Fixed-rate writes by the writer process, each its own autocommit INSERT.
      const items = writeItems(tag, writeNumber, options.rate, options.duration, scope);
      writeNumber += items.length;
      const cpu0 = process.cpuUsage();
      const wall0 = now();
      loopDelay.reset();
      const { written, writes, result } = await writePhase(client, phase, items, groups, false);
      round.writes = writes;
      round.writeSeconds = written.elapsedMs / 1000;
      const sortedCommits = Float64Array.from(written.committedAt.map((c, i) => c - written.issuedAt[i]!).filter(Number.isFinite)).sort();
      round.commitP50Ms = percentile(sortedCommits, 50);
      round.commitP99Ms = percentile(sortedCommits, 99);
      round.startLagMs = written.maxStartLagMs;
      round.writeErrors = written.errors;
      round.firstWriteError = written.firstError;
      round.result = result;
      const cpu = process.cpuUsage(cpu0);
      round.apiCpuMs = (cpu.user + cpu.system) / 1000;
      round.wallMs = now() - wall0;
      round.loopP99Ms = loopDelay.percentile(99) / 1e6;
      round.loopMaxMs = loopDelay.max / 1e6;

      await closeClient(client);
      round.releaseMs = await waitFor(() => api.live.size <= hubBefore, 30_000);
      round.hubSizeAfterClose = api.live.size - hubBefore;
      round.heapAfterClose = (await memory()).heap;
    } catch (error) {
      round.problem = error instanceof Error ? error.message : String(error);
      log(`ERROR live ${n}: ${round.problem}`);
      client.kill();
      await client.exit;
      await waitFor(() => api.live.size <= hubBefore, 30_000);
    }
    round.floor = await floorRound(floor, floorUrl, n, groups, `${tag}f`, writeNumber, scope, phase, onCleanup);
    writeNumber += round.floor.writes;
  }
  writer.child.disconnect();
  floor.child.disconnect();
  await Promise.race([Promise.all([writer.exit, floor.exit]), sleep(5000)]);
  await deleteEvents();
  return { rounds, scope: [scope.community, scope.other.community], rate: options.rate, duration: options.duration, gcAvailable: gc !== undefined, fileLimit };
}

/** Whether a result is short of exactly once: any delivery missing, repeated, unexpected or in error, or a socket closed. */
const deliveryFailed = (r: LiveResult | undefined) => !r || Boolean(r.missing || r.duplicates || r.unexpected || r.errors || Object.keys(r.closes).length);

/** Whether a round failed: connections, attachment, or any delivery missing, repeated, unexpected or in error (the API's or the floor's). */
export function liveFailed(round: LiveRound): boolean {
  const floor = round.floor;
  const floorFailed = floor !== undefined && Boolean(floor.problem || floor.opened?.failed || floor.writeErrors || deliveryFailed(floor.result));
  return Boolean(round.problem || round.opened?.failed || round.writeErrors || deliveryFailed(round.result) || floorFailed);
}

const fmt = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const kb = (bytes: number | undefined, n: number) => (bytes === undefined ? "n/a" : fmt(bytes / 1024 / n, 1));
const mb = (bytes: number | undefined) => (bytes === undefined ? "n/a" : fmt(bytes / 1024 / 1024, 0));

export function printLive(figures: LiveFigures, printTable: (header: string[], rows: string[][]) => void, log: (line?: string) => void): void {
  const { rounds } = figures;
  log(
    `live workload: eventChanged subscriptions from a separate Node process, one WebSocket connection per subscription (graphql-transport-ws over ws); ` +
      `events INSERTed straight into the governance database by a separate writer process at ${figures.rate}/s for ${figures.duration} s per round (one autocommit statement each), ` +
      `3 in 4 into community ${figures.scope[0]}, 1 in 4 into ${figures.scope[1]}`,
  );
  log(
    `latency: from the INSERT's resolved promise in the writer process to the item's arrival in the client process (same machine, performance.timeOrigin + now()); ` +
      `memory: the API's process (API and bench), ${figures.gcAvailable ? "after a full GC" : "without a GC (none available)"}, ` +
      `before opening and ${SETTLE_MS / 1000} s after all were attached (each after collecting until rss stops falling; rss remains the noisier figure); open-file limit ${figures.fileLimit}`,
  );
  printTable(
    ["subscribers", "connections", "ack s", "attached s", "heap KB/sub", "rss KB/sub", "events", "deliveries", "expected", "p50 ms", "p99 ms", "max ms", "last p50 ms", "missing", "duplicates", "unexpected", "API CPU %", "client CPU %"],
    rounds.map((round) => {
      const r = round.result;
      const n = round.subscribers;
      const wall = round.wallMs ?? Number.NaN;
      return [
        String(n),
        String(round.opened?.connected ?? 0),
        fmt((round.opened?.ackMs ?? Number.NaN) / 1000, 1),
        fmt((round.liveMs ?? Number.NaN) / 1000, 1),
        round.heapAfter === undefined ? "n/a" : kb(round.heapAfter - round.heapBefore, n),
        round.rssAfter === undefined ? "n/a" : kb(round.rssAfter - round.rssBefore, n),
        String(round.writes.length),
        r ? String(r.received) : "n/a",
        r ? String(r.expected) : "n/a",
        fmt(r?.p50Ms, 1),
        fmt(r?.p99Ms, 1),
        fmt(r?.maxMs, 1),
        fmt(r?.lastP50Ms, 1),
        r ? String(r.missing) : "n/a",
        r ? String(r.duplicates) : "n/a",
        r ? String(r.unexpected) : "n/a",
        fmt(((round.apiCpuMs ?? Number.NaN) / wall) * 100, 0),
        fmt(r ? (r.cpuMs / r.wallMs) * 100 : Number.NaN, 0),
      ];
    }),
  );
  log(
    "ack s: until every connection_ack (handshakes 100 at a time); attached s: until every subscriber received a probe event; last p50 ms: per event, the latency of its last delivery, median over events; " +
      "CPU % over the write phase and the wait for late items (100 = one core; 2 cores shared by API, PostgreSQL and client)",
  );
  log();
  log(
    "API and floor: the floor is a bare ws server in its own process, told of each commit by the writer, sending every matching subscriber the frame the API would " +
      "(framed once per result, several frames per socket write when they queue up, as the API does); the same client program, subscribers and write schedule, one after the other",
  );
  const perDelivery = (cpuMs: number | undefined, r: LiveResult | undefined) => (r && r.received > 0 && cpuMs !== undefined ? fmt((cpuMs * 1000) / r.received, 1) : "n/a");
  printTable(
    ["subscribers", "API deliveries/s", "floor deliveries/s", "API÷floor", "API p50 ms", "API p99 ms", "API max ms", "floor p50 ms", "floor p99 ms", "floor max ms", "API CPU µs/delivery", "floor CPU µs/delivery", "heap KB/sub", "exactly once (API, floor)"],
    rounds.map((round) => {
      const r = round.result;
      const f = round.floor?.result;
      const once = (x: LiveResult | undefined) => (x ? (deliveryFailed(x) ? "NO" : "yes") : "n/a");
      return [
        String(round.subscribers),
        fmt(r?.deliveriesPerSecond, 0),
        fmt(f?.deliveriesPerSecond, 0),
        r && f ? fmt(r.deliveriesPerSecond / f.deliveriesPerSecond, 2) : "n/a",
        fmt(r?.p50Ms, 1),
        fmt(r?.p99Ms, 1),
        fmt(r?.maxMs, 1),
        fmt(f?.p50Ms, 1),
        fmt(f?.p99Ms, 1),
        fmt(f?.maxMs, 1),
        perDelivery(round.apiCpuMs, r),
        perDelivery(round.floor?.cpuMs, f),
        round.heapAfter === undefined ? "n/a" : kb(round.heapAfter - round.heapBefore, round.subscribers),
        `${once(r)}, ${once(f)}`,
      ];
    }),
  );
  log(
    "deliveries/s: items received, over the time from the first write's commit to the last item's arrival (a backlog lowers it); CPU µs/delivery: the server process's CPU over the write phase " +
      "and the wait for late items, per item delivered (the API's process also runs this bench's bookkeeping); latency from commit to arrival in the client",
  );
  for (const round of rounds) {
    const r = round.result;
    const parts = [
      `groups ${round.groups.map((g) => `${g.count} × ${g.label}`).join(", ")}`,
      `hub subscriptions (api.live.size) ${round.hubSize ?? "n/a"}`,
      `memory ${mb(round.heapBefore)} → ${mb(round.heapAfter)} MB heap, ${mb(round.rssBefore)} → ${mb(round.rssAfter)} MB rss, external ${
        round.externalAfter === undefined || round.externalBefore === undefined ? "n/a" : kb(round.externalAfter - round.externalBefore, round.subscribers)
      } KB/sub`,
      `writes took ${fmt(round.writeSeconds, 1)} s (commit p50 ${fmt(round.commitP50Ms, 1)} ms, p99 ${fmt(round.commitP99Ms, 1)} ms, worst start ${fmt(round.startLagMs, 1)} ms late)`,
      `API event-loop delay p99 ${fmt(round.loopP99Ms, 1)} ms, max ${fmt(round.loopMaxMs, 1)} ms`,
    ];
    if (r) parts.push(`min latency ${fmt(r.minMs, 1)} ms, last max ${fmt(r.lastMaxMs, 1)} ms, last item ${fmt(r.drainMs / 1000, 1)} s after the last commit`);
    if (round.heapAfterClose !== undefined) {
      parts.push(
        `after closing: hub back to ${round.hubSizeAfterClose} in ${fmt(round.releaseMs, 0)} ms, heap ${fmt((round.heapAfterClose - round.heapBefore) / 1024 / 1024, 1)} MB above the start`,
      );
    }
    log(`  ${round.subscribers}: ${parts.join("; ")}`);
    if (round.opened?.failed) log(`  ${round.subscribers}: ${round.opened.failed} connections FAILED; first: ${round.opened.firstError}`);
    if (r?.errors) log(`  ${round.subscribers}: ${r.errors} error messages; first: ${r.firstError}`);
    if (r && Object.keys(r.closes).length) log(`  ${round.subscribers}: sockets closed by the server while measuring: ${Object.entries(r.closes).map(([c, k]) => `${k} × ${c}`).join(", ")}`);
    if (r && (r.missing || r.duplicates || r.unexpected)) log(`  ${round.subscribers}: FAILED delivery check: ${r.missing} missing, ${r.duplicates} duplicates, ${r.unexpected} unexpected`);
    if (round.problem) log(`  ${round.subscribers}: ERROR ${round.problem}`);
    const floor = round.floor;
    const f = floor?.result;
    if (floor?.problem) log(`  ${round.subscribers}: floor ERROR ${floor.problem}`);
    if (floor?.opened?.failed) log(`  ${round.subscribers}: floor: ${floor.opened.failed} connections FAILED; first: ${floor.opened.firstError}`);
    if (f && deliveryFailed(f)) {
      log(`  ${round.subscribers}: floor FAILED delivery check: ${f.missing} missing, ${f.duplicates} duplicates, ${f.unexpected} unexpected, ${f.errors} errors${f.firstError ? ` (first: ${f.firstError})` : ""}, closes ${JSON.stringify(f.closes)}`);
    }
  }
}
