import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { AcceptDemandInput, CancelDemandInput, CompleteDemandInput, DemandPayload, DispatchDemandInput, PlaceDemandInput, PlaceDemandPayload, RateDemandInput } from "../../schema/civic/demand-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requirePlace } from "../common/places.js";
import { toDemand } from "./mappers.js";

const demandKey = (id: string) => intKeyOf(id, "Demand", "input.demandId");

/** The 点单 → 派单 → 接单 → 评单 workflow's writes. */
@Resolver()
export class DemandMutationResolver {
  @Mutation(() => PlaceDemandPayload, { description: "A resident orders a volunteer service (点单). The community must exist in the registry and the grid, when given, in the governance centre." })
  async placeDemand(@Arg("input", () => PlaceDemandInput, { description: "The order." }) input: PlaceDemandInput, @Ctx() ctx: Context): Promise<PlaceDemandPayload> {
    await requirePlace(ctx, input);
    const { row, replayed } = await ctx.commands.civic.placeDemand(input);
    return { demand: toDemand(row), replayed };
  }

  @Mutation(() => DemandPayload, { description: "Dispatch an ordered demand to a volunteer team (派单): ORDERED → DISPATCHED. CONFLICT when the demand is in another state (extensions.allowedActions) or the version is stale (extensions.currentVersion)." })
  async dispatchDemand(@Arg("input", () => DispatchDemandInput, { description: "The demand, the team and the expected version." }) input: DispatchDemandInput, @Ctx() { commands }: Context): Promise<DemandPayload> {
    const row = await commands.civic.dispatchDemand({ demandId: demandKey(input.demandId), teamId: intKeyOf(input.teamId, "VolunteerTeam", "input.teamId"), expectedVersion: input.expectedVersion });
    return { demand: toDemand(row) };
  }

  @Mutation(() => DemandPayload, {
    description: "A volunteer of the dispatched team takes the demand (接单): DISPATCHED → ACCEPTED. First come, first served: when several volunteers race, one wins and the others get CONFLICT naming the current status.",
  })
  async acceptDemand(@Arg("input", () => AcceptDemandInput, { description: "The demand and the volunteer." }) input: AcceptDemandInput, @Ctx() { commands }: Context): Promise<DemandPayload> {
    const row = await commands.civic.acceptDemand({ demandId: demandKey(input.demandId), volunteerId: intKeyOf(input.volunteerId, "Volunteer", "input.volunteerId") });
    return { demand: toDemand(row) };
  }

  @Mutation(() => DemandPayload, { description: "The accepted service has been given: ACCEPTED → DONE." })
  async completeDemand(@Arg("input", () => CompleteDemandInput, { description: "The demand and the expected version." }) input: CompleteDemandInput, @Ctx() { commands }: Context): Promise<DemandPayload> {
    const row = await commands.civic.completeDemand({ demandId: demandKey(input.demandId), expectedVersion: input.expectedVersion });
    return { demand: toDemand(row) };
  }

  @Mutation(() => DemandPayload, { description: "The resident rates the service (评单), 1–5 with optional feedback: DONE → RATED." })
  async rateDemand(@Arg("input", () => RateDemandInput, { description: "The demand, the expected version and the rating." }) input: RateDemandInput, @Ctx() { commands }: Context): Promise<DemandPayload> {
    const row = await commands.civic.rateDemand({ demandId: demandKey(input.demandId), expectedVersion: input.expectedVersion, rating: input.rating, feedback: input.feedback });
    return { demand: toDemand(row) };
  }

  @Mutation(() => DemandPayload, { description: "Withdraw a demand before the service is done (取消): ORDERED, DISPATCHED or ACCEPTED → CANCELLED, with the reason." })
  async cancelDemand(@Arg("input", () => CancelDemandInput, { description: "The demand, the expected version and the reason." }) input: CancelDemandInput, @Ctx() { commands }: Context): Promise<DemandPayload> {
    const row = await commands.civic.cancelDemand({ demandId: demandKey(input.demandId), expectedVersion: input.expectedVersion, reason: input.reason });
    return { demand: toDemand(row) };
  }
}
