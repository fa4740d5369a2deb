import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, Max, Min } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { jointMeetingLifecycle, type JointMeetingOutcome as JointMeetingOutcomeValue } from "../../sources/party/lifecycles.js";
import { jointMeetingStatus, type JointMeetingRow, type PropertyCompanyRow, type PropertyRatingRow, type ResidentialCompoundRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { FreeText } from "../common/person-name.js";
import { DivisionCode, InFuture, Text } from "../common/validation.js";
import { EntityChange } from "../live/changes.js";

// 红色物业: property service companies, the compounds they manage, residents' ratings of the
// service, and the 三方联动 meetings of community, company and owners' committee.

export const PartyBuilding = graphqlEnum("PartyBuilding", ["ORGANIZATION", "LIAISON", "NONE"] as const, "How party building reaches a property company (红色物业).", {
  ORGANIZATION: "It has its own party organisation (物业企业党组织).",
  LIAISON: "It has no party organisation; the community appointed a party-building liaison (党建联络员).",
  NONE: "Neither yet.",
});
export type PartyBuildingValue = keyof typeof PartyBuilding;

export const MeetingParty = graphqlEnum("MeetingParty", ["COMMUNITY", "PROPERTY_COMPANY", "OWNERS_COMMITTEE"] as const, "A side of a 三方联动 meeting.", {
  COMMUNITY: "The community's party organisation and residents' committee (社区).",
  PROPERTY_COMPANY: "The property service company (物业服务企业).",
  OWNERS_COMMITTEE: "The owners' committee (业主委员会), or owners' representatives where there is none.",
});
export type MeetingPartyValue = keyof typeof MeetingParty;

export const JointMeetingStatus = graphqlEnum("JointMeetingStatus", jointMeetingStatus.enumValues, "State of a 三方联动 meeting.", {
  SCHEDULED: "Scheduled (已安排).",
  HELD: "Held, its outcome recorded (已召开); public from then on.",
  CANCELLED: "Called off (已取消).",
});

export const JointMeetingOutcome = graphqlEnum("JointMeetingOutcome", jointMeetingLifecycle.actions, "What a meeting's record says happened.", {
  HELD: "It was held (已召开): from SCHEDULED.",
  CANCELLED: "It was called off (已取消): from SCHEDULED.",
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "A property service company (物业服务企业) and its party building (红色物业)." })
export class PropertyCompany extends Node {
  @Field(() => String, { description: "Name (企业名称)." })
  name!: PropertyCompanyRow["name"];

  @Field(() => String, { description: "Unified social credit code (统一社会信用代码), 18 characters." })
  creditCode!: PropertyCompanyRow["creditCode"];

  @Field(() => String, { description: "Code of the street it is registered in, as the division registry has it (12 digits, ending in 000)." })
  streetCode!: PropertyCompanyRow["streetCode"];

  @Field(() => String, { nullable: true, description: "Service phone (服务电话)." })
  phone!: PropertyCompanyRow["phone"];

  @Field(() => PartyBuilding, { description: "How party building reaches it: its own party organisation, a liaison, or neither." })
  partyBuilding!: PartyBuildingValue;

  partyOrganizationId!: PropertyCompanyRow["partyOrganizationId"];
  liaisonMemberId!: PropertyCompanyRow["liaisonMemberId"];
  rowId!: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A residential compound (小区) and who manages it." })
export class ResidentialCompound extends Node {
  @Field(() => String, { description: "Name (小区名称)." })
  name!: ResidentialCompoundRow["name"];

  @Field(() => String, { description: "Code of the community (12 digits)." })
  communityCode!: ResidentialCompoundRow["communityCode"];

  @Field(() => String, { nullable: true, description: "Code of the grid it lies in (15 digits), when one grid holds it." })
  gridCode!: ResidentialCompoundRow["gridCode"];

  @Field(() => String, { description: "Address (地址)." })
  address!: ResidentialCompoundRow["address"];

  @Field(() => Int, { description: "Households (户数)." })
  households!: ResidentialCompoundRow["households"];

  @Field(() => Int, { nullable: true, description: "Year built (建成年份); older compounds are candidates for renovation (老旧小区改造)." })
  builtYear!: ResidentialCompoundRow["builtYear"];

  @Field(() => Boolean, { description: "Whether the owners have elected an owners' committee (业主委员会)." })
  ownersCommittee!: ResidentialCompoundRow["ownersCommittee"];

  companyId!: ResidentialCompoundRow["companyId"];
  rowId!: number;
}

@ObjectType({ simpleResolvers: true, description: "Residents' ratings of a property service (物业服务满意度). Figures from fewer than five ratings are withheld, so no resident's score can be told." })
export class PropertyRatingSummary {
  @Field(() => Int, { description: "Ratings given (评价数)." })
  count!: number;

  @Field(() => Float, { nullable: true, description: "Mean score, 1 to 5 (平均分); null when withheld." })
  meanScore!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of ratings of 4 or 5 (满意率), 0 to 1; null when withheld." })
  satisfiedShare!: number | null;

  @Field(() => String, { nullable: true, description: "Why the figures are withheld, when they are." })
  withheldReason!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "One resident's rating of a compound's property service in one month (物业服务评价); seen by the resident and the community's staff." })
export class PropertyRating extends Node {
  @Field(() => String, { description: "The month rated, local time (YYYY-MM); a resident rates a compound once a month, a later rating replacing the earlier." })
  month!: PropertyRatingRow["month"];

  @Field(() => Int, { description: "Score, 1 (very poor) to 5 (very good)." })
  score!: PropertyRatingRow["score"];

  @FreeText
  @Field(() => String, { nullable: true, description: "What the resident wrote (评价意见)." })
  comment!: PropertyRatingRow["comment"];

  @Field(() => Date, { description: "When it was given." })
  ratedAt!: PropertyRatingRow["ratedAt"];

  compoundId!: PropertyRatingRow["compoundId"];
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A 三方联动 meeting of the community, a compound's property company and its owners' committee, and what they agreed." })
export class JointMeeting extends Node {
  @Field(() => String, { description: "Topic (议题)." })
  topic!: JointMeetingRow["topic"];

  @Field(() => Date, { description: "When it is or was held." })
  heldAt!: JointMeetingRow["heldAt"];

  @Field(() => JointMeetingStatus, { description: "State." })
  status!: JointMeetingRow["status"];

  @Field(() => [MeetingParty], { description: "The sides that came; empty until it is held." })
  partiesPresent!: MeetingPartyValue[];

  @FreeText
  @Field(() => String, { nullable: true, description: "Minutes (会议纪要), or why it was called off." })
  summary!: JointMeetingRow["summary"];

  @FreeText
  @Field(() => [String], { description: "What the sides agreed to do (议定事项), one item each." })
  resolutions!: JointMeetingRow["resolutions"];

  @Field(() => String, { description: "Code of the community (12 digits)." })
  communityCode!: JointMeetingRow["communityCode"];

  @Field(() => Int, { description: "Version, bumped on every change; recordJointMeetingOutcome takes it as expectedVersion." })
  version!: JointMeetingRow["version"];

  compoundId!: JointMeetingRow["compoundId"];
  companyId!: JointMeetingRow["companyId"];
}

@InputType({ description: "Schedule a 三方联动 meeting on a compound (安排三方联动会议)." })
export class ScheduleJointMeetingInput {
  @Field(() => ID, { description: "The compound (a ResidentialCompound id); it must have a property company, and lie in the caller's jurisdiction." })
  compoundId!: string;

  @Text(200)
  @Field(() => String, { description: "Topic (议题), at most 200 characters." })
  topic!: string;

  @InFuture()
  @Field(() => Date, { description: "When it will be held; in the future." })
  heldAt!: Date;
}

@InputType({ description: "Record a 三方联动 meeting's outcome (记录三方联动结果)." })
export class RecordJointMeetingOutcomeInput {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Min(1)
  @Field(() => Int, { description: "The meeting's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => JointMeetingOutcome, { description: "HELD or CANCELLED." })
  status!: JointMeetingOutcomeValue;

  @ArrayUnique()
  @ArrayMaxSize(3)
  @IsIn(["COMMUNITY", "PROPERTY_COMPANY", "OWNERS_COMMITTEE"], { each: true })
  @Field(() => [MeetingParty], { defaultValue: [], description: "The sides that came. A HELD meeting had the community and at least one other side; a CANCELLED one none." })
  partiesPresent!: MeetingPartyValue[];

  @Text(4000)
  @Field(() => String, { description: "Minutes (会议纪要), or why it was called off; at most 4000 characters." })
  summary!: string;

  @ArrayMaxSize(20)
  @Text(500, { each: true })
  @Field(() => [String], { defaultValue: [], description: "What the sides agreed (议定事项), at most 20 items of at most 500 characters; none for a CANCELLED meeting." })
  resolutions!: string[];
}

@InputType({ description: "Rate a compound's property service this month (物业服务评价)." })
export class RatePropertyInput {
  @Field(() => ID, { description: "The compound (a ResidentialCompound id); it must have a property company." })
  compoundId!: string;

  @Min(1)
  @Max(5)
  @Field(() => Int, { description: "Score, 1 (very poor) to 5 (very good)." })
  score!: number;

  @IsOptional()
  @Text(500)
  @Field(() => String, { nullable: true, description: "What you want to say (评价意见), at most 500 characters." })
  comment?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The meeting a mutation changed." })
export class JointMeetingPayload {
  @Field(() => JointMeeting, { description: "The meeting as it is now." })
  jointMeeting!: JointMeeting;
}

@ObjectType({ simpleResolvers: true, description: "The rating a resident gave." })
export class PropertyRatingPayload {
  @Field(() => PropertyRating, { description: "The rating as stored: this month's, replacing an earlier one of the same month." })
  rating!: PropertyRating;
}

@InputType({ description: "Which 三方联动 meeting changes to receive." })
export class JointMeetingChangeFilter {
  @IsOptional()
  @DivisionCode(9, 12)
  @Field(() => String, { nullable: true, description: "Only meetings of this street (9 digits) or community (12 digits)." })
  divisionCode?: string | null;

  @IsOptional()
  @ArrayMinSize(1)
  @Field(() => [JointMeetingStatus], { nullable: true, description: "Only meetings now in one of these states." })
  statuses?: JointMeetingRow["status"][] | null;
}

export const JointMeetingChange = EntityChange(JointMeeting, "JointMeeting", "jointMeeting", "A change of a 三方联动 meeting (三方联动变更).");
