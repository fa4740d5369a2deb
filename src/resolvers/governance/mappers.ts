import type { EventRow, GridWorkerRow, MediationRow, RiskAssessmentRow, EventTransitionRow, WhistleDepartmentRow, WhistleRow } from "../../sources/governance/tables.js";
import { EVENT, GRID, GRID_WORKER, MEDIATION, RISK_ASSESSMENT, WHISTLE } from "../../sources/governance/entities.js";
import { Mediation, Whistle, WhistleSummons } from "../../schema/governance/escalation.js";
import { Event, EventTransition, RiskAssessment } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import { toGlobalId } from "../common/global-id.js";
import type { EventSlice, GridSlice } from "./event-columns.js";
import type { NeedStateValue } from "../../schema/common/resident-need.js";

export const toGrid = (row: GridSlice): Grid => Object.assign(new Grid(), row, { id: toGlobalId(GRID.name, row.code) });
export const toGridWorker = (row: GridWorkerRow): GridWorker => Object.assign(new GridWorker(), row, { id: toGlobalId(GRID_WORKER.name, row.id), rowId: row.id });
const EVENT_STATE: Record<EventRow["status"], NeedStateValue> = {
  REPORTED: "OPEN",
  ACCEPTED: "OPEN",
  ASSIGNED: "IN_PROGRESS",
  IN_PROGRESS: "IN_PROGRESS",
  RESPONDED: "IN_PROGRESS",
  VERIFIED: "IN_PROGRESS",
  CLOSED: "MET",
  REJECTED: "CLOSED_UNMET",
};

export const toEvent = (row: EventSlice): Event =>
  Object.assign(new Event(), row, { id: toGlobalId(EVENT.name, row.id), rowId: row.id, source: "GOVERNANCE" as const, requestedAt: row.reportedAt, needState: row.status && EVENT_STATE[row.status] });
/** A transition as a history reads it: the columns its selection asked for. */
export const toTransition = (row: Partial<EventTransitionRow>): EventTransition => Object.assign(new EventTransition(), row);
export const toRiskAssessment = (row: RiskAssessmentRow): RiskAssessment =>
  Object.assign(new RiskAssessment(), row, { id: toGlobalId(RISK_ASSESSMENT.name, row.id) });
export const toWhistle = (row: WhistleRow): Whistle => Object.assign(new Whistle(), row, { id: toGlobalId(WHISTLE.name, row.id), rowId: row.id });
export const toSummons = (row: WhistleDepartmentRow): WhistleSummons => Object.assign(new WhistleSummons(), row);
export const toMediation = (row: MediationRow): Mediation => Object.assign(new Mediation(), row, { id: toGlobalId(MEDIATION.name, row.id) });
