import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import { Venue } from "../../schema/party/facilities.js";
import { MemberKind, PartyMember } from "../../schema/party/member.js";
import type { PartyMemberRow } from "../../sources/party/tables.js";
import type { Context } from "../context.js";
import { idCursor, toConnection } from "../common/connection.js";
import { listPage, scopePrefix } from "../common/list-args.js";
import { toPartyMember, toVenue } from "./mappers.js";

const PartyMemberConnection = Connection(PartyMember, "PartyMember", "A page of party members (党员列表).");
const VenueConnection = Connection(Venue, "Venue", "A page of venues (阵地列表).");

/** Lists owned by the Party-mass Service Centre. */
@Resolver()
export class PartyListResolver {
  @Query(() => PartyMemberConnection, { description: "Party members in a jurisdiction, optionally of one kind (党员)." })
  async partyMembers(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true }) scope: DivisionScope | null,
    @Arg("kind", () => MemberKind, { nullable: true, description: "Only members of this kind." }) kind: PartyMemberRow["kind"] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), kind: kind ?? undefined };
    const page = await reads.party.members(filter, listPage(first, after, "ASC"));
    return toConnection(page, toPartyMember, idCursor, () => reads.party.countMembers(filter));
  }

  @Query(() => VenueConnection, { description: "Bookable venues of the party-mass service complexes in a jurisdiction (阵地)." })
  async venues(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.party.venues(filter, listPage(first, after, "ASC"));
    return toConnection(page, toVenue, idCursor, () => reads.party.countVenues(filter));
  }
}
