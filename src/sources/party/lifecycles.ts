import { lifecycleOf } from "../common/lifecycle.js";
import type { DeliberationRow, JointMeetingRow, MicroWishRow } from "./tables.js";

/** The micro-wish lifecycle (微心愿): a member claims an open wish (认领), then fulfils it (兑现). */
export const wishLifecycle = lifecycleOf<MicroWishRow["status"]>()("micro-wish", {
  CLAIM: { from: ["OPEN"], to: "CLAIMED" },
  FULFIL: { from: ["CLAIMED"], to: "FULFILLED" },
});

/**
 * Which outcome a deliberation (议事协商) may record from which state: a meeting is held
 * (HELD) and may adopt its resolution later, or adopts it on the day (RESOLVED).
 */
export const deliberationLifecycle = lifecycleOf<DeliberationRow["status"]>()("deliberation", {
  HELD: { from: ["SCHEDULED"], to: "HELD" },
  RESOLVED: { from: ["SCHEDULED", "HELD"], to: "RESOLVED" },
});

export type DeliberationOutcome = (typeof deliberationLifecycle.actions)[number];

/** A 三方联动 meeting is either held, with what it agreed, or called off; both from SCHEDULED. */
export const jointMeetingLifecycle = lifecycleOf<JointMeetingRow["status"]>()("joint meeting", {
  HELD: { from: ["SCHEDULED"], to: "HELD" },
  CANCELLED: { from: ["SCHEDULED"], to: "CANCELLED" },
});

export type JointMeetingOutcome = (typeof jointMeetingLifecycle.actions)[number];
