/**
 * `npm run fuzz -- --count 100000 --seed S [--index I,J] [--concurrency 8]`: starts an
 * embedded PostgreSQL in a temporary folder with the demo city and the API on it, sends the
 * documents, checks the invariants and /health, prints the summary, and exits 1 on any failure.
 */
import "reflect-metadata";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.js";
import { loadDemoData } from "../src/seed/generate.js";
import { startApi, type RunningApi } from "../src/server/app.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../src/server/embedded-postgres.js";
import { closeAll, migrateAll, openSourceDatabases } from "../src/sources/index.js";
import { changesSince, closeCentrePools, invariantProblems, openCentrePools, snapshot } from "./invariants.js";
import { formatSummary } from "./report.js";
import { fuzz } from "./run.js";

interface CliOptions {
  count: number;
  seed: number;
  indexes?: number[];
  concurrency: number;
}

function parse(argv: readonly string[]): CliOptions {
  const options: CliOptions = { count: 1000, seed: Date.now() % 1_000_000, concurrency: 8 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    const int = (what: string) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs ${what}, not "${value ?? ""}"`);
      return n;
    };
    if (flag === "--count") options.count = int("a number of documents");
    else if (flag === "--seed") options.seed = int("a non-negative integer");
    else if (flag === "--concurrency") options.concurrency = Math.max(1, int("a number"));
    else if (flag === "--index") options.indexes = (value ?? "").split(",").map((v) => Number(v)).filter((n) => Number.isInteger(n) && n >= 0);
    else throw new Error(`unknown option ${flag}; use --count N --seed S [--index I,J] [--concurrency C]`);
  }
  return options;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  const dir = await mkdtemp(join(tmpdir(), "gongzhi-fuzz-"));
  // As root the server runs as the postgres user, who must be able to enter the folder.
  await chmod(dir, 0o755);
  let cluster: EmbeddedCluster | undefined;
  let api: RunningApi | undefined;
  const cleanup = async () => {
    await api?.stop().catch(() => undefined);
    await cluster?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    log(`fuzz: starting an embedded PostgreSQL in ${dir}…`);
    cluster = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port: await freePort(), persistent: false });
    const urls = cluster.urls;
    const databases = openSourceDatabases(urls, { connectTimeoutMs: 10_000 });
    try {
      await migrateAll(databases);
      log("fuzz: loading the demo city…");
      await loadDemoData(databases, { scale: 1, seed: 1, referenceDate: new Date() });
    } finally {
      await closeAll(databases);
    }
    const config = loadConfig({
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      // Refusals of too many requests are right but would hide what the documents reach.
      GONGZHI_RATE_LIMIT: "0",
      GONGZHI_LOG_LEVEL: process.env.GONGZHI_LOG_LEVEL ?? "warn",
      REGISTRY_DATABASE_URL: urls.registry,
      PARTY_DATABASE_URL: urls.party,
      CIVIC_DATABASE_URL: urls.civic,
      GOVERNANCE_DATABASE_URL: urls.governance,
    });
    api = await startApi(config);
    const pools = openCentrePools(urls);
    try {
      const before = await snapshot(pools);
      const total = options.indexes?.length ?? options.count;
      log(`fuzz: ${total} documents, seed ${options.seed}, ${options.concurrency} at a time…`);
      const summary = await fuzz({
        url: api.url,
        auth: config.auth,
        seed: options.seed,
        count: options.count,
        ...(options.indexes ? { indexes: options.indexes } : {}),
        concurrency: options.concurrency,
        onProgress: (done, all) => log(`  ${done} / ${all}`),
      });
      const health = (await fetch(api.url.replace(/\/graphql$/, "/health"))).status;
      const invariants = await invariantProblems(pools, before);
      const changes = await changesSince(pools, before);
      process.stdout.write(`${formatSummary(summary, { invariants, health, changes })}\n`);
      return summary.failures.length > 0 || invariants.length > 0 || health !== 200 ? 1 : 0;
    } finally {
      await closeCentrePools(pools);
    }
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
