import type { CentreValue } from "../../schema/live/changes.js";

/** The centres whose databases keep a change log. */
export const CENTRE_NAMES = ["party", "civic", "governance"] as const;
export type CentreName = (typeof CENTRE_NAMES)[number];

export const centreOf = (value: CentreValue): CentreName => value.toLowerCase() as CentreName;
export const centreValue = (name: CentreName): CentreValue => name.toUpperCase() as CentreValue;
