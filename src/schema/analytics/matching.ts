import { Field, Float, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { ResidentNeed } from "../common/resident-need.js";

// 供需匹配: who, in any centre, could answer a resident's need (see resolvers/analytics/matching.ts for the scoring).

export const HelperKind = graphqlEnum("HelperKind", ["VOLUNTEER", "VOLUNTEER_TEAM", "PARTY_MEMBER", "SERVICE_POST", "ACTIVITY", "RED_STATION", "VENUE"] as const, "What kind of helper a match proposes.", {
  VOLUNTEER: "A volunteer (志愿者) of the civic centre: dispatch an order to their team, or they accept it.",
  VOLUNTEER_TEAM: "A volunteer team (志愿服务队) of the civic centre: `dispatchDemand` to it.",
  PARTY_MEMBER: "An in-service party member (在职党员) of the party centre: they `claimMicroWish`.",
  SERVICE_POST: "An open service post (服务岗位) of the party centre whose skills fit.",
  ACTIVITY: "An upcoming activity (活动) of the civic centre of the same category.",
  RED_STATION: "A red station (红色驿站) near where the need is.",
  VENUE: "A venue (阵地) of the community's party-mass service complex.",
});
export type HelperKindValue = keyof typeof HelperKind;

export const MatchReasonCode = graphqlEnum(
  "MatchReasonCode",
  ["SAME_GRID", "SAME_COMMUNITY", "SAME_STREET", "SKILL_FIT", "CATEGORY_FIT", "NEARBY", "OPEN_LOAD", "PAST_RATING", "SEATS_FREE"] as const,
  "Why a helper scored what it did; each reason adds its weight to the score (a negative weight takes away).",
  {
    SAME_GRID: "In the need's grid.",
    SAME_COMMUNITY: "In the need's community.",
    SAME_STREET: "Serving the need's street.",
    SKILL_FIT: "One of its skills (or a post's wanted skills) appears in what the resident wrote.",
    CATEGORY_FIT: "Its focus or category is the need's category.",
    NEARBY: "Within 1 km of where the need is: the closer, the more.",
    OPEN_LOAD: "Already carries open tasks: each takes away.",
    PAST_RATING: "Residents rated its past service: above 3 of 5 adds, below takes away.",
    SEATS_FREE: "Has seats or places free.",
  },
);
export type MatchReasonCodeValue = keyof typeof MatchReasonCode;

@ObjectType({ simpleResolvers: true, description: "One reason behind a match's score." })
export class MatchReason {
  @Field(() => MatchReasonCode, { description: "Which reason." })
  code!: MatchReasonCodeValue;

  @Field(() => Float, { description: "What it added to the score (negative: took away)." })
  weight!: number;

  @Field(() => String, { description: "The facts behind it, e.g. the skill that fits or the distance." })
  detail!: string;
}

@ObjectType({ simpleResolvers: true, description: "A helper who could answer a need, with its score and the reasons for it (供需匹配)." })
export class NeedMatch {
  @Field(() => HelperKind, { description: "What kind of helper." })
  kind!: HelperKindValue;

  @Field(() => Node, { description: "The helper: a Volunteer, VolunteerTeam, PartyMember, ServicePost, Activity, RedStation or Venue, as the caller may see it." })
  helper!: Node;

  @Field(() => Float, { description: "The sum of the reasons' weights; the matches come highest first." })
  score!: number;

  @Field(() => [MatchReason], { description: "Why." })
  reasons!: MatchReason[];
}

@ObjectType({ simpleResolvers: true, description: "A street's or community's queue of needs nobody has taken up (待响应需求)." })
export class UnmatchedNeeds {
  @Field(() => Int, { description: "How many needs are waiting, in all three centres." })
  totalCount!: number;

  @Field(() => [ResidentNeed], { description: "The oldest first." })
  needs!: ResidentNeed[];
}
