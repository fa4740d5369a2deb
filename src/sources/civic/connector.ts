import type { Connector } from "../common/connector.js";
import { liveTables } from "../common/change-log-triggers.js";
import { CivicCommands } from "./commands.js";
import * as entities from "./entities.js";
import { CivicReads } from "./reads.js";
import * as tables from "./tables.js";

export const CIVIC: Connector<"civic", typeof tables, CivicReads, CivicCommands> = {
  name: "civic",
  description: "The civilisation practice centre (新时代文明实践中心).",
  tables,
  entities: Object.values(entities),
  logged: liveTables(Object.values(entities)),
  reads: (db, scope) => new CivicReads(db, scope),
  commands: (db) => new CivicCommands(db),
};
