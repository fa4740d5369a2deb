/**
 * The read workload: per operation, each server's answer is checked once against the floor's
 * rows (and the API's statements counted), then each server is loaded in turn (the API, the
 * floor, the peer, the baseline) from the load process, for the same window.
 */
import { isDeepStrictEqual } from "node:util";
import { SOURCE_NAMES, type SourceName } from "../src/config.js";
import type { LoadGenerator } from "./load-generator.js";
import { medianRun } from "./load.js";
import type { LoadFigures } from "./load-protocol.js";
import type { Operation, Pools, Variables } from "./operation.js";
import type { PeerOperation } from "./peer/postgraphile.js";
import { count, fmt, log, perRequest, printTable, ratio } from "./report.js";
import type { ServerProcess } from "./server-process.js";

export type Statements = Record<SourceName, number>;

/** One request to one server, and how to digest its `data`. */
interface Request {
  url: string;
  headers: Record<string, string>;
  body: string;
  digest(data: unknown): unknown;
}

export interface ReadTarget {
  label: string;
  server: ServerProcess;
  /** Whether it reports its SQL statements (`X-Query-Stats: 1`). */
  countsStatements: boolean;
  /** The request for an operation, or undefined when this server does not serve it. */
  request(op: Operation, v: Variables): Request | undefined;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** The API (this checkout's or a baseline's): the operation's document from examples/ or bench/documents/. */
export function apiTarget(server: ServerProcess, documents: Map<string, string>, authorization: string): ReadTarget {
  return {
    label: server.label,
    server,
    countsStatements: true,
    request(op, v) {
      const query = documents.get(op.name);
      if (!query) throw new Error(`no document holds query ${op.name} (examples/, bench/documents/)`);
      return { url: server.url, headers: { ...JSON_HEADERS, authorization }, body: JSON.stringify({ query, operationName: op.name, variables: op.variables(v) }), digest: (d) => op.digest(d) };
    },
  };
}

export function floorTarget(server: ServerProcess): ReadTarget {
  return {
    label: server.label,
    server,
    countsStatements: false,
    request: (op, v) => ({ url: `${server.url}/read/${op.name}`, headers: JSON_HEADERS, body: JSON.stringify(v), digest: (d) => op.floorDigest(d) }),
  };
}

/** A peer serves the operations it has a document and a digest for. */
export function peerTarget(server: ServerProcess, documents: Map<string, string>, operations: Record<string, PeerOperation>): ReadTarget {
  return {
    label: server.label,
    server,
    countsStatements: false,
    request(op, v) {
      const peer = operations[op.name];
      const query = documents.get(op.name);
      if (!peer || !query) return undefined;
      return { url: server.url, headers: JSON_HEADERS, body: JSON.stringify({ query, operationName: op.name, variables: peer.variables(v) }), digest: (d) => peer.digest(d) };
    },
  };
}

interface Answer {
  data?: unknown;
  errors?: { message: string }[];
  extensions?: { queryStats?: Partial<Record<SourceName, { statements: number }>> };
}

async function post(request: Request, stats: boolean): Promise<Answer> {
  const res = await fetch(request.url, { method: "POST", headers: { ...request.headers, ...(stats ? { "x-query-stats": "1" } : {}) }, body: request.body });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  const answer = JSON.parse(text) as Answer;
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${answer.errors.map((e) => e.message).join("; ").slice(0, 300)}`);
  return answer;
}

export interface SideResult {
  label: string;
  /** Why it was not measured: its check request failed. */
  error?: string;
  /** Whether its rows were the floor's. */
  match?: boolean;
  statements?: Statements;
  figures?: LoadFigures;
}

export interface ReadResult {
  op: Operation;
  floorStatements: number;
  sides: SideResult[];
}

/** Counts the statements of one floor call (the pools' query method is wrapped for the duration). */
async function countFloorStatements(op: Operation, pools: Pools, variables: Variables): Promise<number> {
  let n = 0;
  const originals = SOURCE_NAMES.map((s) => [s, pools[s].query] as const);
  for (const [s, query] of originals) {
    (pools[s] as { query: unknown }).query = (...args: unknown[]) => {
      n++;
      return (query as (...a: unknown[]) => unknown).apply(pools[s], args);
    };
  }
  try {
    await op.floor(pools, variables);
  } finally {
    for (const [s, query] of originals) (pools[s] as { query: unknown }).query = query;
  }
  return n;
}

export interface ReadContext {
  targets: ReadTarget[];
  variables: Variables;
  /** Small pools of the bench's own, to count the floor's statements. */
  pools: Pools;
  load: LoadGenerator;
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Servers measured in turn this many times; each one's median round is kept. */
  rounds: number;
  postmasterPid?: number;
}

interface Side extends SideResult {
  target: ReadTarget;
  request: Request;
}

/** Asks every server that serves the operation once (the API with statement counts) and compares its rows with the floor's. */
async function check(op: Operation, ctx: ReadContext): Promise<Side[]> {
  const floor = ctx.targets.find((t) => t.label === "floor")?.request(op, ctx.variables);
  if (!floor) throw new Error("the read workload needs the floor among its servers");
  const expected = floor.digest((await post(floor, false)).data);
  const sides: Side[] = [];
  for (const target of ctx.targets) {
    const request = target.request(op, ctx.variables);
    if (!request) continue;
    const side: Side = { label: target.label, target, request };
    sides.push(side);
    try {
      const answer = await post(request, target.countsStatements);
      if (target.countsStatements) {
        const stats = answer.extensions?.queryStats;
        if (!stats) throw new Error("the answer has no extensions.queryStats although X-Query-Stats: 1 was sent");
        side.statements = Object.fromEntries(SOURCE_NAMES.map((s) => [s, stats[s]?.statements ?? 0])) as Statements;
      }
      const digest = request.digest(answer.data);
      side.match = isDeepStrictEqual(digest, expected);
      if (!side.match) {
        log(`WARNING ${op.name}: ${target.label} and the floor returned different rows`);
        log(`  ${target.label}: ${JSON.stringify(digest).slice(0, 600)}`);
        log(`  floor: ${JSON.stringify(expected).slice(0, 600)}`);
      }
    } catch (error) {
      side.error = error instanceof Error ? error.message : String(error);
      log(`ERROR ${op.name}: ${target.label} failed (${side.error}); not measured`);
    }
  }
  return sides;
}

/** Loads each side in turn, `rounds` times; keeps each side's median round, with the failures of all rounds. */
async function measure(op: Operation, sides: Side[], ctx: ReadContext): Promise<void> {
  const runs = new Map<Side, LoadFigures[]>(sides.map((side) => [side, []]));
  for (let round = 1; round <= ctx.rounds; round++) {
    for (const [side, list] of runs) {
      log(`${op.name}: ${side.label}${ctx.rounds > 1 ? ` (round ${round} of ${ctx.rounds})` : ""}, ${fmt(ctx.warmupMs / 1000)} s warm-up, ${fmt(ctx.durationMs / 1000)} s measured…`);
      const figures = await ctx.load.run({
        kind: "read",
        url: side.request.url,
        headers: side.request.headers,
        body: side.request.body,
        connections: ctx.connections,
        warmupMs: ctx.warmupMs,
        durationMs: ctx.durationMs,
        serverPid: side.target.server.pid,
        postmasterPid: ctx.postmasterPid,
      });
      if (figures.failed) log(`WARNING ${op.name} ${side.label}: ${figures.failed} failed in the window; first: ${figures.firstFailure}`);
      list.push(figures);
    }
  }
  for (const [side, list] of runs) {
    const median = medianRun(list);
    if (median) side.figures = { ...median, failed: list.reduce((sum, f) => sum + f.failed, 0) };
  }
}

/** Checks one operation on every server that serves it, then measures each in turn. */
export async function measureRead(op: Operation, ctx: ReadContext): Promise<ReadResult> {
  const sides = await check(op, ctx);
  await measure(op, sides.filter((side) => !side.error), ctx);
  return {
    op,
    floorStatements: await countFloorStatements(op, ctx.pools, ctx.variables),
    sides: sides.map(({ label, error, match, statements, figures }) => ({ label, error, match, statements, figures })),
  };
}

const figuresOf = (result: ReadResult, label: string) => result.sides.find((s) => s.label === label)?.figures;

/** The tables of the read workload. `labels` are the servers in column order, the API first and the floor second. */
export function printReads(results: ReadResult[], labels: string[]): void {
  const [api = "API", floor = "floor", ...others] = labels;
  log(`Throughput (requests/s) and the API's ratio to each; same load for each server, one after the other:`);
  log();
  printTable(
    ["operation", `${api} req/s`, `${floor} req/s`, `${api} ÷ ${floor}`, ...others.flatMap((o) => [`${o} req/s`, `${api} ÷ ${o}`])],
    results.map((r) => {
      const a = figuresOf(r, api)?.requestsPerSecond;
      const cell = (label: string) => {
        const side = r.sides.find((s) => s.label === label);
        if (!side) return "-";
        return side.figures ? count(side.figures.requestsPerSecond) : "ERROR";
      };
      return [r.op.name, cell(api), cell(floor), ratio(a, figuresOf(r, floor)?.requestsPerSecond), ...others.flatMap((o) => [cell(o), ratio(a, figuresOf(r, o)?.requestsPerSecond)])];
    }),
  );
  log();
  log("Per server: latency of completed requests; CPU per request of the server's process, of PostgreSQL (all its processes) and of the load process; whether its rows were the floor's:");
  log();
  printTable(
    ["operation", "server", "req/s", "p50 ms", "p99 ms", "CPU ms/req", "PG CPU ms/req", "load CPU ms/req", "failed", "same rows"],
    results.flatMap((r) =>
      r.sides.map((side) => {
        const f = side.figures;
        const rows = side.match === undefined ? "-" : side.match ? "yes" : "NO";
        if (!f) return [r.op.name, side.label, "ERROR", "-", "-", "-", "-", "-", "-", rows];
        return [
          r.op.name,
          side.label,
          count(f.requestsPerSecond),
          fmt(f.p50Ms, 2),
          fmt(f.p99Ms, 2),
          fmt(perRequest(f.serverCpuMs, f.requests), 2),
          fmt(perRequest(f.postgresCpuMs, f.requests), 2),
          fmt(perRequest(f.clientCpuMs, f.requests), 2),
          count(f.failed),
          rows,
        ];
      }),
    ),
  );
  log();
  const counted = labels.filter((label) => results.some((r) => r.sides.find((s) => s.label === label)?.statements));
  log("SQL statements per request: the API's per source (from X-Query-Stats: 1), and the floor's:");
  log();
  printTable(
    ["operation", ...SOURCE_NAMES, `${api} total`, ...counted.filter((l) => l !== api).map((l) => `${l} total`), `${floor} total`],
    results.map((r) => {
      const total = (label: string) => {
        const s = r.sides.find((x) => x.label === label)?.statements;
        return s ? String(SOURCE_NAMES.reduce((sum, source) => sum + s[source], 0)) : "-";
      };
      const own = r.sides.find((s) => s.label === api)?.statements;
      return [r.op.name, ...SOURCE_NAMES.map((s) => (own ? String(own[s]) : "-")), total(api), ...counted.filter((l) => l !== api).map(total), String(r.floorStatements)];
    }),
  );
}

/** Operations whose check failed, returned other rows than the floor, or had failed requests. */
export function readFailures(results: ReadResult[]): string[] {
  return results.flatMap((r) => r.sides.filter((s) => s.error || s.match === false || s.figures?.failed).map((s) => `${r.op.name} (${s.label})`));
}
