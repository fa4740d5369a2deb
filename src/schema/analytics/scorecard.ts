import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../common/enums.js";
import { Centre, type CentreValue } from "../live/changes.js";

// 成效评估: how a city, street or community did over a period, indicator by indicator, each
// from the centre that owns its data (see resolvers/analytics/indicators.ts for the definitions).

export const INDICATORS = [
  "EVENTS_REPORTED",
  "EVENTS_CLOSED",
  "EVENT_CLOSURE_RATE",
  "ON_TIME_CLOSURE_RATE",
  "MEDIAN_HOURS_TO_CLOSE",
  "OPEN_EVENTS_NOW",
  "OVERDUE_EVENTS_NOW",
  "SUPERVISED_EVENTS",
  "WHISTLES_BLOWN",
  "DEPARTMENT_REPORT_RATE",
  "MEDIAN_HOURS_TO_REPORT",
  "MEDIATION_SUCCESS_RATE",
  "RISK_ASSESSMENTS_LOW",
  "RISK_ASSESSMENTS_MEDIUM",
  "RISK_ASSESSMENTS_HIGH",
  "RISK_ASSESSMENTS_CRITICAL",
  "ORDERS_PLACED",
  "ORDER_COMPLETION_RATE",
  "MEDIAN_HOURS_TO_ACCEPT",
  "MEAN_RATING",
  "SATISFACTION_RATE",
  "VOLUNTEER_HOURS",
  "ACTIVITIES_HELD",
  "SEAT_FILL_RATE",
  "WISHES_FULFILLED",
  "MEDIAN_DAYS_TO_CLAIM",
  "POST_CLAIMS",
  "VENUE_UTILISATION",
  "DELIBERATIONS_RESOLVED",
  "DELIBERATION_EVENTS_CLOSED",
  "MEMBER_SERVICE_RATE",
  "NEEDS_ANSWERED_IN_7_DAYS",
] as const;
export type IndicatorValue = (typeof INDICATORS)[number];

export const Indicator = graphqlEnum("Indicator", INDICATORS, "One figure of a scorecard (评估指标); `IndicatorFigure.definition` says exactly what it counts.", {
  EVENTS_REPORTED: "Events reported in the period (事件上报数).",
  EVENTS_CLOSED: "Events closed in the period (事件办结数).",
  EVENT_CLOSURE_RATE: "Share of the period's reported events that are closed now (办结率).",
  ON_TIME_CLOSURE_RATE: "Share of the period's closed events closed by their due time (按期办结率).",
  MEDIAN_HOURS_TO_CLOSE: "Median hours from report to close of the period's closed events (办结时长中位数).",
  OPEN_EVENTS_NOW: "Events open now (在办事件数).",
  OVERDUE_EVENTS_NOW: "Open events past their due time now (超期事件数).",
  SUPERVISED_EVENTS: "Events put under supervision in the period (督办事件数).",
  WHISTLES_BLOWN: "Whistles blown in the period (吹哨数).",
  DEPARTMENT_REPORT_RATE: "Share of the departments summoned in the period that reported (报到率).",
  MEDIAN_HOURS_TO_REPORT: "Median hours from whistle to a summoned department's report (报到时长中位数).",
  MEDIATION_SUCCESS_RATE: "Share of the period's mediations that ended in an agreement (调解成功率).",
  RISK_ASSESSMENTS_LOW: "Risk assessments of level LOW in the period (低风险评估数).",
  RISK_ASSESSMENTS_MEDIUM: "Risk assessments of level MEDIUM in the period (中风险评估数).",
  RISK_ASSESSMENTS_HIGH: "Risk assessments of level HIGH in the period (高风险评估数).",
  RISK_ASSESSMENTS_CRITICAL: "Risk assessments of level CRITICAL in the period (重大风险评估数).",
  ORDERS_PLACED: "Service orders placed in the period (点单数).",
  ORDER_COMPLETION_RATE: "Share of the period's orders that are done now (完成率).",
  MEDIAN_HOURS_TO_ACCEPT: "Median hours from order to acceptance of the orders accepted in the period (接单时长中位数).",
  MEAN_RATING: "Mean rating of the orders finished in the period (满意度均分).",
  SATISFACTION_RATE: "Share of the period's rated orders rated 4 or 5 (满意率).",
  VOLUNTEER_HOURS: "Volunteer hours credited for the activities held in the period (志愿服务时长).",
  ACTIVITIES_HELD: "Activities held in the period (活动开展数).",
  SEAT_FILL_RATE: "Checked-in volunteers over the seats of the period's activities (上座率).",
  WISHES_FULFILLED: "Micro-wishes fulfilled in the period (微心愿兑现数).",
  MEDIAN_DAYS_TO_CLAIM: "Median days from posting to claim of the wishes claimed in the period (认领时长中位数).",
  POST_CLAIMS: "Service posts claimed in the period (岗位认领数).",
  VENUE_UTILISATION: "Booked hours over opening hours of the venues (阵地利用率).",
  DELIBERATIONS_RESOLVED: "Deliberations held in the period that adopted a resolution (议事决议数).",
  DELIBERATION_EVENTS_CLOSED: "Share of the events the period's deliberations took up that are closed now (议事事项办结率).",
  MEMBER_SERVICE_RATE: "Share of in-service party members reported to the division who served in the period (党员履职率).",
  NEEDS_ANSWERED_IN_7_DAYS: "Share of the period's residents' needs, from all three centres, answered within 7 days (需求7日响应率).",
});

