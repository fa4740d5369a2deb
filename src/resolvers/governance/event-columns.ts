import type { EventRead } from "../../sources/governance/reads.js";
import { eventTransitions, events, grids } from "../../sources/governance/tables.js";
import type { Context } from "../context.js";
import { encodeCursor } from "../common/connection.js";
import { columnsFor, type ColumnMap, type EmbedPlan, type MappedRow, type Selection } from "../common/selection.js";
import { eventFilter, eventOrder, eventPage } from "./event-args.js";
import type { EventFilterInput, EventOrder } from "../../schema/governance/event.js";

type EventAlways = "id" | "gridCode" | "reportedAt" | "dueAt";

/** An event row as a list reads it: the columns its selection needs, and always these. */
export type EventSlice = MappedRow<typeof events, EventAlways>;

/** The columns each field of `EventTransition` reads. */
export const TRANSITION_COLUMNS: ColumnMap<typeof eventTransitions, never> = {
  table: eventTransitions,
  always: [],
  fields: { action: ["action"], fromStatus: ["fromStatus"], toStatus: ["toStatus"], actor: ["actor"], note: ["note"], at: ["at"] },
};

/** An event's links read inside the events' statement when selected. */
const EVENT_EMBEDS = {
  history: ({ ctx, selection }) => ctx.reads.governance.historyOfEvent(columnsFor(TRANSITION_COLUMNS, selection, ctx)),
  gridWorker: ({ ctx }) => ctx.reads.governance.workerOfEvent(),
  grid: ({ ctx, selection }) => ctx.reads.governance.gridOfEvent(columnsFor(GRID_COLUMNS, selection, ctx)),
} satisfies Record<string, EmbedPlan<unknown>>;

/** The event columns each field of `Event` reads, and the links read inside the events' statement (see {@link ColumnMap}). */
export const EVENT_COLUMNS: ColumnMap<typeof events, EventAlways, typeof EVENT_EMBEDS> = {
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

/** How an events connection is read: the columns its edges select, counted in the same statement when it asks for `totalCount`. */
export const eventRead = (selection: Selection, ctx: Context): Required<EventRead<EventSlice>> => ({
  columns: columnsFor(EVENT_COLUMNS, selection.at(["edges", "node"]), ctx),
  counted: selection.names().has("totalCount"),
});

export const eventCursor = (sort: "reportedAt" | "dueAt") => (row: { id: number; reportedAt: Date; dueAt: Date }) => encodeCursor(row[sort], row.id);

/** The arguments of an events connection under a community or grid. */
export interface NestedEventArgs {
  first: number;
  after?: string | null;
  filter?: EventFilterInput | null;
  orderBy?: EventOrder | null;
}

/** A grid's links read inside the grids' statement when selected. */
const GRID_EMBEDS = {
  workers: ({ ctx }) => ctx.reads.governance.workersOfGrid(),
  events: ({ ctx, args, selection }) => {
    const { first, after, filter, orderBy } = args as unknown as NestedEventArgs;
    try {
      const { sort, direction } = eventOrder(orderBy);
      return ctx.reads.governance.eventPageOfGrid(eventFilter(filter, ctx.identity), sort, eventPage(first, after, direction), eventRead(selection, ctx));
    } catch {
      // Arguments the field's resolver refuses: it reports them.
      return undefined;
    }
  },
} satisfies Record<string, EmbedPlan<unknown>>;

type GridColumn = "code" | "communityCode" | "name" | "population" | "households" | "centerLat" | "centerLng";

/** A grid row with the links its statement embedded. */
export type GridSlice = MappedRow<typeof grids, GridColumn>;

/** A grid's columns (seven short ones, always read whole) and its embeddable links. */
export const GRID_COLUMNS: ColumnMap<typeof grids, GridColumn, typeof GRID_EMBEDS> = {
  table: grids,
  always: ["code", "communityCode", "name", "population", "households", "centerLat", "centerLng"],
  fields: {},
  embeds: GRID_EMBEDS,
};
