import { lifecycleOf } from "../common/lifecycle.js";
import type { ActivityRow, DemandRow } from "./tables.js";

/**
 * The service-order workflow (点单 → 派单 → 接单 → 评单): which action moves a demand from
 * which states to which. A demand can be cancelled until the service is done.
 */
export const demandLifecycle = lifecycleOf<DemandRow["status"]>()("demand", {
  DISPATCH: { from: ["ORDERED"], to: "DISPATCHED" },
  ACCEPT: { from: ["DISPATCHED"], to: "ACCEPTED" },
  COMPLETE: { from: ["ACCEPTED"], to: "DONE" },
  RATE: { from: ["DONE"], to: "RATED" },
  CANCEL: { from: ["ORDERED", "DISPATCHED", "ACCEPTED"], to: "CANCELLED" },
});

export type DemandAction = (typeof demandLifecycle.actions)[number];

/** An activity's closing steps; enrolment and check-in happen while it is PUBLISHED. */
export const activityLifecycle = lifecycleOf<ActivityRow["status"]>()("activity", {
  COMPLETE: { from: ["PUBLISHED"], to: "COMPLETED" },
  CANCEL: { from: ["PUBLISHED"], to: "CANCELLED" },
});

export type ActivityAction = (typeof activityLifecycle.actions)[number];
