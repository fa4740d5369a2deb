import { EVENT, GRID, GRID_WORKER, MEDIATION, RISK_ASSESSMENT, WHISTLE } from "../../sources/governance/entities.js";
import { nodeType } from "../common/node-type.js";
import { toEvent, toGrid, toGridWorker, toMediation, toRiskAssessment, toWhistle } from "./mappers.js";

/** The governance centre's node types. */
export const GRID_NODE = nodeType({ entity: GRID, centre: "governance", toNode: toGrid });
export const GRID_WORKER_NODE = nodeType({ entity: GRID_WORKER, centre: "governance", toNode: toGridWorker });
export const EVENT_NODE = nodeType({ entity: EVENT, centre: "governance", toNode: toEvent });
export const WHISTLE_NODE = nodeType({ entity: WHISTLE, centre: "governance", toNode: toWhistle });
export const MEDIATION_NODE = nodeType({ entity: MEDIATION, centre: "governance", toNode: toMediation });
export const RISK_ASSESSMENT_NODE = nodeType({ entity: RISK_ASSESSMENT, centre: "governance", toNode: toRiskAssessment });
