import type { BetterValue, IndicatorValue } from "../../schema/analytics/scorecard.js";
import type { CentreValue } from "../../schema/live/changes.js";
import type { CivicFigures } from "../../sources/civic/indicators.js";
import type { GovernanceFigures } from "../../sources/governance/indicators.js";
import type { PartyFigures } from "../../sources/party/indicators.js";

/** What joining the centres' figures adds: counts no one centre can make. */
export interface CrossFigures {
  /** In-service members who served in the period: claimed a post or a wish, or were credited volunteer hours as the same Person. */
  membersServed: number;
  /** Of the events the period's deliberations took up, how many are closed now. */
  deliberationEventsClosed: number;
}

/** The raw figures of every centre for one division and period, by centre, and what joining them adds. */
export interface Figures {
  governance: GovernanceFigures;
  civic: CivicFigures;
  party: PartyFigures;
  cross: CrossFigures;
}

/** An indicator's figure before the caller's suppression rule and the ranking. */
export interface Measure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many residents' records (reports, orders, wishes, enrolments…) the figure is built from. */
  base: number;
}

/**
 * How an indicator is defined: its centre, Chinese term and definition, unit, which way it
 * improves, whether it is built from residents' records (then suppressed below five for
 * callers who may not read them), whether it describes the present moment (no previous
 * period), and how it is computed from the centre's raw figures.
 */
export interface IndicatorDefinition {
  indicator: IndicatorValue;
  centre: CentreValue | null;
  term: string;
  definition: string;
  unit: "count" | "share" | "hours" | "days" | "rating";
  better: BetterValue | null;
  fromResidents: boolean;
  present?: boolean;
  measure(figures: Figures): Measure;
}

const count = (n: number): Measure => ({ value: n, numerator: n, denominator: null, base: n });
const share = (part: number, whole: number): Measure => ({ value: whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000, numerator: part, denominator: whole, base: whole });
const median = (hours: number | null, over: number): Measure => ({ value: hours === null ? null : Math.round(hours * 100) / 100, numerator: null, denominator: over, base: over });
const mean = (sum: number, over: number): Measure => ({ value: over === 0 ? null : Math.round((sum / over) * 100) / 100, numerator: sum, denominator: over, base: over });


type Definition = Omit<IndicatorDefinition, "centre" | "measure" | "indicator">;
const of =
  <F>(centre: CentreValue | null, pick: (f: Figures) => F) =>
  (indicator: IndicatorValue, definition: Definition, measure: (f: F) => Measure): IndicatorDefinition => ({ indicator, centre, ...definition, measure: (f) => measure(pick(f)) });
const governance = of("GOVERNANCE", (f) => f.governance);
const civic = of("CIVIC", (f) => f.civic);
const party = of("PARTY", (f) => f.party);
const across = of(null, (f) => f);

