import type { RegistryReads } from "../sources/registry/reads.js";
import type { GovernanceReads } from "../sources/governance/reads.js";
import type { PartyReads } from "../sources/party/reads.js";
import type { CivicReads } from "../sources/civic/reads.js";
import type { SourceDatabases } from "../sources/index.js";
import { RequestLoaders } from "./common/loaders.js";

/** Read access to every source, shared by all requests. */
export interface Reads {
  registry: RegistryReads;
  party: PartyReads;
  civic: CivicReads;
  governance: GovernanceReads;
}

/** What every resolver receives. */
export interface Context {
  reads: Reads;
  databases: SourceDatabases;
  loaders: RequestLoaders;
  idSecret: string;
}

export function createContext(reads: Reads, databases: SourceDatabases, idSecret: string): Context {
  return { reads, databases, loaders: new RequestLoaders(), idSecret };
}
