import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { PartyMember } from "../../schema/party/member.js";
import { ClaimServicePostInput, ClaimServicePostPayload, OpenServicePostInput, ServicePost, ServicePostClaim, ServicePostFilter, ServicePostPayload } from "../../schema/party/service-post.js";
import { Community } from "../../schema/registry/division.js";
import type { Context } from "../context.js";
import { encodeCursor, toConnection } from "../common/connection.js";
import { intKeyOf } from "../common/global-id.js";
import { perParentLoader, rowsOf } from "../common/loaders.js";
import { listPage } from "../common/list-args.js";
import { divisionCodeArg } from "../common/validate.js";
import { divisionLoader } from "../registry/loaders.js";
import { toCommunity } from "../registry/mappers.js";
import { memberLoader } from "./loaders.js";
import { toPartyMember, toServicePost, toServicePostClaim } from "./mappers.js";
import { requireCommunity } from "../common/places.js";
import { requirePerson, requireTarget, STAFF } from "../common/write-access.js";
import { SERVICE_POST_NODE } from "./node-types.js";
import { PARTY_MEMBER, SERVICE_POST } from "../../sources/party/entities.js";

const ServicePostConnection = Connection(ServicePost, "ServicePost", "A page of service posts (岗位列表).");

/** 按需设岗 and 认领岗位. */
@Resolver(() => ServicePost)
export class ServicePostResolver {
  @Query(() => ServicePostConnection, { description: "Service posts (按需设岗) in a jurisdiction, optionally of one state, newest first." })
  async servicePosts(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => ServicePostFilter, { nullable: true, description: "Jurisdiction and state to list." }) filterInput: ServicePostFilter | null, @Ctx() { reads }: Context) {
    const filter = {
      codePrefix: filterInput?.divisionCode ? divisionCodeArg(filterInput.divisionCode, "filter.divisionCode", [6, 9, 12]) : undefined,
      status: filterInput?.status ?? undefined,
    };
    const page = await reads.party.servicePosts(filter, listPage(first, after, "DESC"));
    return toConnection(page, toServicePost, (r) => encodeCursor(r.createdAt, r.id), () => reads.party.countServicePosts(filter));
  }

  @Authorized(STAFF)
  @Mutation(() => ServicePostPayload, { description: "A community opens a service post (按需设岗) for in-service party members to claim, in the caller's jurisdiction. The community must exist in the registry." })
  async openServicePost(@Arg("input", () => OpenServicePostInput, { description: "The post to open." }) input: OpenServicePostInput, @Ctx() ctx: Context): Promise<ServicePostPayload> {
    await requireCommunity(ctx, "SERVICE_POSTS", input.communityCode);
    const row = await ctx.commands.party.openServicePost({ communityCode: input.communityCode, title: input.title, description: input.description, capacity: input.capacity, skillsWanted: input.skillsWanted });
    return { post: toServicePost(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => ClaimServicePostPayload, {
    description:
      "An in-service party member (在职党员) claims a place on an open service post (认领岗位). Claims never exceed the capacity, however many arrive at once; the post becomes FILLED when the last place goes. A second claim by the same member is refused with CONFLICT.",
  })
  async claimServicePost(@Arg("input", () => ClaimServicePostInput, { description: "The post and the claiming member." }) input: ClaimServicePostInput, @Ctx() ctx: Context): Promise<ClaimServicePostPayload> {
    const postId = intKeyOf(input.postId, SERVICE_POST, "input.postId");
    const memberId = intKeyOf(input.memberId, PARTY_MEMBER, "input.memberId");
    await requireTarget<ServicePost>(ctx, SERVICE_POST_NODE, postId);
    await requirePerson(ctx, "PartyMember", memberId);
    const { post, claim } = await ctx.commands.party.claimServicePost({ postId, memberId });
    return { post: toServicePost(post), claim: toServicePostClaim(claim) };
  }

  @FieldResolver(() => Community, { nullable: true, description: "The community that opened the post, from the registry." })
  async community(@Root() post: ServicePost, @Ctx() ctx: Context): Promise<Community | null> {
    const row = await divisionLoader(ctx).load(post.communityCode);
    return row?.level === "COMMUNITY" ? toCommunity(row) : null;
  }

  @FieldResolver(() => [ServicePostClaim], { description: "Claims on the post (认领情况), earliest first." })
  claims(@Root() post: ServicePost, @Ctx() { loaders, reads }: Context): Promise<ServicePostClaim[]> {
    return rowsOf(loaders, "claimsByPost", post.rowId, (ids: readonly number[]) => reads.party.claimsByPost(ids), (r) => r.postId, toServicePostClaim);
  }

  @FieldResolver(() => Int, { description: "Number of places claimed (已认领数)." })
  claimedCount(@Root() post: ServicePost, @Ctx() { loaders, reads }: Context): Promise<number> {
    return perParentLoader(loaders, "claimCountsByPost", null, (ids: readonly number[]) => reads.party.countClaimsByPost(ids), 0).load(post.rowId);
  }
}

@Resolver(() => ServicePostClaim)
export class ServicePostClaimResolver {
  @FieldResolver(() => PartyMember, { nullable: true, description: "The member who claimed the place; null when the caller may not see party members there." })
  async member(@Root() claim: ServicePostClaim, @Ctx() ctx: Context): Promise<PartyMember | null> {
    const row = await memberLoader(ctx).load(claim.memberId);
    return row && toPartyMember(row);
  }
}
