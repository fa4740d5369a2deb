import type { ActivityRow, DemandRow } from "./tables.js";

type DemandStatus = DemandRow["status"];
type ActivityStatus = ActivityRow["status"];

/**
 * The service-order workflow (点单 → 派单 → 接单 → 评单): which action moves a demand from
 * which states to which. A demand can be cancelled until the service is done.
 */
export const DEMAND_ACTIONS = {
  DISPATCH: { from: ["ORDERED"], to: "DISPATCHED" },
  ACCEPT: { from: ["DISPATCHED"], to: "ACCEPTED" },
  COMPLETE: { from: ["ACCEPTED"], to: "DONE" },
  RATE: { from: ["DONE"], to: "RATED" },
  CANCEL: { from: ["ORDERED", "DISPATCHED", "ACCEPTED"], to: "CANCELLED" },
} as const satisfies Record<string, { from: readonly DemandStatus[]; to: DemandStatus }>;

export type DemandAction = keyof typeof DEMAND_ACTIONS;
export const DEMAND_ACTION_NAMES = Object.keys(DEMAND_ACTIONS) as DemandAction[];

export function allowedDemandActions(status: DemandStatus): DemandAction[] {
  return DEMAND_ACTION_NAMES.filter((action) => (DEMAND_ACTIONS[action].from as readonly DemandStatus[]).includes(status));
}

/** An activity's closing steps; enrolment and check-in happen while it is PUBLISHED. */
export const ACTIVITY_ACTIONS = {
  COMPLETE: { from: ["PUBLISHED"], to: "COMPLETED" },
  CANCEL: { from: ["PUBLISHED"], to: "CANCELLED" },
} as const satisfies Record<string, { from: readonly ActivityStatus[]; to: ActivityStatus }>;

export type ActivityAction = keyof typeof ACTIVITY_ACTIONS;
export const ACTIVITY_ACTION_NAMES = Object.keys(ACTIVITY_ACTIONS) as ActivityAction[];

export function allowedActivityActions(status: ActivityStatus): ActivityAction[] {
  return ACTIVITY_ACTION_NAMES.filter((action) => (ACTIVITY_ACTIONS[action].from as readonly ActivityStatus[]).includes(status));
}