/** Every indicator, in the order of the Indicator enum. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  governance("EVENTS_REPORTED", { term: "事件上报数", definition: "Events reported in the period, whatever their state now.", unit: "count", better: null, fromResidents: true }, (g) => count(g.reported)),
  governance("EVENTS_CLOSED", { term: "事件办结数", definition: "Events closed in the period (closedAt in it), whenever they were reported.", unit: "count", better: "HIGHER", fromResidents: true }, (g) => count(g.closed)),
  governance("EVENT_CLOSURE_RATE", { term: "办结率", definition: "Of the events reported in the period, the share that are CLOSED now.", unit: "share", better: "HIGHER", fromResidents: true }, (g) => share(g.reportedClosed, g.reported)),
  governance("ON_TIME_CLOSURE_RATE", { term: "按期办结率", definition: "Of the events closed in the period, the share closed by their due time (closedAt ≤ dueAt).", unit: "share", better: "HIGHER", fromResidents: true }, (g) => share(g.closedOnTime, g.closed)),
  governance("MEDIAN_HOURS_TO_CLOSE", { term: "办结时长中位数", definition: "Median hours from report to close of the events closed in the period; the denominator is how many.", unit: "hours", better: "LOWER", fromResidents: true }, (g) => median(g.medianHoursToClose, g.closed)),
  governance("OPEN_EVENTS_NOW", { term: "在办事件数", definition: "Events open now (REPORTED to VERIFIED), whatever the period.", unit: "count", better: "LOWER", fromResidents: true, present: true }, (g) => count(g.openNow)),
  governance("OVERDUE_EVENTS_NOW", { term: "超期事件数", definition: "Open events past their due time now, whatever the period.", unit: "count", better: "LOWER", fromResidents: true, present: true }, (g) => count(g.overdueNow)),
  governance("SUPERVISED_EVENTS", { term: "督办事件数", definition: "Events put under supervision (督办) in the period, each counted once.", unit: "count", better: null, fromResidents: true }, (g) => count(g.supervised)),
  governance("WHISTLES_BLOWN", { term: "吹哨数", definition: "Whistles blown in the period (吹哨报到).", unit: "count", better: null, fromResidents: false }, (g) => count(g.whistles)),
  governance("DEPARTMENT_REPORT_RATE", { term: "报到率", definition: "Of the departments summoned by the period's whistles, the share that reported (报到).", unit: "share", better: "HIGHER", fromResidents: false }, (g) => share(g.summonedReported, g.summoned)),
  governance("MEDIAN_HOURS_TO_REPORT", { term: "报到时长中位数", definition: "Median hours from a whistle of the period to each summoned department's report; the denominator is how many reported.", unit: "hours", better: "LOWER", fromResidents: false }, (g) => median(g.medianHoursToReport, g.summonedReported)),
  governance("MEDIATION_SUCCESS_RATE", { term: "调解成功率", definition: "Of the mediations in the period, the share that ended in an agreement (AGREEMENT; PARTIAL, FAILED and REFERRED do not).", unit: "share", better: "HIGHER", fromResidents: true }, (g) => share(g.mediationAgreements, g.mediations)),
  governance("RISK_ASSESSMENTS_LOW", { term: "低风险评估数", definition: "Risk assessments of level LOW made in the period.", unit: "count", better: null, fromResidents: false }, (g) => count(g.risksLow)),
  governance("RISK_ASSESSMENTS_MEDIUM", { term: "中风险评估数", definition: "Risk assessments of level MEDIUM made in the period.", unit: "count", better: null, fromResidents: false }, (g) => count(g.risksMedium)),
  governance("RISK_ASSESSMENTS_HIGH", { term: "高风险评估数", definition: "Risk assessments of level HIGH made in the period.", unit: "count", better: null, fromResidents: false }, (g) => count(g.risksHigh)),
  governance("RISK_ASSESSMENTS_CRITICAL", { term: "重大风险评估数", definition: "Risk assessments of level CRITICAL made in the period.", unit: "count", better: null, fromResidents: false }, (g) => count(g.risksCritical)),
  civic("ORDERS_PLACED", { term: "点单数", definition: "Service orders residents placed in the period.", unit: "count", better: null, fromResidents: true }, (c) => count(c.ordered)),
  civic("ORDER_COMPLETION_RATE", { term: "完成率", definition: "Of the orders placed in the period, the share DONE or RATED now.", unit: "share", better: "HIGHER", fromResidents: true }, (c) => share(c.orderedDone, c.ordered)),
  civic("MEDIAN_HOURS_TO_ACCEPT", { term: "接单时长中位数", definition: "Median hours from order to a volunteer's acceptance, of the orders accepted in the period; the denominator is how many.", unit: "hours", better: "LOWER", fromResidents: true }, (c) => median(c.medianHoursToAccept, c.accepted)),
  civic("MEAN_RATING", { term: "满意度均分", definition: "Mean of the residents' ratings (1 to 5) of the orders finished in the period; the denominator is how many were rated.", unit: "rating", better: "HIGHER", fromResidents: true }, (c) => mean(c.ratingSum, c.rated)),
  civic("SATISFACTION_RATE", { term: "满意率", definition: "Of the orders finished in the period with a rating, the share rated 4 or 5.", unit: "share", better: "HIGHER", fromResidents: true }, (c) => share(c.ratedSatisfied, c.rated)),
  civic("VOLUNTEER_HOURS", { term: "志愿服务时长", definition: "Volunteer hours credited for the activities held (COMPLETED) that started in the period.", unit: "hours", better: "HIGHER", fromResidents: true }, (c) => ({ ...count(c.volunteerHours), base: c.credited })),
  civic("ACTIVITIES_HELD", { term: "活动开展数", definition: "Activities held (COMPLETED) that started in the period.", unit: "count", better: "HIGHER", fromResidents: false }, (c) => count(c.activitiesHeld)),
  civic("SEAT_FILL_RATE", { term: "上座率", definition: "Volunteers who checked in at the activities held in the period, over their seats.", unit: "share", better: "HIGHER", fromResidents: false }, (c) => share(c.checkedIn, c.seats)),
  party("WISHES_FULFILLED", { term: "微心愿兑现数", definition: "Micro-wishes fulfilled in the period.", unit: "count", better: "HIGHER", fromResidents: true }, (p) => count(p.wishesFulfilled)),
  party("MEDIAN_DAYS_TO_CLAIM", { term: "认领时长中位数", definition: "Median days from posting to claim, of the wishes claimed in the period; the denominator is how many.", unit: "days", better: "LOWER", fromResidents: true }, (p) => median(p.medianDaysToClaim, p.wishesClaimed)),
  party("POST_CLAIMS", { term: "岗位认领数", definition: "Claims of service posts (按需设岗, 认领) made in the period.", unit: "count", better: "HIGHER", fromResidents: true }, (p) => count(p.postClaims)),
  party("VENUE_UTILISATION", { term: "阵地利用率", definition: "Hours of confirmed bookings starting in the period, over the venues' opening hours in it.", unit: "share", better: "HIGHER", fromResidents: false }, (p) => share(Math.round(p.bookedHours * 10) / 10, Math.round(p.openHours * 10) / 10)),
  party("DELIBERATIONS_RESOLVED", { term: "议事决议数", definition: "Deliberations held in the period that have adopted a resolution (RESOLVED).", unit: "count", better: "HIGHER", fromResidents: false }, (p) => count(p.deliberationsResolved)),
  across("DELIBERATION_EVENTS_CLOSED", { term: "议事事项办结率", definition: "Of the governance events the deliberations held in the period took up, the share CLOSED now (party and governance centres).", unit: "share", better: "HIGHER", fromResidents: true }, (f) => share(f.cross.deliberationEventsClosed, f.party.linkedEventCodes.length)),
  across("MEMBER_SERVICE_RATE", { term: "党员履职率", definition: "Of the in-service party members reported to the division (在职党员报到), the share who served in the period: claimed a service post or a micro-wish, or were credited volunteer hours at the civic centre as the same Person (same ID number).", unit: "share", better: "HIGHER", fromResidents: true }, (f) => share(f.cross.membersServed, f.party.inService)),
  across("NEEDS_ANSWERED_IN_7_DAYS", { term: "需求7日响应率", definition: "Of the residents' needs raised in the period — micro-wishes, service orders and livelihood events — the share answered within 7 days: a wish claimed, an order accepted, an event RESPONDED or further.", unit: "share", better: "HIGHER", fromResidents: true }, (f) =>
    share(f.party.wishesClaimedIn7Days + f.civic.orderedAcceptedIn7Days + f.governance.needsAnsweredIn7Days, f.party.wishesPosted + f.civic.ordered + f.governance.needs)),
];
