/**
 * `npm run seed -- --scale N [--seed S] [--reference-date T]`: empties the four source
 * databases and loads demo data placed around T (default: now); the same N, S and T give the
 * same rows. Uses the configured database URLs, or the embedded PostgreSQL server when any of
 * them is unset.
 */
import { loadConfig, SOURCE_NAMES, type SourceName } from "../config.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../server/embedded-postgres.js";
import { closeAll, migrateAll, openSourceDatabases, type SourceDatabases } from "../sources/index.js";
import { DEFAULT_SEED, loadDemoData } from "./generate.js";

const USAGE =
  "usage: npm run seed -- [--scale N] [--seed S] [--reference-date T]\n" +
  "  N  a positive integer, default GONGZHI_SEED_SCALE or 1\n" +
  "  S  an integer, default " + DEFAULT_SEED + "\n" +
  "  T  an ISO 8601 time with its offset (2026-12-02T09:00:00+08:00), default now: the data's \"now\"";

class UsageError extends Error {}

interface SeedArgs {
  scale: number;
  seed: number;
  referenceDate?: Date;
}

function parseArgs(argv: readonly string[], defaultScale: number): SeedArgs {
  let scale = defaultScale;
  let seed = DEFAULT_SEED;
  let referenceDate: Date | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") throw new UsageError("");
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== "--scale" && name !== "--seed" && name !== "--reference-date") throw new UsageError(`unknown argument "${arg}"`);
    const raw = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (raw === undefined || raw === "") throw new UsageError(`${name} needs a value`);
    if (name === "--reference-date") {
      referenceDate = parseReferenceDate(raw);
      continue;
    }
    if (!/^-?\d+$/.test(raw)) throw new UsageError(`${name} must be an integer, got "${raw}"`);
    const value = Number(raw);
    if (name === "--scale") {
      if (value < 1 || value > 100) throw new UsageError(`--scale must be between 1 and 100, got ${value}`);
      scale = value;
    } else {
      if (!Number.isSafeInteger(value) || value < 0 || value > 0xffffffff) throw new UsageError(`--seed must be between 0 and ${0xffffffff}, got ${raw}`);
      seed = value;
    }
  }
  if (!Number.isInteger(scale) || scale < 1) throw new UsageError(`scale must be a positive integer, got ${scale}`);
  return { scale, seed, ...(referenceDate ? { referenceDate } : {}) };
}

/** A full date and time with an offset: a bare date would be read in the machine's zone. */
function parseReferenceDate(raw: string): Date {
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw) ? new Date(raw) : undefined;
  if (!at || Number.isNaN(at.getTime())) throw new UsageError(`--reference-date must be an ISO 8601 time with an offset, e.g. 2026-12-02T09:00:00+08:00; got "${raw}"`);
  return at;
}

async function main(): Promise<number> {
  const config = loadConfig();
  let args: SeedArgs;
  try {
    args = parseArgs(process.argv.slice(2), config.seedScale || 1);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) process.stderr.write(`seed: ${error.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return error.message ? 1 : 0;
    }
    throw error;
  }

  const started = performance.now();
  let cluster: EmbeddedCluster | undefined;
  let dbs: SourceDatabases | undefined;
  try {
    let urls: Record<SourceName, string>;
    if (SOURCE_NAMES.every((s) => config.databaseUrls[s] !== undefined)) {
      urls = config.databaseUrls as Record<SourceName, string>;
    } else {
      process.stdout.write(`starting embedded PostgreSQL in ${config.dataDir} on port ${config.embeddedPort}…\n`);
      cluster = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort });
      urls = cluster.urls;
    }
    dbs = openSourceDatabases(urls, { connectTimeoutMs: Math.max(config.connectTimeoutMs, 10_000), maxConnections: 4 });
    await migrateAll(dbs);
    const referenceDate = args.referenceDate ?? new Date();
    process.stdout.write(`loading demo data at scale ${args.scale} (seed ${args.seed}, reference date ${referenceDate.toISOString()})…\n`);
    const summary = await loadDemoData(dbs, { ...args, referenceDate });
    const width = Math.max(...Object.keys(summary.tables).map((k) => k.length));
    for (const [table, count] of Object.entries(summary.tables)) process.stdout.write(`  ${table.padEnd(width)}  ${String(count).padStart(9)}\n`);
    process.stdout.write(`  ${"total".padEnd(width)}  ${String(summary.totalRows).padStart(9)}\n`);
    process.stdout.write(`loaded in ${(summary.elapsedMs / 1000).toFixed(1)} s (${((performance.now() - started) / 1000).toFixed(1)} s overall)\n`);
    return 0;
  } finally {
    if (dbs) await closeAll(dbs).catch(() => undefined);
    if (cluster) await cluster.stop().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
