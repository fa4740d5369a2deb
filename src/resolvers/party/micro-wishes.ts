import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PartyMember } from "../../schema/party/member.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import { ClaimMicroWishInput, FulfilMicroWishInput, MicroWishPayload, PostMicroWishInput, PostMicroWishPayload } from "../../schema/party/micro-wish-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { badInput } from "../common/input-validation.js";
import { gridLoader } from "../governance/loaders.js";
import { divisionLoader } from "../registry/loaders.js";
import { memberLoader } from "./loaders.js";
import { toMicroWish, toPartyMember } from "./mappers.js";

/** Checks a community code against the registry before the party centre writes it. */
export async function requireCommunity(ctx: Context, code: string, field = "input.communityCode"): Promise<void> {
  const community = await divisionLoader(ctx).load(code);
  if (community?.level !== "COMMUNITY") throw badInput(field, `Community ${code} does not exist`);
}

/** 微心愿: post, claim (认领), fulfil (兑现). */
@Resolver()
export class MicroWishMutationResolver {
  @Mutation(() => PostMicroWishPayload, { description: "A resident posts a micro-wish (发布微心愿). The community must exist in the registry and the grid, when given, at the governance centre." })
  async postMicroWish(@Arg("input", () => PostMicroWishInput, { description: "The wish to post." }) input: PostMicroWishInput, @Ctx() ctx: Context): Promise<PostMicroWishPayload> {
    await requireCommunity(ctx, input.communityCode);
    if (input.gridCode) {
      // Grids belong to the governance centre: check there before writing to the party centre.
      const grid = await gridLoader(ctx).load(input.gridCode);
      if (!grid) throw badInput("input.gridCode", `Grid ${input.gridCode} does not exist`);
    }
    const { row, replayed } = await ctx.commands.party.postMicroWish({
      communityCode: input.communityCode,
      gridCode: input.gridCode ?? null,
      residentName: input.residentName,
      residentPhone: input.residentPhone ?? null,
      title: input.title,
      description: input.description,
      idempotencyKey: input.idempotencyKey,
    });
    return { microWish: toMicroWish(row), replayed };
  }

  @Mutation(() => MicroWishPayload, {
    description: "A party member claims an open micro-wish (认领): OPEN → CLAIMED. Of members claiming at once exactly one wins; the others get CONFLICT with extensions.status.",
  })
  async claimMicroWish(@Arg("input", () => ClaimMicroWishInput, { description: "The wish and the claiming member." }) input: ClaimMicroWishInput, @Ctx() { commands }: Context): Promise<MicroWishPayload> {
    const microWishId = intKeyOf(input.microWishId, "MicroWish", "input.microWishId");
    const memberId = intKeyOf(input.memberId, "PartyMember", "input.memberId");
    return { microWish: toMicroWish(await commands.party.claimMicroWish({ microWishId, memberId })) };
  }

  @Mutation(() => MicroWishPayload, {
    description: "The member who claimed a micro-wish marks it fulfilled (兑现): CLAIMED → FULFILLED. Anyone else gets FORBIDDEN; a stale version CONFLICT with extensions.currentVersion.",
  })
  async fulfilMicroWish(@Arg("input", () => FulfilMicroWishInput, { description: "The wish, its claimer and the version seen." }) input: FulfilMicroWishInput, @Ctx() { commands }: Context): Promise<MicroWishPayload> {
    const microWishId = intKeyOf(input.microWishId, "MicroWish", "input.microWishId");
    const memberId = intKeyOf(input.memberId, "PartyMember", "input.memberId");
    return { microWish: toMicroWish(await commands.party.fulfilMicroWish({ microWishId, memberId, expectedVersion: input.expectedVersion })) };
  }
}

@Resolver(() => MicroWish)
export class MicroWishResolver {
  @FieldResolver(() => PartyMember, { nullable: true, description: "The party member who claimed the wish (认领党员); null while it is open." })
  async claimedBy(@Root() wish: MicroWish, @Ctx() ctx: Context): Promise<PartyMember | null> {
    if (wish.claimedByMemberId == null) return null;
    const row = await memberLoader(ctx).load(wish.claimedByMemberId);
    return row && toPartyMember(row);
  }
}
