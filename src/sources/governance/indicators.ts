import { sql, type SQL } from "drizzle-orm";
import type { Period } from "../common/period.js";
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
}

const hours = (interval: SQL) => sql`extract(epoch FROM ${interval}) / 3600`;
/** The row's time lies in the statement's period `p` (from `f`, before `t`). */
const within = (column: SQL) => sql`(${column} >= p.f AND ${column} < p.t)`;
const and = (...parts: (SQL | undefined)[]) => sql.join(parts.filter((p): p is SQL => p !== undefined).map((p) => sql`(${p})`), sql` AND `);

/**
 * The governance figures of every division (by code prefix) in every period, in one statement:
 * a LATERAL aggregate per division and period over the rows the scope sees, each on the
 * indexes of its table (place prefix, then time).
 */
export async function governanceFigures(rows: ScopedRows<typeof tables>, prefixes: readonly string[], periods: readonly Period[]): Promise<Map<string, GovernanceFigures[]>> {
  const byPrefix = new Map<string, GovernanceFigures[]>(prefixes.map((p) => [p, []]));
  if (prefixes.length === 0 || periods.length === 0) return byPrefix;
  const seenEvents = rows.visible(EVENT);
  const seenRisks = rows.visible(RISK_ASSESSMENT);
  const inPlace = sql`${events.communityCode} LIKE d.prefix || '%'`;
  const reportedIn = within(sql`${events.reportedAt}`);
  const closedIn = within(sql`${events.closedAt}`);
  const statement = sql`
    SELECT d.prefix, p.i::int AS period, ev.*, op.*, sv.*, wh.*, md.*, rk.*
    FROM unnest(${sql.param(prefixes)}::text[]) AS d(prefix)
    CROSS JOIN unnest(${sql.param(periods.map((p) => p.from.toISOString()))}::timestamptz[], ${sql.param(periods.map((p) => p.to.toISOString()))}::timestamptz[]) WITH ORDINALITY AS p(f, t, i)
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${reportedIn})::int AS reported,
             count(*) FILTER (WHERE ${reportedIn} AND ${events.status} = 'CLOSED')::int AS reported_closed,
             count(*) FILTER (WHERE ${closedIn})::int AS closed,
             count(*) FILTER (WHERE ${closedIn} AND ${events.closedAt} <= ${events.dueAt})::int AS closed_on_time,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${events.closedAt} - ${events.reportedAt}`)}) FILTER (WHERE ${closedIn}) AS median_hours_to_close
      FROM ${events} WHERE ${and(inPlace, sql`${reportedIn} OR ${closedIn}`, seenEvents)}
    ) ev
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open_now, count(*) FILTER (WHERE ${events.dueAt} < now())::int AS overdue_now
      FROM ${events} WHERE ${and(inPlace, sql`${events.status} = ANY(${sql.param(OPEN_EVENT_STATUSES)}::event_status[])`, seenEvents)}
    ) op
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT ${eventTransitions.eventId})::int AS supervised
      FROM ${eventTransitions} JOIN ${events} ON ${events.id} = ${eventTransitions.eventId}
      WHERE ${and(inPlace, sql`${eventTransitions.action} = 'SUPERVISE'`, within(sql`${eventTransitions.at}`), seenEvents)}
    ) sv
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT ${whistles.id})::int AS whistles, count(${whistleDepartments.id})::int AS summoned, count(${whistleDepartments.reportedAt})::int AS summoned_reported,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${whistleDepartments.reportedAt} - ${whistles.blownAt}`)}) AS median_hours_to_report
      FROM ${whistles} JOIN ${events} ON ${events.id} = ${whistles.eventId} LEFT JOIN ${whistleDepartments} ON ${whistleDepartments.whistleId} = ${whistles.id}
      WHERE ${and(inPlace, within(sql`${whistles.blownAt}`), seenEvents)}
    ) wh
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS mediations, count(*) FILTER (WHERE ${mediations.outcome} = 'AGREEMENT')::int AS mediation_agreements
      FROM ${mediations} JOIN ${events} ON ${events.id} = ${mediations.eventId}
      WHERE ${and(inPlace, within(sql`${mediations.mediatedAt}`), seenEvents)}
    ) md
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${riskAssessments.level} = 'LOW')::int AS risks_low, count(*) FILTER (WHERE ${riskAssessments.level} = 'MEDIUM')::int AS risks_medium,
             count(*) FILTER (WHERE ${riskAssessments.level} = 'HIGH')::int AS risks_high, count(*) FILTER (WHERE ${riskAssessments.level} = 'CRITICAL')::int AS risks_critical
      FROM ${riskAssessments} WHERE ${and(sql`${riskAssessments.communityCode} LIKE d.prefix || '%'`, within(sql`${riskAssessments.assessedAt}`), seenRisks)}
    ) rk
    ORDER BY 1, 2`;
  const result = await rows.everyRow.db.execute<Record<string, unknown>>(statement);
  for (const r of result.rows) {
    const n = (key: string) => Number(r[key] ?? 0);
    const hoursOrNull = (key: string) => (r[key] === null || r[key] === undefined ? null : Number(r[key]));
    byPrefix.get(r.prefix as string)?.push({
      reported: n("reported"),
      reportedClosed: n("reported_closed"),
      closed: n("closed"),
      closedOnTime: n("closed_on_time"),
      medianHoursToClose: hoursOrNull("median_hours_to_close"),
      openNow: n("open_now"),
      overdueNow: n("overdue_now"),
      supervised: n("supervised"),
      whistles: n("whistles"),
      summoned: n("summoned"),
      summonedReported: n("summoned_reported"),
      medianHoursToReport: hoursOrNull("median_hours_to_report"),
      mediations: n("mediations"),
      mediationAgreements: n("mediation_agreements"),
      risksLow: n("risks_low"),
      risksMedium: n("risks_medium"),
      risksHigh: n("risks_high"),
      risksCritical: n("risks_critical"),
    });
  }
  return byPrefix;
}
