import type { ActivityRow, DemandRow } from "../../sources/civic/tables.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import { toGlobalId } from "../common/global-id.js";
import type { NeedStateValue } from "../../schema/common/resident-need.js";

export const toActivity = (row: ActivityRow): Activity => Object.assign(new Activity(), row, { id: toGlobalId("Activity", row.id) });
const DEMAND_STATE: Record<DemandRow["status"], NeedStateValue> = {
  ORDERED: "OPEN",
  DISPATCHED: "IN_PROGRESS",
  ACCEPTED: "IN_PROGRESS",
  DONE: "MET",
  RATED: "MET",
  CANCELLED: "CLOSED_UNMET",
};

export const toDemand = (row: DemandRow): Demand =>
  Object.assign(new Demand(), row, { id: toGlobalId("Demand", row.id), source: "CIVIC" as const, requestedAt: row.orderedAt, needState: DEMAND_STATE[row.status] });
import type { VolunteerRow } from "../../sources/civic/tables.js";
import { Volunteer } from "../../schema/civic/volunteer.js";

export const toVolunteer = (row: VolunteerRow): Volunteer => Object.assign(new Volunteer(), row, { id: toGlobalId("Volunteer", row.id) });
import type { PracticeSiteRow, VolunteerTeamRow } from "../../sources/civic/tables.js";
import { PracticeSite, VolunteerTeam } from "../../schema/civic/site.js";

export const toPracticeSite = (row: PracticeSiteRow): PracticeSite => Object.assign(new PracticeSite(), row, { id: toGlobalId("PracticeSite", row.id) });
export const toVolunteerTeam = (row: VolunteerTeamRow): VolunteerTeam => Object.assign(new VolunteerTeam(), row, { id: toGlobalId("VolunteerTeam", row.id) });
