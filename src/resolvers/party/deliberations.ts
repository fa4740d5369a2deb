import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Event } from "../../schema/governance/event.js";
import { DeliberationPayload, RecordDeliberationOutcomeInput, ScheduleDeliberationInput } from "../../schema/party/deliberation-inputs.js";
import { Deliberation } from "../../schema/party/organization.js";
import type { EventRow } from "../../sources/governance/tables.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { badInput } from "../common/input-validation.js";
import { settled } from "../common/loaders.js";
import { eventLoader } from "../governance/loaders.js";
import { toEvent } from "../governance/mappers.js";
import { eventByCodeLoader } from "./loaders.js";
import { toDeliberation } from "./mappers.js";
import { requireCommunity } from "../common/places.js";
import { notFound } from "../common/errors.js";
import { lookupNode } from "../common/node-type.js";
import { requireTarget, STAFF } from "../common/write-access.js";
import { DELIBERATION_NODE } from "./node-types.js";
import { EVENT } from "../../sources/governance/entities.js";
import { DELIBERATION } from "../../sources/party/entities.js";

/**
 * The codes of the linked governance events, checked at the governance centre before the party
 * centre writes them: every event must exist and lie in `communityCode`, so no link dangles.
 */
async function linkedEventCodes(ctx: Context, ids: readonly string[], communityCode: string): Promise<string[]> {
  const keys = ids.map((id, i) => intKeyOf(id, EVENT, `input.linkedEventIds.${i}`));
  if (keys.length === 0) return [];
  const rows = settled(await eventLoader(ctx).loadMany(keys));
  const absent = ids.filter((_, i) => !rows[i]);
  if (absent.length > 0) throw badInput("input.linkedEventIds", `Linked events do not exist: ${absent.join(", ")}`);
  const found = rows as EventRow[];
  const stray = found.filter((e) => e.communityCode !== communityCode);
  if (stray.length > 0) throw badInput("input.linkedEventIds", `Linked events are not in community ${communityCode}: ${stray.map((e) => e.code).join(", ")}`);
  return found.map((e) => e.code);
}

/** The linked events the caller may see, through the scoped governance reads. */
async function visibleLinkedEvents(ctx: Context, deliberation: Deliberation): Promise<EventRow[]> {
  if (deliberation.linkedEventCodes.length === 0) return [];
  return settled(await eventByCodeLoader(ctx).loadMany(deliberation.linkedEventCodes)).filter((row): row is EventRow => row !== null);
}

/** 议事协商: schedule, record the outcome, and the link to governance events. */
@Resolver(() => Deliberation)
export class DeliberationResolver {
  @Authorized(STAFF)
  @Mutation(() => DeliberationPayload, {
    description: "Schedule a community deliberation (安排议事协商) in the caller's jurisdiction: SCHEDULED. The community is checked in the registry and each linked event at the governance centre before anything is written.",
  })
  async scheduleDeliberation(@Arg("input", () => ScheduleDeliberationInput, { description: "The deliberation to schedule." }) input: ScheduleDeliberationInput, @Ctx() ctx: Context): Promise<DeliberationPayload> {
    await requireCommunity(ctx, "DELIBERATIONS", input.communityCode);
    const codes = await linkedEventCodes(ctx, input.linkedEventIds, input.communityCode);
    const row = await ctx.commands.party.scheduleDeliberation({
      communityCode: input.communityCode,
      topic: input.topic,
      format: input.format,
      heldAt: input.heldAt,
      participants: input.participants,
      linkedEventCodes: codes,
    });
    return { deliberation: toDeliberation(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => DeliberationPayload, {
    description:
      "Record a deliberation's outcome (记录议事结果): SCHEDULED → HELD or RESOLVED, HELD → RESOLVED. Another step is refused with CONFLICT listing extensions.allowedActions; a stale version with CONFLICT and extensions.currentVersion.",
  })
  async recordDeliberationOutcome(@Arg("input", () => RecordDeliberationOutcomeInput, { description: "The outcome and the version it applies to." }) input: RecordDeliberationOutcomeInput, @Ctx() ctx: Context): Promise<DeliberationPayload> {
    const deliberationId = intKeyOf(input.deliberationId, DELIBERATION, "input.deliberationId");
    const target = await requireTarget<Deliberation>(ctx, DELIBERATION_NODE, deliberationId);
    let linkedEvents: { communityCode: string; codes: string[] } | null = null;
    if (input.linkedEventIds) {
      // The links are checked against the deliberation's community, read before the locked write re-checks it.
      const current = target ?? ((await lookupNode(ctx, DELIBERATION_NODE, String(deliberationId))) as Deliberation | null);
      if (!current) throw notFound(`Deliberation ${deliberationId}`);
      linkedEvents = { communityCode: current.communityCode, codes: await linkedEventCodes(ctx, input.linkedEventIds, current.communityCode) };
    }
    const row = await ctx.commands.party.recordDeliberationOutcome({
      deliberationId,
      expectedVersion: input.expectedVersion,
      status: input.status,
      resolution: input.resolution,
      attendeeCount: input.attendeeCount,
      linkedEvents,
    });
    return { deliberation: toDeliberation(row) };
  }

  @FieldResolver(() => [Event], { nullable: true, description: "The governance events it took up (关联事件) that the caller may see, from the governance centre; batched across deliberations." })
  async linkedEvents(@Root() deliberation: Deliberation, @Ctx() ctx: Context): Promise<Event[]> {
    return (await visibleLinkedEvents(ctx, deliberation)).map(toEvent);
  }

  @FieldResolver(() => [String], { nullable: true, description: "Codes of the governance events it took up that the caller may see (a code tells when an event was reported)." })
  async linkedEventCodes(@Root() deliberation: Deliberation, @Ctx() ctx: Context): Promise<string[]> {
    // A caller who sees every event needs no trip to the governance centre.
    if (ctx.scope.everything) return deliberation.linkedEventCodes;
    return (await visibleLinkedEvents(ctx, deliberation)).map((e) => e.code);
  }
}
