import type { SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { visibleRows } from "../common/entity.js";
import { ACTIVITY, DEMAND, ENROLMENT, VOLUNTEER } from "./entities.js";

/** The civic rows a scope sees, per table, from the entities' descriptions; `undefined` means every row (practice sites, volunteer teams). */
export interface CivicVisibility {
  activities: SQL | undefined;
  enrolments: SQL | undefined;
  volunteers: SQL | undefined;
  demands: SQL | undefined;
}

export function civicVisibility(scope: RowScope): CivicVisibility {
  return {
    activities: visibleRows(ACTIVITY, scope),
    enrolments: visibleRows(ENROLMENT, scope),
    volunteers: visibleRows(VOLUNTEER, scope),
    demands: visibleRows(DEMAND, scope),
  };
}
