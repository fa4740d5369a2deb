import type { DeliberationRow, MicroWishRow } from "./tables.js";

type WishStatus = MicroWishRow["status"];
type DeliberationStatus = DeliberationRow["status"];

/** The micro-wish lifecycle (微心愿): a member claims an open wish (认领), then fulfils it (兑现). */
export const WISH_ACTIONS = {
  CLAIM: { from: ["OPEN"], to: "CLAIMED" },
  FULFIL: { from: ["CLAIMED"], to: "FULFILLED" },
} as const satisfies Record<string, { from: readonly WishStatus[]; to: WishStatus }>;

export type WishAction = keyof typeof WISH_ACTIONS;

export function allowedWishActions(status: WishStatus): WishAction[] {
  return (Object.keys(WISH_ACTIONS) as WishAction[]).filter((action) => (WISH_ACTIONS[action].from as readonly WishStatus[]).includes(status));
}

/**
 * Which outcome a deliberation (议事协商) may record from which state: a meeting is held
 * (HELD) and may adopt its resolution later, or adopts it on the day (RESOLVED).
 */
export const DELIBERATION_OUTCOMES = {
  HELD: { from: ["SCHEDULED"] },
  RESOLVED: { from: ["SCHEDULED", "HELD"] },
} as const satisfies Partial<Record<DeliberationStatus, { from: readonly DeliberationStatus[] }>>;

export type DeliberationOutcome = keyof typeof DELIBERATION_OUTCOMES;
export const DELIBERATION_OUTCOME_NAMES = Object.keys(DELIBERATION_OUTCOMES) as DeliberationOutcome[];

export function allowedOutcomes(status: DeliberationStatus): DeliberationOutcome[] {
  return DELIBERATION_OUTCOME_NAMES.filter((outcome) => (DELIBERATION_OUTCOMES[outcome].from as readonly DeliberationStatus[]).includes(status));
}
