import { EVENT_EMBEDS } from "../../sources/governance/reads.js";
import { events } from "../../sources/governance/tables.js";
import type { ColumnMap } from "../common/selection.js";

/** The event columns each field of `Event` reads (see {@link ColumnMap}). */
export const EVENT_COLUMNS: ColumnMap<typeof events, "id" | "gridCode" | "reportedAt" | "dueAt", typeof EVENT_EMBEDS> = {
  table: events,
  embeds: EVENT_EMBEDS,
  // Cursors sort on either time; masking and links need the grid.
  always: ["id", "gridCode", "reportedAt", "dueAt"],
  fields: {
    id: [],
    code: ["code"],
    gridCode: [],
    communityCode: ["communityCode"],
    category: ["category"],
    urgency: ["urgency"],
    channel: ["channel"],
    title: ["title"],
    description: ["description"],
    address: ["address"],
    lat: ["lat"],
    lng: ["lng"],
    status: ["status"],
    reporterName: ["reporterName"],
    reporterPhone: ["reporterPhone"],
    reportedAt: [],
    requestedAt: [],
    dueAt: [],
    closedAt: ["closedAt"],
    assignedDepartment: ["assignedDepartment"],
    supervisionLevel: ["supervisionLevel"],
    version: ["version"],
    source: [],
    needState: ["status"],
    allowedActions: ["status"],
    grid: [],
    gridWorker: ["assignedWorkerId"],
    history: [],
    whistles: [],
    pendingDepartments: [],
    mediations: [],
  },
};
