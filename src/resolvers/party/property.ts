import { and, isNotNull, isNull, type SQL } from "drizzle-orm";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import { Community } from "../../schema/registry/division.js";
import { PartyMember } from "../../schema/party/member.js";
import { PartyOrganization } from "../../schema/party/organization.js";
import {
  JointMeeting,
  JointMeetingChange,
  JointMeetingChangeFilter,
  JointMeetingPayload,
  JointMeetingStatus,
  PartyBuilding,
  PropertyCompany,
  PropertyRating,
  PropertyRatingPayload,
  PropertyRatingSummary,
  RatePropertyInput,
  RecordJointMeetingOutcomeInput,
  ResidentialCompound,
  ScheduleJointMeetingInput,
  type PartyBuildingValue,
} from "../../schema/party/property.js";
import { JOINT_MEETING, PROPERTY_COMPANY, PROPERTY_RATING, RESIDENTIAL_COMPOUND } from "../../sources/party/entities.js";
import { jointMeetings, propertyCompanies, propertyRatings, residentialCompounds, type JointMeetingRow, type PropertyCompanyRow, type PropertyRatingRow, type ResidentialCompoundRow } from "../../sources/party/tables.js";
import type { Context } from "../context.js";
import { badArgument, notFound } from "../common/errors.js";
import { intKeyOf, toGlobalId } from "../common/global-id.js";
import { badInput } from "../common/input-validation.js";
import { scopePrefix } from "../common/list-args.js";
import { perParentLoader } from "../common/loaders.js";
import { nodeConnection, nodesOf } from "../common/node-lists.js";
import { lookupNode, nodeLoader, nodeType, rowsFor } from "../common/node-type.js";
import { requireOwnPlace, requireTarget, STAFF } from "../common/write-access.js";
import { divisionCodeArg } from "../common/validate.js";
import { MONTH_PATTERN } from "../analytics/periods.js";
import { AFTER, checkedAtSubscribe, entityItem, entityStream, oneOf, SharedResults, type SubscribeData } from "../live/entity-subscription.js";
import type { LiveItem } from "../live/live-service.js";
import { toOrganization, toPartyMember } from "./mappers.js";
import { PARTY_MEMBER_NODE, PARTY_ORGANIZATION_NODE } from "./node-types.js";

// 红色物业 (see schema/party/property.ts), from its rows to its lists, links, workflow and live changes.

const partyBuildingOf = (row: PropertyCompanyRow): PartyBuildingValue => (row.partyOrganizationId !== null ? "ORGANIZATION" : row.liaisonMemberId !== null ? "LIAISON" : "NONE");

export const PROPERTY_COMPANY_NODE = nodeType({
  entity: PROPERTY_COMPANY,
  toNode: (row) => Object.assign(new PropertyCompany(), row, { id: toGlobalId(PROPERTY_COMPANY.name, row.id), rowId: row.id, partyBuilding: partyBuildingOf(row) }),
});
export const RESIDENTIAL_COMPOUND_NODE = nodeType({
  entity: RESIDENTIAL_COMPOUND,
  toNode: (row: ResidentialCompoundRow) => Object.assign(new ResidentialCompound(), row, { id: toGlobalId(RESIDENTIAL_COMPOUND.name, row.id), rowId: row.id }),
});
export const PROPERTY_RATING_NODE = nodeType({
  entity: PROPERTY_RATING,
  toNode: (row: PropertyRatingRow) => Object.assign(new PropertyRating(), row, { id: toGlobalId(PROPERTY_RATING.name, row.id) }),
});
export const JOINT_MEETING_NODE = nodeType({
  entity: JOINT_MEETING,
  toNode: (row: JointMeetingRow) => Object.assign(new JointMeeting(), row, { id: toGlobalId(JOINT_MEETING.name, row.id) }),
});

const toCompany = PROPERTY_COMPANY_NODE.toNode;
const toCompound = RESIDENTIAL_COMPOUND_NODE.toNode;
const toRating = PROPERTY_RATING_NODE.toNode;
const toMeeting = JOINT_MEETING_NODE.toNode;

const PropertyCompanyConnection = Connection(PropertyCompany, "PropertyCompany", "A page of property service companies (物业服务企业列表).");
const ResidentialCompoundConnection = Connection(ResidentialCompound, "ResidentialCompound", "A page of residential compounds (小区列表).");
const PropertyRatingConnection = Connection(PropertyRating, "PropertyRating", "A page of property-service ratings (物业服务评价列表).");
const JointMeetingConnection = Connection(JointMeeting, "JointMeeting", "A page of 三方联动 meetings (三方联动会议列表).");

