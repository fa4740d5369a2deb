/**
 * `npm run bench -- [options]` (see bench/args.ts for the options).
 *
 * Every server under test runs in a process of its own: the API compiled
 * (`node dist/src/main.js`), the floor (bench/floor-server.ts: the same rows by
 * hand-written SQL through plain `pg`), optionally PostGraphile v5 (--peer postgraphile) and
 * the API of another checkout (--baseline DIR). Load comes from a separate process
 * (bench/load-client.ts, autocannon), one server at a time, the same for each. Uses the four
 * *_DATABASE_URL databases when all are set, else a fresh embedded PostgreSQL loaded with
 * demo data. The live workload (bench/live.ts) runs the API in this process. The soak
 * (bench/soak.ts) runs reads, writes and subscribers at once against one API process.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { loadConfig, SOURCE_NAMES, type SourceName } from "../src/config.js";
import { projectRoot } from "../src/paths.js";
import { startApi, type RunningApi } from "../src/server/app.js";
import { parseArgs, usage, UsageError, type BenchOptions } from "./args.js";
import { cleanup, onCleanup } from "./cleanup.js";
import { prepareDatabases } from "./databases.js";
import { readDocuments } from "./documents.js";
import { measureInFlight, printInFlight, type InFlightResult, type InFlightTarget } from "./in-flight.js";
import { liveFailed, measureLive, printLive, type LiveFigures } from "./live.js";
import { LoadGenerator } from "./load-generator.js";
import { OPERATIONS, pickVariables, type Pools, type Variables } from "./operations.js";
import { measureSoak, type SoakFigures } from "./soak.js";
import { printSoak, soakFailed } from "./soak-report.js";
import { PEER_DOCUMENTS, POSTGRAPHILE_OPERATIONS } from "./peer/postgraphile.js";
import { parentPid } from "./proc.js";
import { apiTarget, floorTarget, measureRead, peerTarget, printReads, readFailures, type ReadResult, type ReadTarget } from "./reads.js";
import { fmt, log, printTable } from "./report.js";
import type { ServerProcess } from "./server-process.js";
import { startApiServer, startFloorServer, startPeerServer } from "./servers.js";
import { AUTHORIZATION, bearerFor } from "./token.js";
import { measureWrites, printWrites, type WriteFigures } from "./write-workload.js";

/** Connections per source of the bench's own pools (variables, statement counts, live writes). */
const OWN_POOL_SIZE = 4;
/** The operation whose requests are held in flight for the memory figure, when it is among those run. */
const IN_FLIGHT_OPERATION = "GridNewestEvents";

