import { CENTRE_NAMES, type SourceLimits, type SourceName } from "../config.js";
import { CONNECTORS, type Connectors } from "./centres.js";
import { SourceDatabase } from "./common/database.js";
import { ensureChangeLogTriggers } from "./common/change-log-triggers.js";
import * as registryTables from "./registry/tables.js";

export { ENTITIES } from "./centres.js";

/** The databases the API reads: the registry, and one per centre. */
export type SourceDatabases = { registry: SourceDatabase<typeof registryTables> } & { [K in keyof Connectors]: SourceDatabase<Connectors[K]["tables"]> };

export function openSourceDatabases(urls: Record<SourceName, string>, options: { connectTimeoutMs: number; limits?: SourceLimits; maxConnections?: number }): SourceDatabases {
  const open = <T extends Record<string, unknown>>(name: SourceName, tables: T) => new SourceDatabase(name, tables, { url: urls[name], ...options });
  return Object.fromEntries([["registry", open("registry", registryTables)], ...CENTRE_NAMES.map((name) => [name, open(name, CONNECTORS[name].tables)])]) as SourceDatabases;
}

export const eachSource = (dbs: SourceDatabases): SourceDatabase<Record<string, unknown>>[] => [dbs.registry, ...CENTRE_NAMES.map((name) => dbs[name])];

/** Applies every source's migrations, then each centre's change-log triggers as its connector describes them. */
export async function migrateAll(dbs: SourceDatabases): Promise<void> {
  await Promise.all(eachSource(dbs).map((db) => db.migrate()));
  await Promise.all(CENTRE_NAMES.map((name) => ensureChangeLogTriggers(dbs[name], CONNECTORS[name].logged)));
}

export async function closeAll(dbs: SourceDatabases): Promise<void> {
  await Promise.all(eachSource(dbs).map((db) => db.close()));
}
