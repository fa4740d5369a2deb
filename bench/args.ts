/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  /** Demo data scale loaded into a fresh embedded server (or with --seed). */
  scale: number;
  /** Requests in flight at once (closed loop). */
  concurrency: number;
  /** Seconds of measured load per operation, for the API and for the floor each. */
  duration: number;
  /** Reload demo data even when *_DATABASE_URL point at existing databases. */
  seed: boolean;
  /** Which workloads to run. */
  workload: "all" | "reads" | "writes" | "live";
  /** Live workload: subscription counts to measure, one round each. */
  subscribers: number[];
  /** Live workload: events written per second while subscribers listen. */
  rate: number;
  /** Reads workload: who calls the API — an administrator, or a street officer of the street read. */
  role: "admin" | "street_officer";
}

export const USAGE =
  "usage: npm run bench -- [--scale N] [--concurrency C] [--duration S] [--seed] [--workload all|reads|writes|live] [--subscribers N[,M...]] [--rate R] [--role admin|street_officer]\n" +
  "  --scale N        demo data scale when loading data (default 3)\n" +
  "  --concurrency C  requests in flight at once (default 16)\n" +
  "  --duration S     seconds of measured load per operation and side (default 10)\n" +
  "  --seed           reload demo data into the configured *_DATABASE_URL databases\n" +
  "  --workload W     reads (the example queries), writes (event lifecycles), live (subscriptions) or all (default)\n" +
  "  --subscribers L  live: comma-separated subscription counts, one round each (default 1000,5000)\n" +
  "  --rate R         live: events written per second for --duration seconds (default 20)\n" +
  "  --role R         reads: call the API as admin (default) or as a street officer of the street read";

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { scale: 3, concurrency: 16, duration: 10, seed: false, workload: "all", subscribers: [1000, 5000], rate: 20, role: "admin" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === "--seed") {
      if (eq > 0) throw new UsageError("--seed takes no value");
      options.seed = true;
      continue;
    }
    if (!["--scale", "--concurrency", "--duration", "--workload", "--subscribers", "--rate", "--role"].includes(name)) throw new UsageError(`unknown argument "${arg}"`);
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || raw === "") throw new UsageError(`${name} needs a value`);
    if (name === "--workload") {
      if (raw !== "all" && raw !== "reads" && raw !== "writes" && raw !== "live") throw new UsageError(`--workload must be all, reads, writes or live, got "${raw}"`);
      options.workload = raw;
      continue;
    }
    if (name === "--role") {
      if (raw !== "admin" && raw !== "street_officer") throw new UsageError(`--role must be admin or street_officer, got "${raw}"`);
      options.role = raw;
      continue;
    }
    if (name === "--subscribers") {
      const counts = raw.split(",").map((part) => part.trim());
      if (counts.some((c) => !/^\d+$/.test(c) || Number(c) < 1 || Number(c) > 50_000)) throw new UsageError(`--subscribers must be comma-separated integers between 1 and 50000, got "${raw}"`);
      options.subscribers = counts.map(Number);
      continue;
    }
    if (name === "--rate") {
      const rate = Number(raw);
      if (!Number.isFinite(rate) || rate <= 0 || rate > 2000) throw new UsageError(`--rate must be a number of events per second in (0, 2000], got "${raw}"`);
      options.rate = rate;
      continue;
    }
    const value = Number(raw);
    if (name === "--duration") {
      if (!Number.isFinite(value) || value <= 0 || value > 3600) throw new UsageError(`--duration must be a number of seconds in (0, 3600], got "${raw}"`);
      options.duration = value;
    } else {
      if (!/^\d+$/.test(raw)) throw new UsageError(`${name} must be a positive integer, got "${raw}"`);
      if (name === "--scale") {
        if (value < 1 || value > 100) throw new UsageError(`--scale must be between 1 and 100, got ${value}`);
        options.scale = value;
      } else {
        if (value < 1 || value > 1000) throw new UsageError(`--concurrency must be between 1 and 1000, got ${value}`);
        options.concurrency = value;
      }
    }
  }
  return options;
}
