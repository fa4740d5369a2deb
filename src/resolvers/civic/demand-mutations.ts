import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { AcceptDemandInput, CancelDemandInput, CompleteDemandInput, DemandPayload, DispatchDemandInput, PlaceDemandInput, PlaceDemandPayload, RateDemandInput } from "../../schema/civic/demand-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requirePlace } from "../common/places.js";
import { toDemand } from "./mappers.js";
import type { Demand } from "../../schema/civic/activity.js";
import { FIELD_STAFF, ownerOf, requirePerson, requireTarget, resendKey, RESIDENTS_AND_FIELD_STAFF, RESIDENTS_AND_STAFF, STAFF } from "../common/write-access.js";
import { DEMAND_NODE } from "./node-types.js";
import { DEMAND, VOLUNTEER, VOLUNTEER_TEAM } from "../../sources/civic/entities.js";

/** The demand a write targets, inside the caller's reach (else NOT_FOUND, as if missing). */
async function targetDemand(ctx: Context, id: string): Promise<number> {
  const demandId = intKeyOf(id, DEMAND, "input.demandId");
  await requireTarget<Demand>(ctx, DEMAND_NODE, demandId);
  return demandId;
}

/** The 点单 → 派单 → 接单 → 评单 workflow's writes. */
@Resolver()
export class DemandMutationResolver {
  @Authorized(RESIDENTS_AND_FIELD_STAFF)
  @Mutation(() => PlaceDemandPayload, {
    description: "A resident orders a volunteer service (点单), for themselves or through staff of the place. The community must exist in the registry and the grid, when given, in the governance centre.",
  })
  async placeDemand(@Arg("input", () => PlaceDemandInput, { description: "The order." }) input: PlaceDemandInput, @Ctx() ctx: Context): Promise<PlaceDemandPayload> {
    await requirePlace(ctx, "DEMANDS", input);
    const { row, replayed } = await ctx.commands.civic.placeDemand({ ...input, ownerSubject: ownerOf(ctx), idempotencyKey: resendKey(ctx, input.idempotencyKey) });
    return { demand: toDemand(row), replayed };
  }

  @Authorized(STAFF)
  @Mutation(() => DemandPayload, { description: "Dispatch an ordered demand to a volunteer team (派单): ORDERED → DISPATCHED. CONFLICT when the demand is in another state (extensions.allowedActions) or the version is stale (extensions.currentVersion)." })
  async dispatchDemand(@Arg("input", () => DispatchDemandInput, { description: "The demand, the team and the expected version." }) input: DispatchDemandInput, @Ctx() ctx: Context): Promise<DemandPayload> {
    const row = await ctx.commands.civic.dispatchDemand({ demandId: await targetDemand(ctx, input.demandId), teamId: intKeyOf(input.teamId, VOLUNTEER_TEAM, "input.teamId"), expectedVersion: input.expectedVersion });
    return { demand: toDemand(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => DemandPayload, {
    description: "A volunteer of the dispatched team takes the demand (接单): DISPATCHED → ACCEPTED. First come, first served: when several volunteers race, one wins and the others get CONFLICT naming the current status.",
  })
  async acceptDemand(@Arg("input", () => AcceptDemandInput, { description: "The demand and the volunteer." }) input: AcceptDemandInput, @Ctx() ctx: Context): Promise<DemandPayload> {
    const volunteerId = intKeyOf(input.volunteerId, VOLUNTEER, "input.volunteerId");
    await requirePerson(ctx, "Volunteer", volunteerId);
    const row = await ctx.commands.civic.acceptDemand({ demandId: await targetDemand(ctx, input.demandId), volunteerId });
    return { demand: toDemand(row) };
  }

  @Authorized(FIELD_STAFF)
  @Mutation(() => DemandPayload, { description: "The accepted service has been given: ACCEPTED → DONE." })
  async completeDemand(@Arg("input", () => CompleteDemandInput, { description: "The demand and the expected version." }) input: CompleteDemandInput, @Ctx() ctx: Context): Promise<DemandPayload> {
    const row = await ctx.commands.civic.completeDemand({ demandId: await targetDemand(ctx, input.demandId), expectedVersion: input.expectedVersion });
    return { demand: toDemand(row) };
  }

  @Authorized(RESIDENTS_AND_STAFF)
  @Mutation(() => DemandPayload, { description: "The resident rates the service (评单), 1–5 with optional feedback: DONE → RATED." })
  async rateDemand(@Arg("input", () => RateDemandInput, { description: "The demand, the expected version and the rating." }) input: RateDemandInput, @Ctx() ctx: Context): Promise<DemandPayload> {
    const row = await ctx.commands.civic.rateDemand({ demandId: await targetDemand(ctx, input.demandId), expectedVersion: input.expectedVersion, rating: input.rating, feedback: input.feedback });
    return { demand: toDemand(row) };
  }

  @Authorized(RESIDENTS_AND_FIELD_STAFF)
  @Mutation(() => DemandPayload, { description: "Withdraw a demand before the service is done (取消): ORDERED, DISPATCHED or ACCEPTED → CANCELLED, with the reason." })
  async cancelDemand(@Arg("input", () => CancelDemandInput, { description: "The demand, the expected version and the reason." }) input: CancelDemandInput, @Ctx() ctx: Context): Promise<DemandPayload> {
    const row = await ctx.commands.civic.cancelDemand({ demandId: await targetDemand(ctx, input.demandId), expectedVersion: input.expectedVersion, reason: input.reason });
    return { demand: toDemand(row) };
  }
}