export const Better = graphqlEnum("Better", ["HIGHER", "LOWER"] as const, "Which way an indicator improves, for ranking.", {
  HIGHER: "A higher value is better: rank 1 is the highest.",
  LOWER: "A lower value is better: rank 1 is the lowest.",
});
export type BetterValue = keyof typeof Better;

@InputType({ description: "The period of a scorecard: exactly one of month, quarter, or from and to (local time, UTC+8)." })
export class PeriodInput {
  @Field(() => String, { nullable: true, description: "A month, YYYY-MM." })
  month?: string | null;

  @Field(() => String, { nullable: true, description: "A quarter, YYYY-Qn (n from 1 to 4)." })
  quarter?: string | null;

  @Field(() => Date, { nullable: true, description: "Start of a range (inclusive); with `to`." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "End of a range (exclusive); with `from`, at most 366 days later." })
  to?: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "A span of time a figure covers: from `from` up to, not including, `to`." })
export class ScorePeriod {
  @Field(() => Date, { description: "Start (inclusive)." })
  from!: Date;

  @Field(() => Date, { description: "End (exclusive)." })
  to!: Date;

  @Field(() => String, { description: "How to name it: 2026-11, 2026-Q4, or the range's local dates." })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: "One indicator's figure for one division and period, with what it is made of." })
export class IndicatorFigure {
  @Field(() => Indicator, { description: "Which indicator." })
  indicator!: IndicatorValue;

  @Field(() => Centre, { nullable: true, description: "The centre whose data it counts; null for an indicator across centres." })
  centre!: CentreValue | null;

  @Field(() => String, { description: "Its Chinese term (指标名称)." })
  term!: string;

  @Field(() => String, { description: "Exactly what it counts." })
  definition!: string;

  @Field(() => String, { description: "Its unit: count, share (0 to 1), hours, days or rating (1 to 5)." })
  unit!: string;

  @Field(() => Better, { nullable: true, description: "Which way it improves; null when neither is better (a count of risks assessed)." })
  better!: BetterValue | null;

  @Field(() => Float, { nullable: true, description: "The figure; null when there is nothing to divide by, or when it is withheld." })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: "What was counted over the denominator (for a share), or the count itself; null when withheld." })
  numerator!: number | null;

  @Field(() => Float, { nullable: true, description: "What the share is of, or how many rows a median is taken over; null for a plain count." })
  denominator!: number | null;

  @Field(() => Float, { nullable: true, description: "The figure of the period before, of the same length; null for figures of the present moment (open now)." })
  previousValue!: number | null;

  @Field(() => Int, { nullable: true, description: "Rank among the divisions compared (scorecards only), 1 the best; ties share a rank; null without a value or a direction." })
  rank!: number | null;

  @Field(() => String, { nullable: true, description: "Why the figure is withheld: built from fewer than 5 residents, for a caller who may not read them." })
  withheldReason!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A division's scorecard for a period (成效评估): every indicator, against the period before." })
export class Scorecard {
  @Field(() => String, { description: "The division's code as asked: 6 digits for the city, 9 for a street, 12 for a community." })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: "The division's name, from the registry." })
  divisionName!: string | null;

  @Field(() => ScorePeriod, { description: "The period." })
  period!: ScorePeriod;

  @Field(() => ScorePeriod, { description: "The period before it, of the same length, that `previousValue` covers." })
  previousPeriod!: ScorePeriod;

  @Field(() => [IndicatorFigure], { description: "The figures, in the order of the Indicator enum." })
  indicators!: IndicatorFigure[];
}

export const SeriesInterval = graphqlEnum("SeriesInterval", ["WEEK", "MONTH"] as const, "The step of a trend.", {
  WEEK: "Weeks, Monday to Monday, local time.",
  MONTH: "Calendar months, local time.",
});
export type SeriesIntervalValue = keyof typeof SeriesInterval;

@ObjectType({ simpleResolvers: true, description: "One step of a trend: the indicators asked for, over one week or month." })
export class SeriesPoint {
  @Field(() => ScorePeriod, { description: "The step." })
  period!: ScorePeriod;

  @Field(() => [IndicatorFigure], { description: "The figures of the indicators asked for." })
  figures!: IndicatorFigure[];
}
