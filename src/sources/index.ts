import type { SourceName } from "../config.js";
import { SourceDatabase } from "./common/database.js";
import * as civicTables from "./civic/tables.js";
import * as governanceTables from "./governance/tables.js";
import * as partyTables from "./party/tables.js";
import * as registryTables from "./registry/tables.js";
import type { Entity } from "./common/entity.js";
import * as civicEntities from "./civic/entities.js";
import * as governanceEntities from "./governance/entities.js";
import * as partyEntities from "./party/entities.js";

/** Every entity of the three centres, by name. */
export const ENTITIES: ReadonlyMap<string, Entity> = new Map([...Object.values(partyEntities), ...Object.values(civicEntities), ...Object.values(governanceEntities)].map((e) => [e.name, e]));

/** The four databases the API reads, one per source. */
export interface SourceDatabases {
  registry: SourceDatabase<typeof registryTables>;
  party: SourceDatabase<typeof partyTables>;
  civic: SourceDatabase<typeof civicTables>;
  governance: SourceDatabase<typeof governanceTables>;
}

export function openSourceDatabases(urls: Record<SourceName, string>, options: { connectTimeoutMs: number; maxConnections?: number }): SourceDatabases {
  const open = <T extends Record<string, unknown>>(name: SourceName, tables: T) =>
    new SourceDatabase(name, tables, { url: urls[name], ...options });
  return {
    registry: open("registry", registryTables),
    party: open("party", partyTables),
    civic: open("civic", civicTables),
    governance: open("governance", governanceTables),
  };
}

export const eachSource = (dbs: SourceDatabases) => [dbs.registry, dbs.party, dbs.civic, dbs.governance] as const;

export async function migrateAll(dbs: SourceDatabases): Promise<void> {
  await Promise.all(eachSource(dbs).map((db) => db.migrate()));
}

export async function closeAll(dbs: SourceDatabases): Promise<void> {
  await Promise.all(eachSource(dbs).map((db) => db.close()));
}