/** Compiles the project (the API and the bench's own servers run from dist/). */
function build(): void {
  log("compiling (npm run build)…");
  const started = Date.now();
  try {
    execFileSync("npm", ["run", "build", "--silent"], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // tsc emits despite type errors; run what it emitted when that is fresh, and say so.
    const emitted = [join(projectRoot, "dist", "src", "main.js"), join(projectRoot, "dist", "bench", "floor-server.js")];
    const fresh = emitted.every((file) => {
      try {
        return statSync(file).mtimeMs >= started - 1000;
      } catch {
        return false;
      }
    });
    const output = String((error as { stdout?: Buffer }).stdout ?? "").trim();
    if (!fresh) throw new Error(`npm run build failed:\n${output}`);
    log(`WARNING: npm run build reported errors; running what it emitted:\n${output.split("\n").slice(0, 10).join("\n")}`);
  }
}

/** The postmaster of the cluster behind `pool`, when it runs on this machine (for PostgreSQL's CPU). */
async function postmasterOf(pool: pg.Pool): Promise<number | undefined> {
  const { rows } = await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  return rows[0] ? parentPid(rows[0].pid) : undefined;
}

interface Servers {
  api: ServerProcess;
  floor: ServerProcess;
  peer?: ServerProcess;
  before?: ServerProcess;
}

async function startServers(options: BenchOptions, urls: Record<SourceName, string>): Promise<Servers> {
  const api = await startApiServer("API", projectRoot, urls);
  const floor = await startFloorServer(urls);
  const peer = options.peer && options.workloads.has("reads") ? await startPeerServer(options.peerDir, urls.governance) : undefined;
  const before = options.baseline ? await startApiServer("before", options.baseline, urls) : undefined;
  return { api, floor, peer, before };
}

async function runReads(options: BenchOptions, servers: Servers, ctx: { pools: Pools; variables: Variables; load: LoadGenerator; warmupMs: number; postmasterPid?: number }) {
  const documents = await readDocuments(join(projectRoot, "examples"), join(projectRoot, "bench", "documents"));
  // A street officer of the street read sees the same rows as the floor, through row scope.
  const readsAs = options.role === "admin" ? AUTHORIZATION : await bearerFor({ role: "street_officer", jurisdiction: ctx.variables.streetCode });
  log(`reads as: ${options.role}${options.role === "admin" ? "" : ` of ${ctx.variables.streetCode}`}`);
  const targets: ReadTarget[] = [apiTarget(servers.api, documents, readsAs), floorTarget(servers.floor)];
  if (servers.peer) targets.push(peerTarget(servers.peer, await readDocuments(PEER_DOCUMENTS), POSTGRAPHILE_OPERATIONS));
  if (servers.before) targets.push(apiTarget(servers.before, documents, readsAs));
  const operations = OPERATIONS.filter((op) => !options.operations || options.operations.includes(op.name));
  const results: ReadResult[] = [];
  for (const op of operations) {
    results.push(await measureRead(op, { ...ctx, targets, connections: options.concurrency, durationMs: options.duration * 1000, rounds: options.rounds }));
  }

  let inFlight: InFlightResult[] = [];
  if (options.inFlight > 0) {
    const op = operations.find((o) => o.name === IN_FLIGHT_OPERATION) ?? operations[0];
    const held: InFlightTarget[] = [];
    for (const target of op ? targets : []) {
      const request = target.request(op!, ctx.variables);
      if (request) held.push({ label: target.label, server: target.server, operation: op!.name, ...request });
    }
    inFlight = await measureInFlight(held, { load: ctx.load, connections: options.inFlight, durationMs: Math.max(4000, options.duration * 1000), postmasterPid: ctx.postmasterPid });
  }
  return { results, labels: targets.map((t) => t.label), inFlight };
}

async function runWrites(servers: Servers, ctx: { pools: Pools; load: LoadGenerator; connections: number; warmupMs: number; durationMs: number; rounds: number; postmasterPid?: number }): Promise<WriteFigures> {
  const grids = (await ctx.pools.governance.query<{ code: string }>("SELECT code FROM grids ORDER BY code LIMIT 64")).rows.map((r) => r.code);
  const json = { "content-type": "application/json" };
  const targets = [
    { label: "API", server: servers.api, url: servers.api.url, headers: { ...json, authorization: AUTHORIZATION } },
    { label: "floor", server: servers.floor, url: `${servers.floor.url}/write`, headers: json },
    ...(servers.before ? [{ label: "before", server: servers.before, url: servers.before.url, headers: { ...json, authorization: AUTHORIZATION } }] : []),
  ];
  return measureWrites(targets, grids, AUTHORIZATION, ctx);
}

/** The live workload as it was: the API in this process, subscribers and writer in their own. */
async function runLive(options: BenchOptions, urls: Record<SourceName, string>, pools: Pools): Promise<LiveFigures> {
  const env = {
    ...process.env,
    REGISTRY_DATABASE_URL: urls.registry,
    PARTY_DATABASE_URL: urls.party,
    CIVIC_DATABASE_URL: urls.civic,
    GOVERNANCE_DATABASE_URL: urls.governance,
    GONGZHI_RATE_LIMIT: "0",
    // Every subscriber connects from the one client process's address.
    GONGZHI_WS_CONNECTIONS_PER_CLIENT: String(Math.max(...options.subscribers) + 100),
  };
  // loadConfig reads PORT from process.env whatever env it is given: set port and host on the result.
  const config = { ...loadConfig(env), port: 0, host: "127.0.0.1" };
  const api: RunningApi = await startApi(config);
  onCleanup("in-process API", () => api.stop());
  log(`live: API in this process on ${api.url}`);
  return measureLive(api, { pool: pools.governance, url: urls.governance }, { subscribers: options.subscribers, rate: options.rate, duration: options.duration }, log, onCleanup);
}

async function main(): Promise<number> {
  const known = OPERATIONS.map((op) => op.name);
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2), known);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (!error.message) {
      log(usage(known));
      return 0;
    }
    process.stderr.write(`bench: ${error.message}\n${usage(known)}\n`);
    return 2;
  }
  const durationMs = options.duration * 1000;
  const warmupMs = Math.min(3000, Math.max(500, durationMs * 0.2));
  const usesDist = ["reads", "writes", "soak"] as const;
  if (options.build && usesDist.some((w) => options.workloads.has(w))) build();

  const { urls, where } = await prepareDatabases(options);
  const pools = Object.fromEntries(
    SOURCE_NAMES.map((s) => [s, new pg.Pool({ connectionString: urls[s], max: OWN_POOL_SIZE, idleTimeoutMillis: 30_000, application_name: `gongzhi-bench-${s}` })]),
  ) as Pools;
  for (const s of SOURCE_NAMES) pools[s].on("error", () => undefined);
  onCleanup("bench pools", () => Promise.all(SOURCE_NAMES.map((s) => pools[s].end())));
  const postmasterPid = await postmasterOf(pools.governance);
  log(postmasterPid ? `PostgreSQL postmaster: pid ${postmasterPid}` : "PostgreSQL is not on this machine (or /proc is missing): its CPU is not measured");

  let reads: Awaited<ReturnType<typeof runReads>> | undefined;
  let writes: WriteFigures | undefined;
  let variables: Variables | undefined;
  if (usesDist.some((w) => options.workloads.has(w))) {
    const { notes, ...picked } = await pickVariables(pools);
    variables = picked;
    log("variables:");
    for (const note of notes) log(`  ${note}`);
  }
  if (variables && (options.workloads.has("reads") || options.workloads.has("writes"))) {
    const load = await LoadGenerator.start(join(projectRoot, "dist", "bench", "load-client.js"));
    onCleanup("load process", () => load.stop());
    log(`load process: pid ${load.pid}`);
    const servers = await startServers(options, urls);
    const stopServers = () => Promise.all(Object.values(servers).map((s: ServerProcess | undefined) => s?.stop()));
    if (options.workloads.has("reads")) reads = await runReads(options, servers, { pools, variables, load, warmupMs, postmasterPid });
    if (options.workloads.has("writes")) writes = await runWrites(servers, { pools, load, connections: options.concurrency, warmupMs, durationMs, rounds: options.rounds, postmasterPid });
    // Nothing else on the machine while the live workload runs.
    await stopServers();
    await load.stop();
  }
  // Last, so that no other workload shares the machine with the subscribers.
  const live = options.workloads.has("live") ? await runLive(options, urls, pools) : undefined;
  const soak: SoakFigures | undefined = variables && options.workloads.has("soak") ? await measureSoak(options.soak, urls, pools, variables) : undefined;

  log();
  log("=".repeat(100));
  log(`Node ${process.version} on ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown CPU"}), ${process.platform}/${process.arch}`);
  log(`data: ${where}${options.seed || where.startsWith("embedded") ? `, scale ${options.scale}` : ""}`);
  if (reads || writes) {
    log(`load: autocannon in its own process, ${options.concurrency} connections (one request in flight each), ${fmt(warmupMs / 1000)} s warm-up then ${options.duration} s measured per operation and server, servers one after the other${options.rounds > 1 ? `, ${options.rounds} rounds (each server's median round shown)` : ""}`);
    log(`servers: each in its own process; API compiled (dist/), pools of 10 per source; floor: node:http + pg, pools of 10 per source${options.peer ? "; PostGraphile v5 (amber + connection filter) over the governance database, pool of 10" : ""}${options.baseline ? `; before: the API of ${options.baseline}` : ""}`);
    if (reads) log(`reads as: ${options.role}`);
  }
  log();
  if (reads?.results.length) {
    printReads(reads.results, reads.labels);
    log();
  }
  if (reads?.inFlight.length) {
    printInFlight(reads.inFlight, options.inFlight);
    log();
  }
  if (writes) {
    printWrites(writes);
    log();
  }
  if (live) {
    printLive(live, printTable, log);
    log();
  }
  if (soak) {
    printSoak(soak);
    log();
  }
  const failed = [...readFailures(reads?.results ?? [])];
  for (const side of writes?.sides ?? []) if (side.figures.failed) failed.push(`write workload (${side.label})`);
  for (const round of live?.rounds ?? []) if (liveFailed(round)) failed.push(`live workload with ${round.subscribers} subscribers`);
  if (soak && soakFailed(soak)) failed.push("soak");
  if (failed.length) {
    process.stderr.write(`bench: ${failed.join(", ")}: a server failed, returned other rows than the floor, had failed requests, or (live, soak) lost, repeated or misrouted deliveries\n`);
    return 1;
  }
  return 0;
}

let exiting = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (exiting) return;
    exiting = true;
    process.stderr.write(`bench: ${signal}, shutting down…\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

main().then(
  async (code) => {
    exiting = true;
    await cleanup();
    process.exit(code);
  },
  async (error: unknown) => {
    exiting = true;
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanup();
    process.exit(1);
  },
);
