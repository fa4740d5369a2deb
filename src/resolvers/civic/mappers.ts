import type { ActivityRow, DemandRow, EnrolmentRow, PracticeSiteRow, VolunteerRow, VolunteerTeamRow } from "../../sources/civic/tables.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import { Enrolment } from "../../schema/civic/enrolment.js";
import { PracticeSite, VolunteerTeam } from "../../schema/civic/site.js";
import { Volunteer } from "../../schema/civic/volunteer.js";
import type { NeedStateValue } from "../../schema/common/resident-need.js";
import { toGlobalId } from "../common/global-id.js";

export const toActivity = (row: ActivityRow): Activity => Object.assign(new Activity(), row, { id: toGlobalId("Activity", row.id), rowId: row.id });
const DEMAND_STATE: Record<DemandRow["status"], NeedStateValue> = {
  ORDERED: "OPEN",
  DISPATCHED: "IN_PROGRESS",
  ACCEPTED: "IN_PROGRESS",
  DONE: "MET",
  RATED: "MET",
  CANCELLED: "CLOSED_UNMET",
};

export const toDemand = (row: DemandRow): Demand =>
  Object.assign(new Demand(), row, { id: toGlobalId("Demand", row.id), rowId: row.id, source: "CIVIC" as const, requestedAt: row.orderedAt, needState: DEMAND_STATE[row.status] });

export const toEnrolment = (row: EnrolmentRow): Enrolment => Object.assign(new Enrolment(), row, { id: toGlobalId("Enrolment", row.id), rowId: row.id });

export const toVolunteer = (row: VolunteerRow): Volunteer => Object.assign(new Volunteer(), row, { id: toGlobalId("Volunteer", row.id) });

export const toPracticeSite = (row: PracticeSiteRow): PracticeSite => Object.assign(new PracticeSite(), row, { id: toGlobalId("PracticeSite", row.id) });
export const toVolunteerTeam = (row: VolunteerTeamRow): VolunteerTeam => Object.assign(new VolunteerTeam(), row, { id: toGlobalId("VolunteerTeam", row.id), rowId: row.id });
