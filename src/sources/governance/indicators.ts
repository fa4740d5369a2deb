import { sql } from "drizzle-orm";
import { allOf, hours, inDivision, numberOf, numberOrNull, perDivisionAndPeriod, within, type Period } from "../common/period.js";
import type { ScopedRows } from "../common/scoped-rows.js";
import { EVENT, RISK_ASSESSMENT } from "./entities.js";
import { OPEN_EVENT_STATUSES } from "./event-lifecycle.js";
import * as tables from "./tables.js";
import { eventTransitions, events, mediations, riskAssessments, whistleDepartments, whistles } from "./tables.js";

/** What the governance centre counts for one division in one period: the raw figures its indicators are made of. */
export interface GovernanceFigures {
  /** Events reported in the period, and how many of them are closed now. */
  reported: number;
  reportedClosed: number;
  /** Events closed in the period, how many of those by their due time, and the median hours from report to close. */
  closed: number;
  closedOnTime: number;
  medianHoursToClose: number | null;
  /** Open now and, of those, past their due time (the same for every period). */
  openNow: number;
  overdueNow: number;
  /** Events put under supervision (督办) in the period. */
  supervised: number;
  /** Whistles blown in the period, the departments they summoned, how many reported (报到) and the median hours until they did. */
  whistles: number;
  summoned: number;
  summonedReported: number;
  medianHoursToReport: number | null;
  /** Mediations in the period and how many ended in an agreement. */
  mediations: number;
  mediationAgreements: number;
  /** Risk assessments in the period, by level. */
  risksLow: number;
  risksMedium: number;
  risksHigh: number;
  risksCritical: number;
  /** Livelihood requests (a resident's need) reported in the period, and how many were answered (RESPONDED or further) within 7 days. */
  needs: number;
  needsAnsweredIn7Days: number;
}

const ANSWERED = sql.raw(`'RESPONDED', 'VERIFIED', 'CLOSED'`);

/**
 * The governance figures of every division (by code prefix) in every period, in one statement:
 * LATERAL aggregates per division and period over the rows the scope sees.
 */
export function governanceFigures(rows: ScopedRows<typeof tables>, prefixes: readonly string[], periods: readonly Period[]): Promise<Map<string, GovernanceFigures[]>> {
  const seen = rows.visible(EVENT);
  const place = inDivision(sql`${events.communityCode}`);
  const reportedIn = within(sql`${events.reportedAt}`);
  const closedIn = within(sql`${events.closedAt}`);
  const laterals = sql`
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${reportedIn})::int AS reported,
             count(*) FILTER (WHERE ${reportedIn} AND ${events.status} = 'CLOSED')::int AS reported_closed,
             count(*) FILTER (WHERE ${closedIn})::int AS closed,
             count(*) FILTER (WHERE ${closedIn} AND ${events.closedAt} <= ${events.dueAt})::int AS closed_on_time,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${events.closedAt} - ${events.reportedAt}`)}) FILTER (WHERE ${closedIn}) AS median_hours_to_close,
             count(*) FILTER (WHERE ${reportedIn} AND ${events.category} = 'LIVELIHOOD')::int AS needs,
             count(*) FILTER (WHERE ${reportedIn} AND ${events.category} = 'LIVELIHOOD' AND EXISTS (
               SELECT 1 FROM ${eventTransitions} WHERE ${eventTransitions.eventId} = ${events.id} AND ${eventTransitions.toStatus} IN (${ANSWERED})
                 AND ${eventTransitions.at} <= ${events.reportedAt} + interval '7 days'))::int AS needs_answered
      FROM ${events} WHERE ${allOf(place, sql`${reportedIn} OR ${closedIn}`, seen)}
    ) ev
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open_now, count(*) FILTER (WHERE ${events.dueAt} < now())::int AS overdue_now
      FROM ${events} WHERE ${allOf(place, sql`${events.status} = ANY(${sql.param(OPEN_EVENT_STATUSES)}::event_status[])`, seen)}
    ) op
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT ${eventTransitions.eventId})::int AS supervised
      FROM ${eventTransitions} JOIN ${events} ON ${events.id} = ${eventTransitions.eventId}
      WHERE ${allOf(place, sql`${eventTransitions.action} = 'SUPERVISE'`, within(sql`${eventTransitions.at}`), seen)}
    ) sv
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT ${whistles.id})::int AS whistles, count(${whistleDepartments.id})::int AS summoned, count(${whistleDepartments.reportedAt})::int AS summoned_reported,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${whistleDepartments.reportedAt} - ${whistles.blownAt}`)}) AS median_hours_to_report
      FROM ${whistles} JOIN ${events} ON ${events.id} = ${whistles.eventId} LEFT JOIN ${whistleDepartments} ON ${whistleDepartments.whistleId} = ${whistles.id}
      WHERE ${allOf(place, within(sql`${whistles.blownAt}`), seen)}
    ) wh
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS mediations, count(*) FILTER (WHERE ${mediations.outcome} = 'AGREEMENT')::int AS mediation_agreements
      FROM ${mediations} JOIN ${events} ON ${events.id} = ${mediations.eventId}
      WHERE ${allOf(place, within(sql`${mediations.mediatedAt}`), seen)}
    ) md
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${riskAssessments.level} = 'LOW')::int AS risks_low, count(*) FILTER (WHERE ${riskAssessments.level} = 'MEDIUM')::int AS risks_medium,
             count(*) FILTER (WHERE ${riskAssessments.level} = 'HIGH')::int AS risks_high, count(*) FILTER (WHERE ${riskAssessments.level} = 'CRITICAL')::int AS risks_critical
      FROM ${riskAssessments} WHERE ${allOf(inDivision(sql`${riskAssessments.communityCode}`), within(sql`${riskAssessments.assessedAt}`), rows.visible(RISK_ASSESSMENT))}
    ) rk`;
  return perDivisionAndPeriod(rows, prefixes, periods, sql`ev.*, op.*, sv.*, wh.*, md.*, rk.*`, laterals, (r) => ({
    reported: numberOf(r, "reported"),
    reportedClosed: numberOf(r, "reported_closed"),
    closed: numberOf(r, "closed"),
    closedOnTime: numberOf(r, "closed_on_time"),
    medianHoursToClose: numberOrNull(r, "median_hours_to_close"),
    openNow: numberOf(r, "open_now"),
    overdueNow: numberOf(r, "overdue_now"),
    supervised: numberOf(r, "supervised"),
    whistles: numberOf(r, "whistles"),
    summoned: numberOf(r, "summoned"),
    summonedReported: numberOf(r, "summoned_reported"),
    medianHoursToReport: numberOrNull(r, "median_hours_to_report"),
    mediations: numberOf(r, "mediations"),
    mediationAgreements: numberOf(r, "mediation_agreements"),
    risksLow: numberOf(r, "risks_low"),
    risksMedium: numberOf(r, "risks_medium"),
    risksHigh: numberOf(r, "risks_high"),
    risksCritical: numberOf(r, "risks_critical"),
    needs: numberOf(r, "needs"),
    needsAnsweredIn7Days: numberOf(r, "needs_answered"),
  }));
}

/** Which of these event codes are CLOSED now, among the events the scope sees: one statement for any number of codes. */
export async function closedEventCodes(rows: ScopedRows<typeof tables>, codes: readonly string[]): Promise<Set<string>> {
  // Run even for no codes, so a scorecard's statements do not depend on its data.
  const closed = await rows.list(EVENT, { match: { code: codes, status: ["CLOSED"] } });
  return new Set(closed.map((e) => e.code));
}
