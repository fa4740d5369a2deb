import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { EventPayload, ReportEventInput, ReportEventPayload, SuperviseEventInput, TransitionEventInput } from "../../schema/governance/event-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requireInCity } from "../common/input-validation.js";
import { toEvent } from "./mappers.js";
import { FIELD_STAFF, ownerOf, requireOwnPlace, requirePerson, requireTarget, resendKey, RESIDENTS_AND_FIELD_STAFF } from "../common/write-access.js";
import { EVENT_NODE } from "./node-types.js";
import type { Event } from "../../schema/governance/event.js";
import { EVENT, GRID_WORKER } from "../../sources/governance/entities.js";
import { forbidden } from "../common/errors.js";

/** The event a write targets, inside the caller's reach (else NOT_FOUND, as if missing). */
export const targetEvent = (ctx: Context, id: number) => requireTarget<Event>(ctx, EVENT_NODE, id);

/** What a partner department may do to an event assigned to it: start the work and respond. */
const DEPARTMENT_ACTIONS = ["START", "RESPOND"];

/** The event lifecycle's writes: report, step through the state machine, supervise. */
@Resolver()
export class EventMutationResolver {
  @Authorized(RESIDENTS_AND_FIELD_STAFF)
  @Mutation(() => ReportEventPayload, {
    description: "Report an event (上报). It gets a readable code and a due time from the service-level rule of its category and urgency. Residents report anywhere and can then follow their own reports; staff report inside their grids or jurisdiction.",
  })
  async reportEvent(@Arg("input", () => ReportEventInput, { description: "The event to report." }) input: ReportEventInput, @Ctx() ctx: Context): Promise<ReportEventPayload> {
    requireInCity("input.location", input.location, ctx.cityBounds);
    requireOwnPlace(ctx, "EVENTS", input.gridCode, "input.gridCode");
    const { location, ...fields } = input;
    const { row, replayed } = await ctx.commands.governance.reportEvent({ ...fields, lat: location?.lat ?? null, lng: location?.lng ?? null, ownerSubject: ownerOf(ctx), idempotencyKey: resendKey(ctx, input.idempotencyKey) }, ctx.actor);
    return { event: toEvent(row), replayed };
  }

  @Authorized([...FIELD_STAFF, "department"])
  @Mutation(() => EventPayload, {
    description: "Take one lifecycle step (流转). Staff act inside their grids or jurisdiction; a partner department may START and RESPOND to events assigned to it. Refused with CONFLICT when the step is not allowed from the current state (extensions.allowedActions lists what is) or the version is stale (extensions.currentVersion).",
  })
  async transitionEvent(@Arg("input", () => TransitionEventInput, { description: "The event, the step and the version last seen." }) input: TransitionEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
    const eventId = intKeyOf(input.eventId, EVENT, "input.eventId");
    const event = await targetEvent(ctx, eventId);
    if (ctx.identity.role === "department" && (event?.assignedDepartment !== ctx.identity.department || !DEPARTMENT_ACTIONS.includes(input.action))) {
      throw forbidden(`A department may only ${DEPARTMENT_ACTIONS.join(" and ")} events assigned to it`, { field: "input.action" });
    }
    const workerId = input.workerId == null ? null : intKeyOf(input.workerId, GRID_WORKER, "input.workerId");
    if (workerId !== null) await requirePerson(ctx, "GridWorker", workerId);
    const row = await ctx.commands.governance.transitionEvent(
      {
        eventId,
        action: input.action,
        expectedVersion: input.expectedVersion,
        note: input.note,
        department: input.department,
        workerId,
      },
      ctx.actor,
    );
    return { event: toEvent(row) };
  }

  @Authorized(["street_officer", "admin"])
  @Mutation(() => EventPayload, { description: "Put an overdue open event under supervision (督办), change the level, or lift it with level null. For street officers, inside their jurisdiction." })
  async superviseEvent(@Arg("input", () => SuperviseEventInput, { description: "The event, the level and the version last seen." }) input: SuperviseEventInput, @Ctx() ctx: Context): Promise<EventPayload> {
    const eventId = intKeyOf(input.eventId, EVENT, "input.eventId");
    await targetEvent(ctx, eventId);
    const row = await ctx.commands.governance.superviseEvent({ eventId, expectedVersion: input.expectedVersion, level: input.level, note: input.note }, ctx.actor);
    return { event: toEvent(row) };
  }
}
