import type { SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { visibleRows } from "../common/entity.js";
import { EVENT, EVENT_TRANSITION, GRID_WORKER, MEDIATION, RISK_ASSESSMENT, WHISTLE, WHISTLE_SUMMONS } from "./entities.js";

/** The governance rows a scope sees, per table, from the entities' descriptions; `undefined` means every row (grids are public). */
export interface GovernanceVisibility {
  events: SQL | undefined;
  transitions: SQL | undefined;
  whistles: SQL | undefined;
  summons: SQL | undefined;
  mediations: SQL | undefined;
  gridWorkers: SQL | undefined;
  riskAssessments: SQL | undefined;
}

export function governanceVisibility(scope: RowScope): GovernanceVisibility {
  return {
    events: visibleRows(EVENT, scope),
    transitions: visibleRows(EVENT_TRANSITION, scope),
    whistles: visibleRows(WHISTLE, scope),
    summons: visibleRows(WHISTLE_SUMMONS, scope),
    mediations: visibleRows(MEDIATION, scope),
    gridWorkers: visibleRows(GRID_WORKER, scope),
    riskAssessments: visibleRows(RISK_ASSESSMENT, scope),
  };
}
