/** Command-line options of `npm run bench`. */
import { resolve } from "node:path";
import { apiEntryOf } from "./servers.js";

export type Workload = "reads" | "writes" | "live" | "soak";

export interface BenchOptions {
  /** Demo data scale loaded into a fresh embedded server (or with --seed). */
  scale: number;
  /** Connections of the load generator, each with one request in flight (closed loop). */
  concurrency: number;
  /** Seconds of measured load per operation and server. */
  duration: number;
  /** Reads and writes: servers measured in turn this many times; the median round is reported. */
  rounds: number;
  /** Reload demo data even when *_DATABASE_URL point at existing databases. */
  seed: boolean;
  /** "Now" of the demo data when it is loaded; undefined: the moment of loading. */
  referenceDate?: Date;
  /** Which workloads to run. */
  workloads: Set<Workload>;
  /** Reads: the operations to drive, by name; undefined: all. */
  operations?: string[];
  /** Reads: who calls the API, an administrator or a street officer of the street read. */
  role: "admin" | "street_officer";
  /** Reads: a peer server to compare with, over the governance database. */
  peer?: "postgraphile";
  /** Where bench/peer/setup.sh installs the peer. */
  peerDir: string;
  /** Reads and writes: a second checkout of the API (built) to run beside this one. */
  baseline?: string;
  /** Connections for the memory-in-flight measurement; 0 skips it. */
  inFlight: number;
  /** Compile (npm run build) before starting; off with --no-build to run what dist/ holds. */
  build: boolean;
  /** Live workload: subscription counts to measure, one round each. */
  subscribers: number[];
  /** Live workload: events written per second while subscribers listen. */
  rate: number;
  /** The soak: how long, how many subscribers, mutations per second. */
  soak: { minutes: number; subscribers: number; rate: number };
}

export const USAGE = `usage: npm run bench -- [options]
  --workload W          reads, writes, live or all (default all); several as reads,writes; or soak
                        (not part of all): reads, writes and subscribers at once for --minutes
  --duration S          seconds of measured load per operation and server (default 10)
  --concurrency C       connections of the load generator, one request in flight each (default 16)
  --rounds N            reads and writes: measure the servers in turn N times, report each one's
                        median round by throughput (default 1)
  --operations A,B      reads: only these operations (default all), by name:
                        ${"%OPERATIONS%"}
  --role R              reads: call the API as admin (default) or as a street officer of the street read
  --peer postgraphile   reads: also run PostGraphile v5 over the governance database, for the
                        operations that read only it (installed by bench/peer/setup.sh on first use)
  --peer-dir DIR        where the peer is installed (default .bench-peer)
  --baseline DIR        reads and writes: also run the API of another checkout (built there with
                        npm ci && npm run build, e.g. a git worktree of an older commit)
  --in-flight N         memory with N requests in flight against each server (default 1000; 0 skips)
  --scale N             demo data scale when loading data (default 3)
  --seed                reload demo data into the configured *_DATABASE_URL databases
  --reference-date T    "now" of the demo data when it is loaded, ISO 8601 (default: now)
  --no-build            run what dist/ holds instead of compiling first
  --subscribers L       live: comma-separated subscription counts, one round each (default 1000,5000);
                        soak: one count (default 300)
  --rate R              live: events written per second for --duration seconds (default 20);
                        soak: mutations per second through the API (default 4)
  --minutes N           soak: how long, in minutes (default 5; decimals allowed, up to 1440): 8 readers
                        with think time, the writes and the subscribers against one API process; a
                        sample every minute (memory from the API's /metrics, requests/s, errors by
                        code, read p50/p99, change-feed lag), then a verdict (memory trend, errors,
                        changes missed or duplicated); exits 1 on any error, missed or repeated change`;

export const usage = (operations: readonly string[]): string => USAGE.replace("%OPERATIONS%", operations.join(", "));

export class UsageError extends Error {}

const WITH_VALUE = [
  "--scale",
  "--concurrency",
  "--duration",
  "--rounds",
  "--workload",
  "--operations",
  "--role",
  "--peer",
  "--peer-dir",
  "--baseline",
  "--in-flight",
  "--reference-date",
  "--subscribers",
  "--rate",
  "--minutes",
];
const FLAGS = ["--seed", "--no-build"];
/** What `all` runs; the soak runs only when named. */
const WORKLOADS: readonly Workload[] = ["reads", "writes", "live"];
const SELECTABLE: readonly Workload[] = [...WORKLOADS, "soak"];
const SOAK_DEFAULTS = { minutes: 5, subscribers: 300, rate: 4 };

function integer(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return Number(raw);
}

