import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { EventPayload, ReportEventInput, ReportEventPayload, SuperviseEventInput, TransitionEventInput } from "../../schema/governance/event-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requireInCity } from "../common/input-validation.js";
import { toEvent } from "./mappers.js";

/** The event lifecycle's writes: report, step through the state machine, supervise. */
@Resolver()
export class EventMutationResolver {
  @Mutation(() => ReportEventPayload, { description: "Report an event (上报). It gets a readable code and a due time from the service-level rule of its category and urgency." })
  async reportEvent(@Arg("input", () => ReportEventInput, { description: "The event to report." }) input: ReportEventInput, @Ctx() { commands, cityBounds, actor }: Context): Promise<ReportEventPayload> {
    requireInCity("input.location", input.location, cityBounds);
    const { location, ...fields } = input;
    const { row, replayed } = await commands.governance.reportEvent({ ...fields, lat: location?.lat ?? null, lng: location?.lng ?? null }, actor);
    return { event: toEvent(row), replayed };
  }

  @Mutation(() => EventPayload, {
    description: "Take one lifecycle step (流转). Refused with CONFLICT when the step is not allowed from the current state (extensions.allowedActions lists what is) or the version is stale (extensions.currentVersion).",
  })
  async transitionEvent(@Arg("input", () => TransitionEventInput, { description: "The event, the step and the version last seen." }) input: TransitionEventInput, @Ctx() { commands, actor }: Context): Promise<EventPayload> {
    const row = await commands.governance.transitionEvent(
      {
        eventId: intKeyOf(input.eventId, "Event", "input.eventId"),
        action: input.action,
        expectedVersion: input.expectedVersion,
        note: input.note,
        department: input.department,
        workerId: input.workerId == null ? null : intKeyOf(input.workerId, "GridWorker", "input.workerId"),
      },
      actor,
    );
    return { event: toEvent(row) };
  }

  @Mutation(() => EventPayload, { description: "Put an overdue open event under supervision (督办), change the level, or lift it with level null." })
  async superviseEvent(@Arg("input", () => SuperviseEventInput, { description: "The event, the level and the version last seen." }) input: SuperviseEventInput, @Ctx() { commands, actor }: Context): Promise<EventPayload> {
    const row = await commands.governance.superviseEvent(
      { eventId: intKeyOf(input.eventId, "Event", "input.eventId"), expectedVersion: input.expectedVersion, level: input.level, note: input.note },
      actor,
    );
    return { event: toEvent(row) };
  }
}