/** The companies whose party building is each value. */
const PARTY_BUILDING: Record<PartyBuildingValue, SQL | undefined> = {
  ORGANIZATION: isNotNull(propertyCompanies.partyOrganizationId),
  LIAISON: and(isNull(propertyCompanies.partyOrganizationId), isNotNull(propertyCompanies.liaisonMemberId)),
  NONE: and(isNull(propertyCompanies.partyOrganizationId), isNull(propertyCompanies.liaisonMemberId)),
};

/** Fewer ratings than this and a summary shows only how many there are: a mean of two tells each resident's score. */
const MIN_RATINGS_SHOWN = 5;

/** The summary of a score distribution (score → how many gave it). */
function ratingSummary(scores: ReadonlyMap<number, number>): PropertyRatingSummary {
  let count = 0;
  let total = 0;
  let satisfied = 0;
  for (const [score, n] of scores) {
    count += n;
    total += score * n;
    if (score >= 4) satisfied += n;
  }
  const summary = Object.assign(new PropertyRatingSummary(), { count, meanScore: null, satisfiedShare: null, withheldReason: null });
  if (count === 0) return Object.assign(summary, { withheldReason: "No ratings yet" });
  if (count < MIN_RATINGS_SHOWN) return Object.assign(summary, { withheldReason: `Fewer than ${MIN_RATINGS_SHOWN} ratings: the figures could tell a resident's score` });
  return Object.assign(summary, { meanScore: Math.round((total / count) * 100) / 100, satisfiedShare: Math.round((satisfied / count) * 1000) / 1000 });
}

/** The rating summary of a compound or a company, one statement for every parent of the request. */
async function summaryOf(ctx: Context, by: "compoundId" | "companyId", key: number, month: string | null): Promise<PropertyRatingSummary> {
  const column = by === "compoundId" ? propertyRatings.compoundId : propertyRatings.companyId;
  const filter = month ? { match: { month: [month] } } : {};
  const loader = perParentLoader(ctx.loaders, `ratingsBy:${by}`, month, (keys: readonly number[]) => rowsFor(ctx, PROPERTY_RATING).distribution<typeof propertyRatings, number, number>(PROPERTY_RATING, column, keys, propertyRatings.score, filter), new Map<number, number>());
  return ratingSummary(await loader.load(key));
}

const monthArg = (month: string | null | undefined): string | null => {
  if (month == null) return null;
  if (!MONTH_PATTERN.test(month)) throw badArgument("month", "`month` must be a month as YYYY-MM");
  return month;
};

const MONTH = { nullable: true, description: "Only ratings of this month (YYYY-MM, local time); every month when omitted." } as const;

/** 红色物业: property companies, compounds, ratings and 三方联动 meetings. */
@Resolver()
export class PropertyListResolver {
  @Query(() => PropertyCompanyConnection, { description: "Property service companies registered in a jurisdiction (物业服务企业), by how party building reaches them." })
  propertyCompanies(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only companies registered in this city or street; all when omitted." }) scope: DivisionScope | null,
    @Arg("partyBuilding", () => PartyBuilding, { nullable: true, description: "Only companies whose party building is this." }) partyBuilding: PartyBuildingValue | null,
    @Ctx() ctx: Context,
  ) {
    const prefix = scopePrefix(scope);
    return nodeConnection(ctx, PROPERTY_COMPANY_NODE, { ...(prefix && { inside: prefix }), where: partyBuilding ? PARTY_BUILDING[partyBuilding] : undefined }, propertyCompanies.id, { first, after, direction: "ASC" });
  }

  @Query(() => ResidentialCompoundConnection, { description: "Residential compounds in a jurisdiction (小区)." })
  residentialCompounds(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only compounds of this city, street, community or grid; all when omitted." }) scope: DivisionScope | null,
    @Arg("unmanaged", () => Boolean, { nullable: true, description: "true: only compounds without a property company (无物业小区); false: only those with one." }) unmanaged: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const prefix = scopePrefix(scope);
    const managed = unmanaged == null ? undefined : unmanaged ? isNull(residentialCompounds.companyId) : isNotNull(residentialCompounds.companyId);
    return nodeConnection(ctx, RESIDENTIAL_COMPOUND_NODE, { ...(prefix && { inside: prefix }), where: managed }, residentialCompounds.id, { first, after, direction: "ASC" });
  }

