import type { Connector } from "../common/connector.js";
import { PartyCommands } from "./commands.js";
import * as entities from "./entities.js";
import { PartyReads } from "./reads.js";
import * as tables from "./tables.js";

export const PARTY: Connector<"party", typeof tables, PartyReads, PartyCommands> = {
  name: "party",
  description: "The party-mass service centre (党群服务中心).",
  tables,
  entities: Object.values(entities),
  reads: (db, scope) => new PartyReads(db, scope),
  commands: (db) => new PartyCommands(db),
};
