import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../schema/common/connection.js";
import { Event, EventFilterInput, EventOrder, EventTransition } from "../../schema/governance/event.js";
import { Grid, GridWorker } from "../../schema/governance/grid.js";
import type { Context } from "../context.js";
import { countOf, toConnection } from "../common/connection.js";
import { oneEach, rowsOf } from "../common/loaders.js";
import { divisionCodeArg } from "../common/validate.js";
import { notFound } from "../common/errors.js";
import { EventConnection, eventFilter, eventOrder, eventPage } from "./event-args.js";
import { gridLoader, workerLoader } from "./loaders.js";
import { EVENT_COLUMNS, GRID_COLUMNS, eventCursor, eventRead } from "./event-columns.js";
import { columnsFor, embeddedValue, Selection } from "../common/selection.js";
import { toEvent, toGrid, toGridWorker, toMediation, toTransition, toWhistle } from "./mappers.js";
import { Mediation, Whistle } from "../../schema/governance/escalation.js";
import { EventAction } from "../../schema/governance/event-inputs.js";
import { eventLifecycle, type EventAction as EventActionValue } from "../../sources/governance/event-lifecycle.js";

/** Governance events: lists, lookups and their links to grid, worker and history. */
@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: "Governance events (事件), filtered and keyset-paginated." })
  async events(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => EventFilterInput, { nullable: true, description: "Which events; all when omitted." }) filterInput: EventFilterInput | null,
    @Arg("orderBy", () => EventOrder, { nullable: true, description: "Sort order; newest report first when omitted." }) orderBy: EventOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { reads, identity } = ctx;
    const filter = eventFilter(filterInput, identity);
    const { sort, direction } = eventOrder(orderBy);
    const page = await reads.governance.events(filter, sort, eventPage(first, after, direction), eventRead(Selection.of(info), ctx));
    return toConnection(page, toEvent, eventCursor(sort), countOf(page, () => reads.governance.countEvents(filter)));
  }

  @Query(() => Event, { nullable: true, description: "One event by its readable code (事件编号); null when there is none." })
  async eventByCode(@Arg("code", () => String, { description: "Readable event code, e.g. SJ-20261123-0001." }) code: string, @Ctx() { loaders, reads }: Context): Promise<Event | null> {
    const row = await loaders.get("eventByCode", async (codes: readonly string[]) => oneEach(codes, await reads.governance.eventsByCode(codes), (r) => r.code)).load(code);
    return row && toEvent(row);
  }

  @FieldResolver(() => Grid, { description: "The grid where it happened." })
  async grid(@Root() event: Event, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Grid> {
    const embedded = embeddedValue(EVENT_COLUMNS, "grid", event, info);
    const row = embedded !== undefined ? embedded : await gridLoader(ctx, columnsFor(GRID_COLUMNS, Selection.of(info), ctx)).load(event.gridCode);
    if (!row) throw notFound(`Grid ${event.gridCode}`);
    return toGrid(row);
  }

  @FieldResolver(() => GridWorker, { nullable: true, description: "The grid worker handling it, once assigned." })
  async gridWorker(@Root() event: Event, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<GridWorker | null> {
    if (event.assignedWorkerId == null) return null;
    const embedded = embeddedValue(EVENT_COLUMNS, "gridWorker", event, info);
    if (embedded !== undefined) return embedded && toGridWorker(embedded);
    const row = await workerLoader(ctx).load(event.assignedWorkerId);
    return row && toGridWorker(row);
  }

  @Query(() => EventConnection, {
    description: "The supervision ledger of a street or community (督办台账): open events that are overdue or under supervision, earliest due first.",
  })
  async supervisionList(
    @Arg("divisionCode", () => String, { description: "A street's 9 digits or a community's 12." }) divisionCode: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { reads } = ctx;
    const filter = { codePrefix: divisionCodeArg(divisionCode, "divisionCode", [9, 12]), attentionAt: new Date() };
    const page = await reads.governance.events(filter, "dueAt", eventPage(first, after, "ASC"), eventRead(Selection.of(info), ctx));
    return toConnection(page, toEvent, eventCursor("dueAt"), countOf(page, () => reads.governance.countEvents(filter)));
  }

  @FieldResolver(() => [EventAction], { description: "Lifecycle steps allowed from the current state, for transitionEvent." })
  allowedActions(@Root() event: Event): EventActionValue[] {
    return eventLifecycle.allowed(event.status);
  }

  @FieldResolver(() => [Whistle], { description: "Whistles blown for it (吹哨), oldest first." })
  whistles(@Root() event: Event, @Ctx() { loaders, reads }: Context): Promise<Whistle[]> {
    return rowsOf(loaders, "eventWhistles", event.rowId, (ids: readonly number[]) => reads.governance.whistlesByEvent(ids), (r) => r.eventId, toWhistle);
  }

  @FieldResolver(() => [String], { description: "Departments summoned by its whistles that have not reported yet (未报到部门)." })
  pendingDepartments(@Root() event: Event, @Ctx() { loaders, reads }: Context): Promise<string[]> {
    return rowsOf(loaders, "eventPendingDepartments", event.rowId, (ids: readonly number[]) => reads.governance.pendingDepartmentsByEvent(ids), (r) => r.eventId, (r) => r.department);
  }

  @FieldResolver(() => [Mediation], { description: "Mediations of this dispute (调解记录), oldest first." })
  mediations(@Root() event: Event, @Ctx() { loaders, reads }: Context): Promise<Mediation[]> {
    return rowsOf(loaders, "eventMediations", event.rowId, (ids: readonly number[]) => reads.governance.mediationsByEvent(ids), (r) => r.eventId, toMediation);
  }

  @FieldResolver(() => [EventTransition], { description: "Every lifecycle step, oldest first (流转记录)." })
  async history(@Root() event: Event, @Ctx() { loaders, reads }: Context, @Info() info: GraphQLResolveInfo): Promise<EventTransition[]> {
    const embedded = embeddedValue(EVENT_COLUMNS, "history", event, info);
    if (embedded) return embedded.map(toTransition);
    return rowsOf(loaders, "eventHistory", event.rowId, (ids: readonly number[]) => reads.governance.transitionsByEvent(ids), (r) => r.eventId, toTransition);
  }
}
