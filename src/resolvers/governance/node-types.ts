import { EVENT, GRID, GRID_WORKER, MEDIATION, RISK_ASSESSMENT, WHISTLE } from "../../sources/governance/entities.js";
import { nodeType } from "../common/node-type.js";
import { toEvent, toGrid, toGridWorker, toMediation, toRiskAssessment, toWhistle } from "./mappers.js";

/** The governance centre's node types. */
export const GRID_NODE = nodeType({ entity: GRID, toNode: toGrid });
export const GRID_WORKER_NODE = nodeType({ entity: GRID_WORKER, toNode: toGridWorker });
export const EVENT_NODE = nodeType({ entity: EVENT, toNode: toEvent });
export const WHISTLE_NODE = nodeType({ entity: WHISTLE, toNode: toWhistle });
export const MEDIATION_NODE = nodeType({ entity: MEDIATION, toNode: toMediation });
export const RISK_ASSESSMENT_NODE = nodeType({ entity: RISK_ASSESSMENT, toNode: toRiskAssessment });
