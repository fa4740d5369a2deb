import type { Connector } from "../common/connector.js";
import { GovernanceCommands } from "./commands.js";
import * as entities from "./entities.js";
import { GovernanceReads } from "./reads.js";
import * as tables from "./tables.js";

export const GOVERNANCE: Connector<"governance", typeof tables, GovernanceReads, GovernanceCommands> = {
  name: "governance",
  description: "The comprehensive governance centre (综治中心).",
  tables,
  entities: Object.values(entities),
  reads: (db, scope) => new GovernanceReads(db, scope),
  commands: (db) => new GovernanceCommands(db),
};
