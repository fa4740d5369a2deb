/**
 * `npm run bench -- [--scale N] [--concurrency C] [--duration S] [--seed] [--workload all|reads|writes|live] [--subscribers N,M] [--rate R]`
 *
 * Load-tests the example operations through the in-process API (HTTP + GraphQL + resolvers)
 * and compares each with its floor: the same rows fetched by hand-written SQL through plain
 * `pg` pools. The live workload holds N subscriptions open from a separate process and
 * measures memory per subscription and delivery latency of events written with SQL. Uses the four *_DATABASE_URL databases when all are set, or a fresh embedded
 * PostgreSQL in a temporary folder loaded with demo data.
 */
import { chmod, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { loadConfig, SOURCE_NAMES, type SourceName } from "../src/config.js";
import { projectRoot } from "../src/paths.js";
import { startApi, type RunningApi } from "../src/server/app.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../src/server/embedded-postgres.js";
import { hasDemoData, loadDemoData } from "../src/seed/generate.js";
import { closeAll, migrateAll, openSourceDatabases, type SourceDatabases } from "../src/sources/index.js";
import { AUTHORIZATION, bearerFor } from "./token.js";
import { parseArgs, USAGE, UsageError, type BenchOptions } from "./args.js";
import { liveFailed, measureLive, printLive, type LiveFigures } from "./live.js";
import { closedLoop, type LoadResult } from "./load.js";
import { OPERATIONS, pickVariables, type Operation, type Pools } from "./operations.js";
import { apiLifecycle, floorLifecycle, LIFECYCLE, MUTATIONS, StepTimes } from "./writes.js";

type Stats = Partial<Record<SourceName, { statements: number }>>;

/** Connections per source for the floor's pools: the same as the API's default pool size. */
const FLOOR_POOL_SIZE = 10;

const log = (line = "") => process.stdout.write(`${line}\n`);

/** Everything to undo, newest first. */
const cleanups: { name: string; run: () => Promise<unknown> }[] = [];
const onCleanup = (name: string, run: () => Promise<unknown>) => cleanups.unshift({ name, run });

async function cleanup(): Promise<void> {
  while (cleanups.length) {
    const step = cleanups.shift()!;
    try {
      await step.run();
    } catch (error) {
      process.stderr.write(`bench: cleanup of ${step.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 56000 + Math.floor(Math.random() * 4000);
    if (await isPortFree(port)) return port;
  }
  throw new Error("found no free port in 56000–59999 for the embedded PostgreSQL");
}

/** Database URLs to bench against; starts and seeds an embedded server when none are configured. */
async function prepareDatabases(options: BenchOptions): Promise<{ urls: Record<SourceName, string>; where: string }> {
  const config = loadConfig();
  const configured = config.databaseUrls;
  const setCount = SOURCE_NAMES.filter((s) => configured[s]).length;
  let urls: Record<SourceName, string>;
  let where: string;
  let seed = options.seed;
  if (setCount === SOURCE_NAMES.length) {
    urls = configured as Record<SourceName, string>;
    where = "configured *_DATABASE_URL databases";
  } else {
    if (setCount > 0) log(`note: only ${setCount} of the four *_DATABASE_URL are set; using an embedded PostgreSQL instead`);
    const dir = await mkdtemp(join(tmpdir(), "gongzhi-bench-"));
    onCleanup("temporary folder", () => rm(dir, { recursive: true, force: true }));
    // As root the server runs as `postgres`, which must be able to reach the data folder.
    await chmod(dir, 0o755);
    const port = await freePort();
    log(`starting embedded PostgreSQL in ${dir} on port ${port}…`);
    const t0 = performance.now();
    const cluster: EmbeddedCluster = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port, persistent: false });
    onCleanup("embedded PostgreSQL", () => cluster.stop());
    log(`  started in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    urls = cluster.urls;
    where = `embedded PostgreSQL on port ${port}`;
    seed = true;
  }

  const dbs: SourceDatabases = openSourceDatabases(urls, { connectTimeoutMs: Math.max(config.connectTimeoutMs, 10_000), maxConnections: 4 });
  try {
    await migrateAll(dbs);
    if (seed) {
      log(`loading demo data at scale ${options.scale}…`);
      const summary = await loadDemoData(dbs, { scale: options.scale });
      const bySource = new Map<string, number>();
      for (const [table, n] of Object.entries(summary.tables)) {
        const source = table.split(".")[0] as string;
        bySource.set(source, (bySource.get(source) ?? 0) + n);
      }
      const biggest = Object.entries(summary.tables)
        .sort(([, a], [, b]) => b - a)
        .slice(0, 6)
        .map(([t, n]) => `${t} ${n.toLocaleString("en-US")}`);
      log(`  loaded ${summary.totalRows.toLocaleString("en-US")} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s (seed ${summary.seed}, reference date ${summary.referenceDate})`);
      log(`  per source: ${[...bySource].map(([s, n]) => `${s} ${n.toLocaleString("en-US")}`).join(", ")}`);
      log(`  largest tables: ${biggest.join(", ")}`);
    } else if (!(await hasDemoData(dbs))) {
      throw new Error("the configured databases hold no data; pass --seed to load demo data (this empties them first)");
    } else {
      log("using the data already in the configured databases (pass --seed to reload demo data)");
    }
  } finally {
    await closeAll(dbs);
  }
  return { urls, where };
}

interface Document {
  name: string;
  text: string;
}

async function readExamples(): Promise<Map<string, Document>> {
  const dir = join(projectRoot, "examples");
  const docs = new Map<string, Document>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".graphql")).sort()) {
    const text = await readFile(join(dir, file), "utf8");
    for (const match of text.matchAll(/^\s*query\s+(\w+)/gm)) docs.set(match[1] as string, { name: match[1] as string, text });
  }
  return docs;
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string }[];
  extensions?: { queryStats?: Partial<Record<SourceName, { statements: number; milliseconds: number }>> };
}

