import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { PartyMember } from "../../schema/party/member.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import { ClaimMicroWishInput, FulfilMicroWishInput, MicroWishPayload, PostMicroWishInput, PostMicroWishPayload } from "../../schema/party/micro-wish-inputs.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { requirePlace } from "../common/places.js";
import { memberLoader } from "./loaders.js";
import { toMicroWish, toPartyMember } from "./mappers.js";
import { FIELD_STAFF, ownerOf, requirePerson, requireTarget, resendKey, RESIDENTS_AND_FIELD_STAFF } from "../common/write-access.js";
import { MICRO_WISH_NODE } from "./node-types.js";
import { MICRO_WISH, PARTY_MEMBER } from "../../sources/party/entities.js";

/** The wish a write targets, inside the caller's reach (else NOT_FOUND, as if missing). */
async function targetWish(ctx: Context, id: string): Promise<number> {
  const microWishId = intKeyOf(id, MICRO_WISH, "input.microWishId");
  await requireTarget<MicroWish>(ctx, MICRO_WISH_NODE, microWishId);
  return microWishId;
}

/** 微心愿: post, claim (认领), fulfil (兑现). */
@Resolver()
export class MicroWishMutationResolver {
  @Authorized(RESIDENTS_AND_FIELD_STAFF)
  @Mutation(() => PostMicroWishPayload, {
    description: "A resident posts a micro-wish (发布微心愿), for themselves or through staff of the place. The community must exist in the registry and the grid, when given, at the governance centre.",
  })
  async postMicroWish(@Arg("input", () => PostMicroWishInput, { description: "The wish to post." }) input: PostMicroWishInput, @Ctx() ctx: Context): Promise<PostMicroWishPayload> {
    await requirePlace(ctx, "MICRO_WISHES", input);
    const { row, replayed } = await ctx.commands.party.postMicroWish({
      communityCode: input.communityCode,
      gridCode: input.gridCode ?? null,
      residentName: input.residentName,
      residentPhone: input.residentPhone ?? null,
      title: input.title,
      description: input.description,
      ownerSubject: ownerOf(ctx),
      idempotencyKey: resendKey(ctx, input.idempotencyKey),
    });
    return { microWish: toMicroWish(row), replayed };
  }

  @Authorized(FIELD_STAFF)
  @Mutation(() => MicroWishPayload, {
    description: "A party member claims an open micro-wish (认领): OPEN → CLAIMED. Of members claiming at once exactly one wins; the others get CONFLICT with extensions.status.",
  })
  async claimMicroWish(@Arg("input", () => ClaimMicroWishInput, { description: "The wish and the claiming member." }) input: ClaimMicroWishInput, @Ctx() ctx: Context): Promise<MicroWishPayload> {
    const memberId = intKeyOf(input.memberId, PARTY_MEMBER, "input.memberId");
    const microWishId = await targetWish(ctx, input.microWishId);
    await requirePerson(ctx, "PartyMember", memberId);
    return { microWish: toMicroWish(await ctx.commands.party.claimMicroWish({ microWishId, memberId })) };
  }

  @Authorized(FIELD_STAFF)
  @Mutation(() => MicroWishPayload, {
    description: "The member who claimed a micro-wish marks it fulfilled (兑现): CLAIMED → FULFILLED. Anyone else gets FORBIDDEN; a stale version CONFLICT with extensions.currentVersion.",
  })
  async fulfilMicroWish(@Arg("input", () => FulfilMicroWishInput, { description: "The wish, its claimer and the version seen." }) input: FulfilMicroWishInput, @Ctx() ctx: Context): Promise<MicroWishPayload> {
    const memberId = intKeyOf(input.memberId, PARTY_MEMBER, "input.memberId");
    const microWishId = await targetWish(ctx, input.microWishId);
    await requirePerson(ctx, "PartyMember", memberId);
    return { microWish: toMicroWish(await ctx.commands.party.fulfilMicroWish({ microWishId, memberId, expectedVersion: input.expectedVersion })) };
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
