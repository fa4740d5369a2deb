import type { ActivityRow, DemandRow, EnrolmentRow, PracticeSiteRow, VolunteerRow, VolunteerTeamRow } from "../../sources/civic/tables.js";
import { ACTIVITY, DEMAND, ENROLMENT, PRACTICE_SITE, VOLUNTEER, VOLUNTEER_TEAM } from "../../sources/civic/entities.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import { Enrolment } from "../../schema/civic/enrolment.js";
import { PracticeSite, VolunteerTeam } from "../../schema/civic/site.js";
import { Volunteer } from "../../schema/civic/volunteer.js";
import type { NeedStateValue } from "../../schema/common/resident-need.js";
import { toGlobalId } from "../common/global-id.js";

export const toActivity = (row: ActivityRow): Activity => Object.assign(new Activity(), row, { id: toGlobalId(ACTIVITY.name, row.id), rowId: row.id });
const DEMAND_STATE: Record<DemandRow["status"], NeedStateValue> = {
  ORDERED: "OPEN",
  DISPATCHED: "IN_PROGRESS",
  ACCEPTED: "IN_PROGRESS",
  DONE: "MET",
  RATED: "MET",
  CANCELLED: "CLOSED_UNMET",
};

export const toDemand = (row: DemandRow): Demand =>
  Object.assign(new Demand(), row, { id: toGlobalId(DEMAND.name, row.id), rowId: row.id, source: "CIVIC" as const, requestedAt: row.orderedAt, needState: DEMAND_STATE[row.status] });

export const toEnrolment = (row: EnrolmentRow): Enrolment => Object.assign(new Enrolment(), row, { id: toGlobalId(ENROLMENT.name, row.id), rowId: row.id });

export const toVolunteer = (row: VolunteerRow): Volunteer => Object.assign(new Volunteer(), row, { id: toGlobalId(VOLUNTEER.name, row.id) });

export const toPracticeSite = (row: PracticeSiteRow): PracticeSite => Object.assign(new PracticeSite(), row, { id: toGlobalId(PRACTICE_SITE.name, row.id) });
export const toVolunteerTeam = (row: VolunteerTeamRow): VolunteerTeam => Object.assign(new VolunteerTeam(), row, { id: toGlobalId(VOLUNTEER_TEAM.name, row.id), rowId: row.id });
