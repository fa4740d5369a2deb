import type { Config } from "../config.js";
import type { Commands, Reads } from "../resolvers/context.js";
import { GovernanceCommands } from "../sources/governance/commands.js";
import { CivicReads } from "../sources/civic/reads.js";
import { CivicCommands } from "../sources/civic/commands.js";
import { GovernanceReads } from "../sources/governance/reads.js";
import { closeAll, migrateAll, openSourceDatabases, type SourceDatabases } from "../sources/index.js";
import { PartyReads } from "../sources/party/reads.js";
import { PartyCommands } from "../sources/party/commands.js";
import { RegistryReads } from "../sources/registry/reads.js";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded-postgres.js";
import { createHttpApp, type HttpApp } from "./http.js";
import { startKeyRetention } from "./retention.js";
import { createSchema } from "./schema.js";

export interface RunningApi {
  http: HttpApp;
  databases: SourceDatabases;
  url: string;
  stop(): Promise<void>;
}

export function createReads(databases: SourceDatabases): Reads {
  return {
    registry: new RegistryReads(databases.registry),
    party: new PartyReads(databases.party),
    civic: new CivicReads(databases.civic),
    governance: new GovernanceReads(databases.governance),
  };
}

export function createCommands(databases: SourceDatabases): Commands {
  return {
    governance: new GovernanceCommands(databases.governance),
    civic: new CivicCommands(databases.civic),
    party: new PartyCommands(databases.party),
  };
}

/**
 * Connects the four sources (starting the embedded server when no URLs are configured),
 * migrates them, optionally loads demo data into an empty registry, and serves HTTP.
 */
export async function startApi(config: Config, hooks: { onEmptyDatabases?: (dbs: SourceDatabases) => Promise<void> } = {}): Promise<RunningApi> {
  let embedded: EmbeddedCluster | undefined;
  const configured = config.databaseUrls;
  const allSet = Object.values(configured).every(Boolean);
  if (!allSet && Object.values(configured).some(Boolean)) {
    throw new Error("Set all four of REGISTRY_, PARTY_, CIVIC_ and GOVERNANCE_DATABASE_URL, or none for the embedded PostgreSQL");
  }
  if (!allSet) embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPort });
  const urls = embedded ? embedded.urls : (configured as Record<keyof typeof configured, string>);
  const databases = openSourceDatabases(urls, { connectTimeoutMs: config.connectTimeoutMs });
  await migrateAll(databases);
  if (hooks.onEmptyDatabases) {
    const { rows } = await databases.registry.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM divisions");
    if (rows[0]?.n === 0) await hooks.onEmptyDatabases(databases);
  }
  const services = { reads: createReads(databases), commands: createCommands(databases), databases, idSecret: config.idSecret, cityBounds: config.cityBounds };
  const http = await createHttpApp({ schema: await createSchema(), services });
  const retention = startKeyRetention(databases, config.idempotencyHours);
  await new Promise<void>((resolve) => http.server.listen(config.port, config.host, resolve));
  const address = http.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    http,
    databases,
    url: `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/graphql`,
    stop: async () => {
      await http.stop();
      await retention.stop();
      await closeAll(databases);
      await embedded?.stop();
    },
  };
}