async function post(url: string, body: string, authorization: string, stats = false): Promise<GraphQLResponse> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization, ...(stats ? { "x-query-stats": "1" } : {}) }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  const json = JSON.parse(text) as GraphQLResponse;
  if (json.errors?.length) throw new Error(`GraphQL errors: ${json.errors.map((e) => e.message).join("; ").slice(0, 300)}`);
  return json;
}

interface Row {
  operation: string;
  /** Why the API side was not measured: its first request failed. */
  apiError?: string;
  api?: LoadResult;
  floor: LoadResult;
  statements: Partial<Record<SourceName, number>>;
  totalStatements: number;
  floorStatements: number;
  match: boolean;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  log(line(header));
  log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) log(line(r));
}

/** Counts the statements of one floor call (the pools' query method is wrapped for the duration). */
async function countFloorStatements(op: Operation, pools: Pools, variables: Parameters<Operation["floor"]>[1]): Promise<number> {
  let count = 0;
  const originals = SOURCE_NAMES.map((s) => [s, pools[s].query] as const);
  for (const [s, query] of originals) {
    (pools[s] as { query: unknown }).query = (...args: unknown[]) => {
      count++;
      return (query as (...a: unknown[]) => unknown).apply(pools[s], args);
    };
  }
  try {
    await op.floor(pools, variables);
  } finally {
    for (const [s, query] of originals) (pools[s] as { query: unknown }).query = query;
  }
  return count;
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`bench: ${error.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return error.message ? 1 : 0;
    }
    throw error;
  }
  const durationMs = options.duration * 1000;
  const warmupMs = Math.min(3000, Math.max(500, durationMs * 0.2));

  const { urls, where } = await prepareDatabases(options);

  const env = {
    ...process.env,
    PORT: "0",
    HOST: "127.0.0.1",
    REGISTRY_DATABASE_URL: urls.registry,
    PARTY_DATABASE_URL: urls.party,
    CIVIC_DATABASE_URL: urls.civic,
    GOVERNANCE_DATABASE_URL: urls.governance,
    // The bench is one client sending as fast as it can, and it measures the API, not its rate limit.
    GONGZHI_RATE_LIMIT: "0",
  };
  // loadConfig reads its integers (PORT) from process.env whatever env it is given, so the
  // port and host are also set on the result: an ephemeral port on the loopback interface.
  const config = { ...loadConfig(env), port: 0, host: "127.0.0.1" };
  const api: RunningApi = await startApi(config);
  onCleanup("API", () => api.stop());
  log(`API listening on ${api.url}`);

  const pools = Object.fromEntries(
    SOURCE_NAMES.map((s) => [s, new pg.Pool({ connectionString: urls[s], max: FLOOR_POOL_SIZE, idleTimeoutMillis: 30_000, application_name: `gongzhi-bench-floor-${s}` })]),
  ) as Pools;
  for (const s of SOURCE_NAMES) pools[s].on("error", () => undefined);
  onCleanup("floor pools", () => Promise.all(SOURCE_NAMES.map((s) => pools[s].end())));

  const { notes, ...variables } = await pickVariables(pools);
  log("variables:");
  for (const note of notes) log(`  ${note}`);

  // A street officer of the street read sees the same rows as the floor, through row scope.
  const readsAs = options.role === "admin" ? AUTHORIZATION : await bearerFor({ role: "street_officer", jurisdiction: variables.streetCode });
  log(`reads as: ${options.role}${options.role === "admin" ? "" : ` of ${variables.streetCode}`}`);
  const docs = await readExamples();
  const results: Row[] = [];
  const runs = (workload: "reads" | "writes" | "live") => options.workload === "all" || options.workload === workload;
  for (const op of runs("reads") ? OPERATIONS : []) {
    const doc = docs.get(op.name);
    if (!doc) throw new Error(`examples/*.graphql has no operation ${op.name}`);
    const body = JSON.stringify({ query: doc.text, operationName: op.name, variables: op.variables(variables) });

    // One request with statement counts, checked against the floor's rows.
    let counted: GraphQLResponse | undefined;
    let apiError: string | undefined;
    try {
      counted = await post(api.url, body, readsAs, true);
    } catch (error) {
      apiError = error instanceof Error ? error.message : String(error);
      log(`ERROR ${op.name}: the API failed (${apiError}); measuring only the floor`);
    }
    const stats = counted?.extensions?.queryStats;
    if (counted && !stats) throw new Error(`${op.name}: the response has no extensions.queryStats although X-Query-Stats: 1 was sent`);
    const statements = Object.fromEntries(SOURCE_NAMES.map((s) => [s, stats?.[s]?.statements ?? 0])) as Record<SourceName, number>;
    const floorDigest = await op.floor(pools, variables);
    const apiDigest = counted ? op.digest(counted.data) : undefined;
    const match = counted !== undefined && isDeepStrictEqual(apiDigest, floorDigest);
    if (counted && !match) {
      log(`WARNING ${op.name}: the API and the floor returned different data`);
      log(`  API:   ${JSON.stringify(apiDigest).slice(0, 600)}`);
      log(`  floor: ${JSON.stringify(floorDigest).slice(0, 600)}`);
    }
    const floorStatements = await countFloorStatements(op, pools, variables);

    // The API: warm up, then measure. The load check is cheap: status and the absence of errors.
    const apiCall = async () => {
      const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: readsAs }, body });
      const text = await res.text();
      if (!res.ok || !text.startsWith('{"data"') || text.includes('"errors":')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    };
    const floorCall = async () => {
      await op.floor(pools, variables);
    };
    let apiResult: LoadResult | undefined;
    if (!apiError) {
      log(`${op.name}: API warm-up ${fmt(warmupMs / 1000)} s, load ${options.duration} s…`);
      await closedLoop(apiCall, { concurrency: options.concurrency, durationMs: warmupMs });
      apiResult = await closedLoop(apiCall, { concurrency: options.concurrency, durationMs });
    }
    log(`${op.name}: floor warm-up ${fmt(warmupMs / 1000)} s, load ${options.duration} s…`);
    await closedLoop(floorCall, { concurrency: options.concurrency, durationMs: warmupMs });
    const floorResult = await closedLoop(floorCall, { concurrency: options.concurrency, durationMs });
    for (const [side, r] of [["API", apiResult], ["floor", floorResult]] as const) {
      if (r?.errors) log(`WARNING ${op.name} ${side}: ${r.errors} of ${r.requests + r.errors} requests failed; first: ${r.firstError}`);
    }
    if (floorResult.requests === 0) throw new Error(`${op.name}: no floor request succeeded (${floorResult.firstError})`);
    results.push({
      operation: op.name,
      apiError,
      api: apiResult,
      floor: floorResult,
      statements,
      totalStatements: Object.values(statements).reduce((a, b) => a + b, 0),
      floorStatements,
      match,
    });
  }

  const writes = runs("writes") ? await measureWrites(api.url, pools, options.concurrency, warmupMs, durationMs) : undefined;

  // The fixed cost of one request through the in-process HTTP client, server and GraphQL
  // execution, without any SQL: subtract it mentally from the API's latencies.
  let baseline: LoadResult | undefined;
  if (runs("reads") || runs("writes")) {
    const trivial = JSON.stringify({ query: "query Baseline { __typename }", operationName: "Baseline" });
    const trivialCall = async () => {
      const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", authorization: AUTHORIZATION }, body: trivial });
      const text = await res.text();
      if (!res.ok || !text.startsWith('{"data"')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
    };
    log(`baseline { __typename }: warm-up ${fmt(warmupMs / 1000)} s, load ${options.duration} s…`);
    await closedLoop(trivialCall, { concurrency: options.concurrency, durationMs: warmupMs });
    baseline = await closedLoop(trivialCall, { concurrency: options.concurrency, durationMs });
  }

  // Last, so that no other workload shares the machine with the subscribers.
  const live: LiveFigures | undefined = runs("live")
    ? await measureLive(api, { pool: pools.governance, url: urls.governance }, { subscribers: options.subscribers, rate: options.rate, duration: options.duration }, log, onCleanup)
    : undefined;

  log();
  log("=".repeat(100));
  log(`Node ${process.version} on ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown CPU"}), ${process.platform}/${process.arch}`);
  log(`data: ${where}${options.seed || where.startsWith("embedded") ? `, scale ${options.scale}` : ""}`);
  if (baseline) {
    log(`concurrency ${options.concurrency} (closed loop), ${options.duration} s per operation and side after ${fmt(warmupMs / 1000)} s warm-up`);
    log(`API: in-process HTTP (fetch client in the same process), pools of 10 per source; floor: plain pg, pools of ${FLOOR_POOL_SIZE} per source, statements of a request sent at once`);
  }
  log();
  if (results.length) printTable(
    ["operation", "req/s", "p50 ms", "p99 ms", "SQL stmts", "floor req/s", "floor p50 ms", "floor p99 ms", "floor stmts", "API/floor req/s", "API/floor p50"],
    results.map((r) => [
      r.operation,
      r.api ? fmt(r.api.requestsPerSecond, 0) : "ERROR",
      r.api ? fmt(r.api.p50Ms, 2) : "-",
      r.api ? fmt(r.api.p99Ms, 2) : "-",
      r.api ? String(r.totalStatements) : "-",
      fmt(r.floor.requestsPerSecond, 0),
      fmt(r.floor.p50Ms, 2),
      fmt(r.floor.p99Ms, 2),
      String(r.floorStatements),
      r.api ? fmt(r.api.requestsPerSecond / r.floor.requestsPerSecond, 2) : "-",
      r.api ? fmt(r.api.p50Ms / r.floor.p50Ms, 2) : "-",
    ]),
  );
  log();
  if (baseline) {
    log(`no-SQL baseline through the same HTTP path ({ __typename }): ${fmt(baseline.requestsPerSecond, 0)} req/s, p50 ${fmt(baseline.p50Ms, 2)} ms, p99 ${fmt(baseline.p99Ms, 2)} ms`);
    log();
  }
  if (results.length) log("SQL statements per request (API, from X-Query-Stats: 1):");
  if (results.length) printTable(
    ["operation", ...SOURCE_NAMES, "total", "same rows as floor"],
    results.map((r) =>
      r.api ? [r.operation, ...SOURCE_NAMES.map((s) => String(r.statements[s] ?? 0)), String(r.totalStatements), r.match ? "yes" : "NO"] : [r.operation, ...SOURCE_NAMES.map(() => "-"), "-", "API error"],
    ),
  );
  if (writes) {
    if (results.length) log();
    printWrites(writes);
  }
  if (live) {
    if (results.length || writes) log();
    printLive(live, printTable, log);
  }
  log();
  if (results.length) log("requests measured (API / floor), failed requests (API / floor):");
  for (const r of results) log(`  ${r.operation}: ${r.api?.requests ?? "-"} / ${r.floor.requests}, failed ${r.api?.errors ?? "-"} / ${r.floor.errors}`);
  for (const r of results) if (r.apiError) log(`  ${r.operation}: API error: ${r.apiError}`);
  const failed = results.filter((r) => r.apiError || !r.match || r.api?.errors || r.floor.errors).map((r) => r.operation);
  if (writes && (writes.api.errors || writes.floor.errors)) failed.push("write workload");
  for (const round of live?.rounds ?? []) if (liveFailed(round)) failed.push(`live workload with ${round.subscribers} subscribers`);
  if (failed.length) {
    process.stderr.write(`bench: ${failed.join(", ")} failed in the API, returned different data than the floor, had failed requests, or (live) lost, repeated or misrouted deliveries\n`);
    return 1;
  }
  return 0;
}

interface WriteFigures {
  api: LoadResult;
  floor: LoadResult;
  apiTimes: StepTimes;
  floorTimes: StepTimes;
  statements: Map<string, Stats>;
}

/** Event lifecycles per second through the API and through hand-written SQL transactions. */
async function measureWrites(url: string, pools: Pools, concurrency: number, warmupMs: number, durationMs: number): Promise<WriteFigures> {
  const grids = (await pools.governance.query<{ code: string }>("SELECT code FROM grids ORDER BY code LIMIT 64")).rows.map((r) => r.code);
  let n = 0;
  const gridOf = () => grids[n++ % grids.length] as string;
  const statements = new Map<string, Stats>();
  await apiLifecycle(url, gridOf(), n, new StepTimes(), (step, stats) => statements.set(step, stats));

  const apiTimes = new StepTimes();
  log(`write workload: API warm-up ${fmt(warmupMs / 1000)} s, load ${fmt(durationMs / 1000)} s…`);
  await closedLoop(() => apiLifecycle(url, gridOf(), n, new StepTimes()), { concurrency, durationMs: warmupMs });
  const api = await closedLoop(() => apiLifecycle(url, gridOf(), n, apiTimes), { concurrency, durationMs });

  const floorTimes = new StepTimes();
  log(`write workload: floor warm-up ${fmt(warmupMs / 1000)} s, load ${fmt(durationMs / 1000)} s…`);
  await closedLoop(() => floorLifecycle(pools.governance, gridOf(), n, new StepTimes()), { concurrency, durationMs: warmupMs });
  const floor = await closedLoop(() => floorLifecycle(pools.governance, gridOf(), n, floorTimes), { concurrency, durationMs });
  for (const [side, r] of [["API", api], ["floor", floor]] as const) {
    if (r.errors) log(`WARNING write workload ${side}: ${r.errors} of ${r.requests + r.errors} lifecycles failed; first: ${r.firstError}`);
  }
  return { api, floor, apiTimes, floorTimes, statements };
}

function printWrites(w: WriteFigures): void {
  const steps = MUTATIONS.length;
  log(`write workload: events reported and closed through ${steps} mutations each (REPORT, ${LIFECYCLE.join(" → ")}), one transaction per mutation`);
  printTable(
    ["side", "lifecycles/s", "mutations/s", "lifecycle p50 ms", "lifecycle p99 ms", "mutation p50 ms", "mutation p99 ms"],
    [
      ["API", w.api, w.apiTimes],
      ["floor", w.floor, w.floorTimes],
    ].map(([side, r, t]) => {
      const load = r as LoadResult;
      const all = (t as StepTimes).all();
      return [side as string, fmt(load.requestsPerSecond, 1), fmt(load.requestsPerSecond * steps, 0), fmt(load.p50Ms, 1), fmt(load.p99Ms, 1), fmt(all.p50Ms, 2), fmt(all.p99Ms, 2)];
    }),
  );
  log();
  log("per mutation (API statements include BEGIN and COMMIT; the floor's transactions send the same shape):");
  printTable(
    ["mutation", "API p50 ms", "API p99 ms", "governance stmts", "other sources", "floor p50 ms", "floor p99 ms"],
    MUTATIONS.map((step) => {
      const a = w.apiTimes.summary(step);
      const f = w.floorTimes.summary(step);
      const stats = w.statements.get(step) ?? {};
      const other = SOURCE_NAMES.filter((s) => s !== "governance").reduce((sum, s) => sum + (stats[s]?.statements ?? 0), 0);
      return [step, fmt(a.p50Ms, 2), fmt(a.p99Ms, 2), String(stats.governance?.statements ?? 0), String(other), fmt(f.p50Ms, 2), fmt(f.p99Ms, 2)];
    }),
  );
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
