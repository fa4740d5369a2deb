import { CENTRE_NAMES, type CentreName } from "../../config.js";
import type { CentreValue } from "../../schema/live/changes.js";

/** The centres whose databases keep a change log: every centre. */
export { CENTRE_NAMES, type CentreName };

export const centreOf = (value: CentreValue): CentreName => value.toLowerCase() as CentreName;
export const centreValue = (name: CentreName): CentreValue => name.toUpperCase() as CentreValue;
