import { eq, ne, sql, type SQL } from "drizzle-orm";
import type { RowScope } from "../../auth/row-scope.js";
import { atPlaces, NO_ROWS, visibleIf } from "../common/visibility.js";
import { activities, demands, enrolments, volunteers } from "./tables.js";

/**
 * The civic rows a scope sees, per table; `undefined` means every row. Practice sites and
 * volunteer teams are public, and so is every activity once published.
 */
export interface CivicVisibility {
  activities: SQL | undefined;
  /** Enrolments name volunteers: only those of activities in the caller's places. */
  enrolments: SQL | undefined;
  volunteers: SQL | undefined;
  demands: SQL | undefined;
}

export function civicVisibility(scope: RowScope): CivicVisibility {
  if (scope.everything) return { activities: undefined, enrolments: undefined, volunteers: undefined, demands: undefined };
  const { places, owner } = scope;
  const activitiesHere = atPlaces(places.ACTIVITIES, activities.communityCode, null);
  return {
    activities: visibleIf(ne(activities.status, "DRAFT"), activitiesHere),
    enrolments: activitiesHere === undefined ? NO_ROWS : sql`${enrolments.activityId} IN (SELECT ${activities.id} FROM ${activities} WHERE ${activitiesHere})`,
    volunteers: visibleIf(atPlaces(places.VOLUNTEERS, volunteers.communityCode, null)),
    demands: visibleIf(atPlaces(places.DEMANDS, demands.communityCode, demands.gridCode), owner === null ? undefined : eq(demands.ownerSubject, owner)),
  };
}