  @Query(() => JointMeetingConnection, { description: "三方联动 meetings in a jurisdiction, latest first: held ones for everyone, the rest for the community's staff." })
  jointMeetings(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only meetings of this city, street or community; all when omitted." }) scope: DivisionScope | null,
    @Arg("statuses", () => [JointMeetingStatus], { nullable: true, description: "Only meetings in one of these states." }) statuses: JointMeetingRow["status"][] | null,
    @Ctx() ctx: Context,
  ) {
    const prefix = scopePrefix(scope);
    return nodeConnection(ctx, JOINT_MEETING_NODE, { ...(prefix && { inside: prefix }), ...(statuses?.length && { match: { status: statuses } }) }, jointMeetings.heldAt, { first, after, direction: "DESC" });
  }

  @Query(() => PropertyRatingConnection, { description: "The ratings of one compound, latest first (物业服务评价): a resident sees their own, the community's staff all." })
  propertyRatings(
    @Arg("compoundId", () => ID, { description: "The compound (a ResidentialCompound id)." }) compoundId: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const compound = intKeyOf(compoundId, RESIDENTIAL_COMPOUND, "compoundId");
    return nodeConnection(ctx, PROPERTY_RATING_NODE, { match: { compoundId: [compound] } }, propertyRatings.ratedAt, { first, after, direction: "DESC" });
  }

  @Authorized(STAFF)
  @Mutation(() => JointMeetingPayload, {
    description: "Schedule a 三方联动 meeting on a compound of the caller's jurisdiction (安排三方联动会议): SCHEDULED, with the company that manages the compound now. A compound without a property company is refused.",
  })
  async scheduleJointMeeting(@Arg("input", () => ScheduleJointMeetingInput, { description: "The meeting to schedule." }) input: ScheduleJointMeetingInput, @Ctx() ctx: Context): Promise<JointMeetingPayload> {
    const compoundId = intKeyOf(input.compoundId, RESIDENTIAL_COMPOUND, "input.compoundId");
    const compound = (await lookupNode(ctx, RESIDENTIAL_COMPOUND_NODE, String(compoundId))) as ResidentialCompound | null;
    if (!compound) throw notFound(`ResidentialCompound ${compoundId}`);
    requireOwnPlace(ctx, "DELIBERATIONS", compound.gridCode ?? compound.communityCode, "input.compoundId");
    const row = await ctx.commands.party.scheduleJointMeeting({ compoundId, topic: input.topic, heldAt: input.heldAt });
    return { jointMeeting: toMeeting(row) };
  }

  @Authorized(STAFF)
  @Mutation(() => JointMeetingPayload, {
    description:
      "Record a 三方联动 meeting's outcome (记录三方联动结果): SCHEDULED → HELD, with the sides that came (the community and at least one other) and what they agreed, or SCHEDULED → CANCELLED. Another step is refused with CONFLICT listing extensions.allowedActions; a stale version with CONFLICT and extensions.currentVersion.",
  })
  async recordJointMeetingOutcome(@Arg("input", () => RecordJointMeetingOutcomeInput, { description: "The outcome and the version it applies to." }) input: RecordJointMeetingOutcomeInput, @Ctx() ctx: Context): Promise<JointMeetingPayload> {
    const meetingId = intKeyOf(input.meetingId, JOINT_MEETING, "input.meetingId");
    if (input.status === "HELD" && (!input.partiesPresent.includes("COMMUNITY") || input.partiesPresent.length < 2)) {
      throw badInput("input.partiesPresent", "A held 三方联动 meeting had the community and at least one other side");
    }
    if (input.status === "CANCELLED" && (input.partiesPresent.length > 0 || input.resolutions.length > 0)) {
      throw badInput(input.partiesPresent.length > 0 ? "input.partiesPresent" : "input.resolutions", "A cancelled meeting has no sides present and no resolutions");
    }
    await requireTarget(ctx, JOINT_MEETING_NODE, meetingId);
    const row = await ctx.commands.party.recordJointMeetingOutcome({ ...input, meetingId });
    return { jointMeeting: toMeeting(row) };
  }

  @Authorized(["resident"])
  @Mutation(() => PropertyRatingPayload, { description: "Rate a compound's property service this month (物业服务评价): one rating per resident, compound and month, a later one replacing the earlier." })
  async rateProperty(@Arg("input", () => RatePropertyInput, { description: "The compound and the score." }) input: RatePropertyInput, @Ctx() ctx: Context): Promise<PropertyRatingPayload> {
    const compoundId = intKeyOf(input.compoundId, RESIDENTIAL_COMPOUND, "input.compoundId");
    const ownerSubject = ctx.identity.subject;
    if (!ownerSubject) throw badInput("input", "A rating needs a resident's token with a subject");
    const row = await ctx.commands.party.rateProperty({ compoundId, ownerSubject, score: input.score, comment: input.comment ?? null });
    return { rating: toRating(row) };
  }

