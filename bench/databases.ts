/**
 * The databases to bench against: the four *_DATABASE_URL when all are set, else a fresh
 * embedded PostgreSQL in a temporary folder; migrated, and loaded with demo data when fresh
 * or asked to (--seed).
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadConfig, SOURCE_NAMES, type SourceName } from "../src/config.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../src/server/embedded-postgres.js";
import { hasDemoData, loadDemoData } from "../src/seed/generate.js";
import { closeAll, migrateAll, openSourceDatabases, type SourceDatabases } from "../src/sources/index.js";
import type { BenchOptions } from "./args.js";
import { onCleanup } from "./cleanup.js";

const log = (line = "") => process.stdout.write(`${line}\n`);

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on in [from, from + span) on the loopback interface. */
export async function freePort(from = 56000, span = 4000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = from + Math.floor(Math.random() * span);
    if (await isPortFree(port)) return port;
  }
  throw new Error(`found no free port in ${from}–${from + span - 1}`);
}

/** Database URLs to bench against; starts and seeds an embedded server when none are configured. */
export async function prepareDatabases(options: BenchOptions): Promise<{ urls: Record<SourceName, string>; where: string }> {
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
      const summary = await loadDemoData(dbs, { scale: options.scale, referenceDate: options.referenceDate });
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