function list(raw: string): string[] {
  return raw
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Parses the command line; `knownOperations` are the names --operations may pick from. */
export function parseArgs(argv: readonly string[], knownOperations: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    scale: 3,
    concurrency: 16,
    duration: 10,
    rounds: 1,
    seed: false,
    workloads: new Set(WORKLOADS),
    role: "admin",
    peerDir: ".bench-peer",
    inFlight: 1000,
    build: true,
    subscribers: [1000, 5000],
    rate: 20,
    soak: { ...SOAK_DEFAULTS },
  };
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.includes(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
      if (name === "--seed") options.seed = true;
      else options.build = false;
      continue;
    }
    if (!WITH_VALUE.includes(name)) throw new UsageError(`unknown argument "${arg}"`);
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || raw === "" || (eq < 0 && raw.startsWith("--"))) throw new UsageError(`${name} needs a value`);
    given.add(name);
    switch (name) {
      case "--workload": {
        const picked = list(raw);
        if (picked.length === 1 && picked[0] === "all") break;
        const unknown = picked.filter((w) => !(SELECTABLE as readonly string[]).includes(w));
        if (!picked.length || unknown.length) throw new UsageError(`--workload must be all, or some of ${SELECTABLE.join(", ")}, got "${raw}"`);
        options.workloads = new Set(picked as Workload[]);
        break;
      }
      case "--operations": {
        const picked = list(raw);
        const unknown = picked.filter((op) => !knownOperations.includes(op));
        if (!picked.length || unknown.length) throw new UsageError(`--operations: unknown ${unknown.map((u) => `"${u}"`).join(", ") || "(none given)"}; known: ${knownOperations.join(", ")}`);
        options.operations = [...new Set(picked)];
        break;
      }
      case "--role":
        if (raw !== "admin" && raw !== "street_officer") throw new UsageError(`--role must be admin or street_officer, got "${raw}"`);
        options.role = raw;
        break;
      case "--peer":
        if (raw !== "postgraphile") throw new UsageError(`--peer must be postgraphile (the one peer the bench knows), got "${raw}"`);
        options.peer = raw;
        break;
      case "--peer-dir":
        options.peerDir = raw;
        break;
      case "--baseline": {
        const dir = resolve(raw);
        if (!apiEntryOf(dir)) {
          throw new UsageError(`--baseline ${raw}: no compiled API (dist/src/main.js) there; check out the other version there and run "npm ci && npm run build" in it first`);
        }
        options.baseline = dir;
        break;
      }
      case "--in-flight":
        options.inFlight = integer(name, raw, 0, 10_000);
        break;
      case "--reference-date": {
        const date = new Date(raw);
        if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(date.getTime())) throw new UsageError(`--reference-date must be an ISO 8601 date or time (2026-12-02T09:00:00+08:00), got "${raw}"`);
        options.referenceDate = date;
        break;
      }
      case "--subscribers": {
        const counts = list(raw);
        if (!counts.length || counts.some((c) => !/^\d+$/.test(c) || Number(c) < 1 || Number(c) > 50_000)) throw new UsageError(`--subscribers must be comma-separated integers from 1 to 50000, got "${raw}"`);
        options.subscribers = counts.map(Number);
        break;
      }
      case "--rate": {
        const rate = Number(raw);
        if (!Number.isFinite(rate) || rate <= 0 || rate > 2000) throw new UsageError(`--rate must be a number of events per second in (0, 2000], got "${raw}"`);
        options.rate = rate;
        break;
      }
      case "--minutes": {
        const value = Number(raw);
        if (!/^\d+(\.\d+)?$/.test(raw) || value <= 0 || value > 1440) throw new UsageError(`--minutes must be a number of minutes in (0, 1440], got "${raw}"`);
        options.soak.minutes = value;
        break;
      }
      case "--duration": {
        const value = Number(raw);
        if (!Number.isFinite(value) || value <= 0 || value > 3600) throw new UsageError(`--duration must be a number of seconds in (0, 3600], got "${raw}"`);
        options.duration = value;
        break;
      }
      case "--scale":
        options.scale = integer(name, raw, 1, 100);
        break;
      case "--concurrency":
        options.concurrency = integer(name, raw, 1, 1000);
        break;
      case "--rounds":
        options.rounds = integer(name, raw, 1, 20);
        break;
    }
  }
  if (options.peer && !options.workloads.has("reads")) throw new UsageError("--peer compares reads; add reads to --workload");
  if (options.operations && !options.workloads.has("reads")) throw new UsageError("--operations picks reads; add reads to --workload");
  if (given.has("--minutes") && !options.workloads.has("soak")) throw new UsageError("--minutes is how long the soak runs; add soak to --workload");
  if (options.workloads.has("soak")) {
    if (given.has("--subscribers")) {
      if (options.subscribers.length !== 1) throw new UsageError(`the soak takes one subscriber count, got "${options.subscribers.join(",")}"`);
      options.soak.subscribers = options.subscribers[0]!;
    }
    if (given.has("--rate")) {
      if (options.rate > 100) throw new UsageError(`the soak writes a steady few per second: --rate at most 100, got ${options.rate}`);
      options.soak.rate = options.rate;
    }
  }
  return options;
}