  @SharedResults()
  @Subscription(() => JointMeetingChange, {
    description: "Changes of 三方联动 meetings matching the filter (三方联动变更).",
    subscribe: ({ args, context }: SubscribeData<{ filter?: JointMeetingChangeFilter | null; after?: string | null }>) => {
      const prefix = args.filter?.divisionCode ? divisionCodeArg(args.filter.divisionCode, "filter.divisionCode", [9, 12]) : "";
      return entityStream(context, JOINT_MEETING, args.after, (change) => (change.communityCode ?? "").startsWith(prefix), oneOf(args.filter?.statuses, (n) => (n as JointMeeting).status));
    },
  })
  jointMeetingChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("filter", () => JointMeetingChangeFilter, { nullable: true, validateFn: checkedAtSubscribe, description: "Which changes to receive; all when omitted." }) _filter: JointMeetingChangeFilter | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }
}

@Resolver(() => PropertyCompany)
export class PropertyCompanyResolver {
  @FieldResolver(() => [ResidentialCompound], { description: "The compounds it manages (在管小区)." })
  compounds(@Root() company: PropertyCompany, @Ctx() ctx: Context) {
    return nodesOf(ctx, RESIDENTIAL_COMPOUND_NODE, residentialCompounds.companyId, company.rowId, [residentialCompounds.id]);
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: "Its own party organisation, when it has one the caller may see." })
  async partyOrganization(@Root() company: PropertyCompany, @Ctx() ctx: Context) {
    const row = company.partyOrganizationId === null ? null : await nodeLoader(ctx, PARTY_ORGANIZATION_NODE).load(company.partyOrganizationId);
    return row && toOrganization(row);
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: "The party-building liaison (党建联络员) the community appointed, when the caller may see them." })
  async liaison(@Root() company: PropertyCompany, @Ctx() ctx: Context) {
    const row = company.liaisonMemberId === null ? null : await nodeLoader(ctx, PARTY_MEMBER_NODE).load(company.liaisonMemberId);
    return row && toPartyMember(row);
  }

  @FieldResolver(() => PropertyRatingSummary, { description: "Residents' ratings of its service, over every compound it managed when rated." })
  ratings(@Root() company: PropertyCompany, @Arg("month", () => String, MONTH) month: string | null, @Ctx() ctx: Context) {
    return summaryOf(ctx, "companyId", company.rowId, monthArg(month));
  }
}

@Resolver(() => ResidentialCompound)
export class ResidentialCompoundResolver {
  @FieldResolver(() => PropertyCompany, { nullable: true, description: "The property company managing it; null for a compound without one (无物业小区)." })
  async company(@Root() compound: ResidentialCompound, @Ctx() ctx: Context) {
    const row = compound.companyId === null ? null : await nodeLoader(ctx, PROPERTY_COMPANY_NODE).load(compound.companyId);
    return row && toCompany(row);
  }

  @FieldResolver(() => PropertyRatingSummary, { description: "Residents' ratings of its property service." })
  ratings(@Root() compound: ResidentialCompound, @Arg("month", () => String, MONTH) month: string | null, @Ctx() ctx: Context) {
    return summaryOf(ctx, "compoundId", compound.rowId, monthArg(month));
  }

  @FieldResolver(() => [JointMeeting], { description: "Its 三方联动 meetings the caller may see, in the order they are held." })
  jointMeetings(@Root() compound: ResidentialCompound, @Ctx() ctx: Context) {
    return nodesOf(ctx, JOINT_MEETING_NODE, jointMeetings.compoundId, compound.rowId, [jointMeetings.heldAt, jointMeetings.id]);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @FieldResolver(() => ResidentialCompound, { nullable: true, description: "The compound it is about." })
  async compound(@Root() meeting: JointMeeting, @Ctx() ctx: Context) {
    const row = await nodeLoader(ctx, RESIDENTIAL_COMPOUND_NODE).load(meeting.compoundId);
    return row && toCompound(row);
  }

  @FieldResolver(() => PropertyCompany, { nullable: true, description: "The property company that managed the compound when the meeting was scheduled." })
  async company(@Root() meeting: JointMeeting, @Ctx() ctx: Context) {
    const row = meeting.companyId === null ? null : await nodeLoader(ctx, PROPERTY_COMPANY_NODE).load(meeting.companyId);
    return row && toCompany(row);
  }
}

@Resolver(() => Community)
export class CommunityCompoundsResolver {
  @FieldResolver(() => [ResidentialCompound], { description: "Its residential compounds (小区), from the party centre." })
  residentialCompounds(@Root() community: Community, @Ctx() ctx: Context) {
    return nodesOf(ctx, RESIDENTIAL_COMPOUND_NODE, residentialCompounds.communityCode, community.code, [residentialCompounds.id]);
  }
}
