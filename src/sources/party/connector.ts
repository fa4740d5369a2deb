import type { Connector } from "../common/connector.js";
import { liveTables, logged } from "../common/change-log-triggers.js";
import { PartyCommands } from "./commands.js";
import * as entities from "./entities.js";
import { SERVICE_POST } from "./entities.js";
import { PartyReads } from "./reads.js";
import * as tables from "./tables.js";
import { servicePostClaims } from "./tables.js";

export const PARTY: Connector<"party", typeof tables, PartyReads, PartyCommands> = {
  name: "party",
  description: "The party-mass service centre (党群服务中心).",
  tables,
  entities: Object.values(entities),
  logged: liveTables(Object.values(entities), [
    // A claim changes its post.
    logged(SERVICE_POST, { table: servicePostClaims, id: servicePostClaims.postId, place: { relation: "service_posts", key: servicePostClaims.postId } }),
  ]),
  reads: (db, scope) => new PartyReads(db, scope),
  commands: (db) => new PartyCommands(db),
};
