import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import { Venue } from "../../schema/party/facilities.js";
import { MemberKind, PartyMember } from "../../schema/party/member.js";
import type { PartyMemberRow } from "../../sources/party/tables.js";
import type { Context } from "../context.js";
import { idCursor, toConnection } from "../common/connection.js";
import { listPage, scopePrefix } from "../common/list-args.js";
import { toDeliberation, toOrganization, toPartyMember, toVenue } from "./mappers.js";
import { Deliberation, OrganizationKind, PartyOrganization } from "../../schema/party/organization.js";
import type { PartyOrganizationRow } from "../../sources/party/tables.js";
import { encodeCursor } from "../common/cursor.js";
import { rowsOf } from "../common/loaders.js";

const PartyMemberConnection = Connection(PartyMember, "PartyMember", "A page of party members (党员列表).");
const OrganizationConnection = Connection(PartyOrganization, "PartyOrganization", "A page of party organisations (党组织列表).");
const DeliberationConnection = Connection(Deliberation, "Deliberation", "A page of deliberations (议事协商列表).");
const VenueConnection = Connection(Venue, "Venue", "A page of venues (阵地列表).");

/** Lists owned by the Party-mass Service Centre. */
@Resolver()
export class PartyListResolver {
  @Query(() => PartyMemberConnection, { description: "Party members in a jurisdiction, optionally of one kind (党员)." })
  async partyMembers(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null,
    @Arg("kind", () => MemberKind, { nullable: true, description: "Only members of this kind." }) kind: PartyMemberRow["kind"] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), kind: kind ?? undefined };
    const page = await reads.party.members(filter, listPage(first, after, "ASC"));
    return toConnection(page, toPartyMember, idCursor, () => reads.party.countMembers(filter));
  }

  @Query(() => VenueConnection, { description: "Bookable venues of the party-mass service complexes in a jurisdiction (阵地)." })
  async venues(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.party.venues(filter, listPage(first, after, "ASC"));
    return toConnection(page, toVenue, idCursor, () => reads.party.countVenues(filter));
  }

  @Query(() => OrganizationConnection, { description: "Party organisations in a jurisdiction, optionally of some kinds (党组织)." })
  async partyOrganizations(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null,
    @Arg("kinds", () => [OrganizationKind], { nullable: true, description: "Only these kinds." }) kinds: PartyOrganizationRow["kind"][] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), kinds: kinds ?? undefined };
    const page = await reads.party.organizations(filter, listPage(first, after, "ASC"));
    return toConnection(page, toOrganization, idCursor, () => reads.party.countOrganizations(filter));
  }

  @Query(() => DeliberationConnection, { description: "Community deliberations, latest first (议事协商)." })
  async deliberations(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null, @Ctx() { reads }: Context) {
    const filter = { codePrefix: scopePrefix(scope) };
    const page = await reads.party.deliberations(filter, listPage(first, after, "DESC"));
    return toConnection(page, toDeliberation, (r) => encodeCursor(r.heldAt, r.id), () => reads.party.countDeliberations(filter));
  }
}

/** The organisation tree. */
@Resolver(() => PartyOrganization)
export class PartyOrganizationResolver {
  @FieldResolver(() => [PartyOrganization], { description: "Organisations directly under this one (下级组织)." })
  async children(@Root() org: PartyOrganization, @Ctx() { loaders, reads }: Context): Promise<PartyOrganization[]> {
    return rowsOf(loaders, "orgsByParent", org.rowId, (ids: readonly number[]) => reads.party.organizationsByParent(ids), (r) => r.parentId ?? 0, toOrganization);
  }
}
