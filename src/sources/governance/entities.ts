import { eq, sql } from "drizzle-orm";
import { entity } from "../common/entity.js";
import { visibleIf } from "../common/visibility.js";
import { eventTransitions, events, gridWorkers, grids, mediations, riskAssessments, whistleDepartments, whistles } from "./tables.js";

/** The Comprehensive Governance Centre's (综治中心) entities. */

export const GRID = entity({ name: "Grid", table: grids, key: grids.code, place: { community: grids.communityCode, grid: grids.code }, visibility: { everyone: true } });

export const GRID_WORKER = entity({
  name: "GridWorker",
  table: gridWorkers,
  key: gridWorkers.id,
  place: { community: null, grid: gridWorkers.gridCode },
  visibility: { dataset: "GRID_WORKERS" },
});

export const EVENT = entity({
  name: "Event",
  table: events,
  key: events.id,
  place: { community: events.communityCode, grid: events.gridCode },
  visibility: {
    dataset: "EVENTS",
    owner: events.ownerSubject,
    // A partner department sees the events assigned to it and those it was summoned to (吹哨报到).
    also: ({ department }) =>
      department === null
        ? undefined
        : visibleIf(
            eq(events.assignedDepartment, department),
            sql`${events.id} IN (SELECT ${whistles.eventId} FROM ${whistles} JOIN ${whistleDepartments} ON ${whistleDepartments.whistleId} = ${whistles.id} WHERE ${whistleDepartments.department} = ${department})`,
          ),
  },
  live: true,
});

/** An event's history: seen with its event. */
export const EVENT_TRANSITION = entity({ name: "EventTransition", table: eventTransitions, key: eventTransitions.id, place: null, visibility: { withParent: { key: eventTransitions.eventId, parent: EVENT } } });

export const WHISTLE = entity({ name: "Whistle", table: whistles, key: whistles.id, place: null, visibility: { withParent: { key: whistles.eventId, parent: EVENT } }, live: true });

export const MEDIATION = entity({ name: "Mediation", table: mediations, key: mediations.id, place: null, visibility: { withParent: { key: mediations.eventId, parent: EVENT } }, live: true });

export const RISK_ASSESSMENT = entity({
  name: "RiskAssessment",
  table: riskAssessments,
  key: riskAssessments.id,
  place: { community: riskAssessments.communityCode, grid: null },
  visibility: { dataset: "RISK_ASSESSMENTS" },
  live: true,
});

/** The departments a whistle summoned: seen with their whistle. */
export const WHISTLE_SUMMONS = entity({ name: "WhistleSummons", table: whistleDepartments, key: whistleDepartments.id, place: null, visibility: { withParent: { key: whistleDepartments.whistleId, parent: WHISTLE } } });
