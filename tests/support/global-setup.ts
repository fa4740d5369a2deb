import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { SOURCE_NAMES, type SourceName } from "../../src/config.js";
import { startEmbeddedPostgres } from "../../src/server/embedded-postgres.js";
import { loadDemoData } from "../../src/seed/generate.js";
import { closeAll, migrateAll, openSourceDatabases } from "../../src/sources/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrls: Record<SourceName, string>;
  }
}

/**
 * The demo data's "now": the start of the run, or GONGZHI_TEST_REFERENCE_DATE, which the
 * shifted-clock run (`npm run test:later`) pins to the real date so that the suite meets data a
 * month and a year older than its clock.
 */
function referenceDate(): Date {
  const given = process.env.GONGZHI_TEST_REFERENCE_DATE;
  if (!given) return new Date();
  const at = new Date(given);
  if (Number.isNaN(at.getTime())) throw new Error(`GONGZHI_TEST_REFERENCE_DATE is not a date: "${given}"`);
  return at;
}

/**
 * One real PostgreSQL for the whole run: the servers named by the *_DATABASE_URL variables,
 * or a fresh embedded server in a temporary folder. Demo data (scale 1) is loaded once.
 */
export default async function setup(project: TestProject) {
  const fromEnv = Object.fromEntries(SOURCE_NAMES.map((s) => [s, process.env[`${s.toUpperCase()}_DATABASE_URL`]]));
  let stop = async () => undefined as void;
  let urls: Record<SourceName, string>;
  if (Object.values(fromEnv).every(Boolean)) {
    urls = fromEnv as Record<SourceName, string>;
  } else {
    const dir = await mkdtemp(join(tmpdir(), "gongzhi-test-"));
    // As root the server runs as the postgres user, who must be able to enter the folder.
    await chmod(dir, 0o755);
    const port = 55000 + Math.floor(Math.random() * 5000);
    const cluster = await startEmbeddedPostgres({ dataDir: join(dir, "pg"), port, persistent: false });
    urls = cluster.urls;
    stop = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const databases = openSourceDatabases(urls, { connectTimeoutMs: 5000 });
  try {
    await migrateAll(databases);
    await loadDemoData(databases, { scale: 1, seed: 1, referenceDate: referenceDate() });
  } finally {
    await closeAll(databases);
  }
  project.provide("databaseUrls", urls);
  return stop;
}
