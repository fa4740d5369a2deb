import { eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { atPlaces, visibleIf } from "../common/visibility.js";
import { events, gridWorkers, riskAssessments, whistleDepartments, whistles } from "./tables.js";

/** The governance rows a scope sees, per table; `undefined` means every row (grids are public). */
export interface GovernanceVisibility {
  events: SQL | undefined;
  /** Whistles, mediations and transitions: those of visible events. */
  eventChildren: (eventId: AnyColumn) => SQL | undefined;
  gridWorkers: SQL | undefined;
  riskAssessments: SQL | undefined;
}

export function governanceVisibility(scope: RowScope): GovernanceVisibility {
  if (scope.everything) return { events: undefined, eventChildren: () => undefined, gridWorkers: undefined, riskAssessments: undefined };
  const { places, owner, department } = scope;
  const visibleEvents = visibleIf(
    atPlaces(places.EVENTS, events.communityCode, events.gridCode),
    owner === null ? undefined : eq(events.ownerSubject, owner),
    department === null
      ? undefined
      : visibleIf(
          eq(events.assignedDepartment, department),
          sql`${events.id} IN (SELECT ${whistles.eventId} FROM ${whistles} JOIN ${whistleDepartments} ON ${whistleDepartments.whistleId} = ${whistles.id} WHERE ${whistleDepartments.department} = ${department})`,
        ),
  );
  return {
    events: visibleEvents,
    eventChildren: (eventId) => sql`${eventId} IN (SELECT ${events.id} FROM ${events} WHERE ${visibleEvents})`,
    gridWorkers: visibleIf(atPlaces(places.GRID_WORKERS, null, gridWorkers.gridCode)),
    riskAssessments: visibleIf(atPlaces(places.RISK_ASSESSMENTS, riskAssessments.communityCode, null)),
  };
}
