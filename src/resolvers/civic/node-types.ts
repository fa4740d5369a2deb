import { ACTIVITY, DEMAND, ENROLMENT, PRACTICE_SITE, VOLUNTEER, VOLUNTEER_TEAM } from "../../sources/civic/entities.js";
import { nodeType } from "../common/node-type.js";
import { toActivity, toDemand, toEnrolment, toPracticeSite, toVolunteer, toVolunteerTeam } from "./mappers.js";

/** The civic centre's node types. */
export const ACTIVITY_NODE = nodeType({ entity: ACTIVITY, centre: "civic", toNode: toActivity });
export const DEMAND_NODE = nodeType({ entity: DEMAND, centre: "civic", toNode: toDemand });
export const ENROLMENT_NODE = nodeType({ entity: ENROLMENT, centre: "civic", toNode: toEnrolment });
export const VOLUNTEER_NODE = nodeType({ entity: VOLUNTEER, centre: "civic", toNode: toVolunteer });
export const PRACTICE_SITE_NODE = nodeType({ entity: PRACTICE_SITE, centre: "civic", toNode: toPracticeSite });
export const VOLUNTEER_TEAM_NODE = nodeType({ entity: VOLUNTEER_TEAM, centre: "civic", toNode: toVolunteerTeam });
