import { ACTIVITY, DEMAND, ENROLMENT, PRACTICE_SITE, VOLUNTEER, VOLUNTEER_TEAM } from "../../sources/civic/entities.js";
import { nodeType } from "../common/node-type.js";
import { toActivity, toDemand, toEnrolment, toPracticeSite, toVolunteer, toVolunteerTeam } from "./mappers.js";

/** The civic centre's node types. */
export const ACTIVITY_NODE = nodeType({ entity: ACTIVITY, toNode: toActivity });
export const DEMAND_NODE = nodeType({ entity: DEMAND, toNode: toDemand });
export const ENROLMENT_NODE = nodeType({ entity: ENROLMENT, toNode: toEnrolment });
export const VOLUNTEER_NODE = nodeType({ entity: VOLUNTEER, toNode: toVolunteer });
export const PRACTICE_SITE_NODE = nodeType({ entity: PRACTICE_SITE, toNode: toPracticeSite });
export const VOLUNTEER_TEAM_NODE = nodeType({ entity: VOLUNTEER_TEAM, toNode: toVolunteerTeam });
