import type { BetterValue, IndicatorValue } from "../../schema/analytics/scorecard.js";
import type { CentreValue } from "../../schema/live/changes.js";
import type { GovernanceFigures } from "../../sources/governance/indicators.js";

/** The raw figures of every centre for one division and period, by centre. */
export interface Figures {
  governance: GovernanceFigures;
}

/** An indicator's figure before the caller's suppression rule and the ranking. */
export interface Measure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** How many rows (residents' records) the figure is built from. */
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
  centre: CentreValue;
  term: string;
  definition: string;
  unit: "count" | "share" | "hours";
  better: BetterValue | null;
  fromResidents: boolean;
  present?: boolean;
  measure(figures: Figures): Measure;
}

const count = (n: number): Measure => ({ value: n, numerator: n, denominator: null, base: n });
const share = (part: number, whole: number): Measure => ({ value: whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000, numerator: part, denominator: whole, base: whole });
const median = (hours: number | null, over: number): Measure => ({ value: hours === null ? null : Math.round(hours * 100) / 100, numerator: null, denominator: over, base: over });

const governance = (
  indicator: IndicatorValue,
  term: string,
  definition: string,
  unit: IndicatorDefinition["unit"],
  better: BetterValue | null,
  fromResidents: boolean,
  measure: (g: GovernanceFigures) => Measure,
  present = false,
): IndicatorDefinition => ({ indicator, centre: "GOVERNANCE", term, definition, unit, better, fromResidents, present, measure: (f) => measure(f.governance) });

/** Every indicator, in the order of the Indicator enum. */
export const INDICATOR_DEFINITIONS: readonly IndicatorDefinition[] = [
  governance("EVENTS_REPORTED", "事件上报数", "Events reported in the period, whatever their state now.", "count", null, true, (g) => count(g.reported)),
  governance("EVENTS_CLOSED", "事件办结数", "Events closed in the period (closedAt in it), whenever they were reported.", "count", "HIGHER", true, (g) => count(g.closed)),
  governance("EVENT_CLOSURE_RATE", "办结率", "Of the events reported in the period, the share that are CLOSED now.", "share", "HIGHER", true, (g) => share(g.reportedClosed, g.reported)),
  governance("ON_TIME_CLOSURE_RATE", "按期办结率", "Of the events closed in the period, the share closed by their due time (closedAt ≤ dueAt).", "share", "HIGHER", true, (g) => share(g.closedOnTime, g.closed)),
  governance("MEDIAN_HOURS_TO_CLOSE", "办结时长中位数", "Median hours from report to close of the events closed in the period; the denominator is how many.", "hours", "LOWER", true, (g) => median(g.medianHoursToClose, g.closed)),
  governance("OPEN_EVENTS_NOW", "在办事件数", "Events open now (REPORTED to VERIFIED), whatever the period.", "count", "LOWER", true, (g) => count(g.openNow), true),
  governance("OVERDUE_EVENTS_NOW", "超期事件数", "Open events past their due time now, whatever the period.", "count", "LOWER", true, (g) => count(g.overdueNow), true),
  governance("SUPERVISED_EVENTS", "督办事件数", "Events put under supervision (督办) in the period, each counted once.", "count", null, true, (g) => count(g.supervised)),
  governance("WHISTLES_BLOWN", "吹哨数", "Whistles blown in the period (吹哨报到).", "count", null, false, (g) => count(g.whistles)),
  governance("DEPARTMENT_REPORT_RATE", "报到率", "Of the departments summoned by the period's whistles, the share that reported (报到).", "share", "HIGHER", false, (g) => share(g.summonedReported, g.summoned)),
  governance("MEDIAN_HOURS_TO_REPORT", "报到时长中位数", "Median hours from a whistle of the period to each summoned department's report; the denominator is how many reported.", "hours", "LOWER", false, (g) => median(g.medianHoursToReport, g.summonedReported)),
  governance("MEDIATION_SUCCESS_RATE", "调解成功率", "Of the mediations in the period, the share that ended in an agreement (AGREEMENT; PARTIAL, FAILED and REFERRED do not).", "share", "HIGHER", true, (g) => share(g.mediationAgreements, g.mediations)),
  governance("RISK_ASSESSMENTS_LOW", "低风险评估数", "Risk assessments of level LOW made in the period.", "count", null, false, (g) => count(g.risksLow)),
  governance("RISK_ASSESSMENTS_MEDIUM", "中风险评估数", "Risk assessments of level MEDIUM made in the period.", "count", null, false, (g) => count(g.risksMedium)),
  governance("RISK_ASSESSMENTS_HIGH", "高风险评估数", "Risk assessments of level HIGH made in the period.", "count", null, false, (g) => count(g.risksHigh)),
  governance("RISK_ASSESSMENTS_CRITICAL", "重大风险评估数", "Risk assessments of level CRITICAL made in the period.", "count", null, false, (g) => count(g.risksCritical)),
];
