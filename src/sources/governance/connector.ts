import type { Connector } from "../common/connector.js";
import { liveTables, logged } from "../common/change-log-triggers.js";
import { GovernanceCommands } from "./commands.js";
import * as entities from "./entities.js";
import { WHISTLE } from "./entities.js";
import { GovernanceReads } from "./reads.js";
import * as tables from "./tables.js";
import { whistleDepartments } from "./tables.js";

export const GOVERNANCE: Connector<"governance", typeof tables, GovernanceReads, GovernanceCommands> = {
  name: "governance",
  description: "The comprehensive governance centre (综治中心).",
  tables,
  entities: Object.values(entities),
  logged: liveTables(Object.values(entities), [
    // A summoned department's report changes its whistle; the view places it where the whistle's event is.
    logged(WHISTLE, { table: whistleDepartments, id: whistleDepartments.whistleId, place: { relation: "whistle_places", key: whistleDepartments.whistleId } }),
  ]),
  reads: (db, scope) => new GovernanceReads(db, scope),
  commands: (db) => new GovernanceCommands(db),
};
