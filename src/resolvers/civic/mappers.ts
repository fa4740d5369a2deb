import type { ActivityRow, DemandRow } from "../../sources/civic/tables.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import { toGlobalId } from "../common/global-id.js";

export const toActivity = (row: ActivityRow): Activity => Object.assign(new Activity(), row, { id: toGlobalId("Activity", row.id) });
export const toDemand = (row: DemandRow): Demand => Object.assign(new Demand(), row, { id: toGlobalId("Demand", row.id) });
import type { VolunteerRow } from "../../sources/civic/tables.js";
import { Volunteer } from "../../schema/civic/volunteer.js";

export const toVolunteer = (row: VolunteerRow): Volunteer => Object.assign(new Volunteer(), row, { id: toGlobalId("Volunteer", row.id) });
