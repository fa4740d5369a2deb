import { sql } from "drizzle-orm";
import { allOf, hours, inDivision, numberOf, numberOrNull, perDivisionAndPeriod, periodRows, within, type Period } from "../common/period.js";
import type { ScopedRows } from "../common/scoped-rows.js";
import { ACTIVITY, DEMAND, ENROLMENT, VOLUNTEER } from "./entities.js";
import * as tables from "./tables.js";
import { activities, demands, enrolments, volunteers } from "./tables.js";

/** What the civilisation-practice centre counts for one division in one period. */
export interface CivicFigures {
  /** Service orders (点单) placed in the period, how many are done now (DONE or RATED), and how many were accepted within 7 days. */
  ordered: number;
  orderedDone: number;
  orderedAcceptedIn7Days: number;
  /** Orders accepted in the period and the median hours from order to acceptance. */
  accepted: number;
  medianHoursToAccept: number | null;
  /** Orders finished in the period with a rating: how many, the sum of their ratings, and how many rated 4 or 5. */
  rated: number;
  ratingSum: number;
  ratedSatisfied: number;
  /** Volunteer hours credited for activities held in the period, and to how many enrolments. */
  volunteerHours: number;
  credited: number;
  /** Activities held (COMPLETED) that started in the period, their seats, and the volunteers who checked in. */
  activitiesHeld: number;
  seats: number;
  checkedIn: number;
}

/** The civic figures of every division (by code prefix) in every period, in one statement, over the rows the scope sees. */
export function civicFigures(rows: ScopedRows<typeof tables>, prefixes: readonly string[], periods: readonly Period[]): Promise<Map<string, CivicFigures[]>> {
  const orderedIn = within(sql`${demands.orderedAt}`);
  const acceptedIn = within(sql`${demands.acceptedAt}`);
  const doneIn = within(sql`${demands.doneAt}`);
  const held = allOf(inDivision(sql`${activities.communityCode}`), within(sql`${activities.startsAt}`), sql`${activities.status} = 'COMPLETED'`);
  const laterals = sql`
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE ${orderedIn})::int AS ordered,
             count(*) FILTER (WHERE ${orderedIn} AND ${demands.status} IN ('DONE', 'RATED'))::int AS ordered_done,
             count(*) FILTER (WHERE ${orderedIn} AND ${demands.acceptedAt} <= ${demands.orderedAt} + interval '7 days')::int AS ordered_accepted_7d,
             count(*) FILTER (WHERE ${acceptedIn})::int AS accepted,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY ${hours(sql`${demands.acceptedAt} - ${demands.orderedAt}`)}) FILTER (WHERE ${acceptedIn}) AS median_hours_to_accept,
             count(*) FILTER (WHERE ${doneIn} AND ${demands.rating} IS NOT NULL)::int AS rated,
             coalesce(sum(${demands.rating}) FILTER (WHERE ${doneIn}), 0)::int AS rating_sum,
             count(*) FILTER (WHERE ${doneIn} AND ${demands.rating} >= 4)::int AS rated_satisfied
      FROM ${demands} WHERE ${allOf(inDivision(sql`${demands.communityCode}`), sql`${orderedIn} OR ${acceptedIn} OR ${doneIn}`, rows.visible(DEMAND))}
    ) de
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS activities_held, coalesce(sum(${activities.capacity}), 0)::int AS seats
      FROM ${activities} WHERE ${allOf(held, rows.visible(ACTIVITY))}
    ) ac
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(${enrolments.creditedHours}), 0)::float AS volunteer_hours, count(${enrolments.creditedHours})::int AS credited,
             count(${enrolments.checkedInAt})::int AS checked_in
      FROM ${enrolments} JOIN ${activities} ON ${activities.id} = ${enrolments.activityId}
      WHERE ${allOf(held, rows.visible(ENROLMENT))}
    ) en`;
  return perDivisionAndPeriod(rows, prefixes, periods, sql`de.*, ac.*, en.*`, laterals, (r) => ({
    ordered: numberOf(r, "ordered"),
    orderedDone: numberOf(r, "ordered_done"),
    orderedAcceptedIn7Days: numberOf(r, "ordered_accepted_7d"),
    accepted: numberOf(r, "accepted"),
    medianHoursToAccept: numberOrNull(r, "median_hours_to_accept"),
    rated: numberOf(r, "rated"),
    ratingSum: numberOf(r, "rating_sum"),
    ratedSatisfied: numberOf(r, "rated_satisfied"),
    volunteerHours: numberOf(r, "volunteer_hours"),
    credited: numberOf(r, "credited"),
    activitiesHeld: numberOf(r, "activities_held"),
    seats: numberOf(r, "seats"),
    checkedIn: numberOf(r, "checked_in"),
  }));
}

/**
 * For each period, which of these ID numbers belong to volunteers credited service hours for an
 * activity held in it (the same Person as a party member): one statement for any number of periods.
 */
export async function creditedVolunteers(rows: ScopedRows<typeof tables>, periods: readonly Period[], idNumbers: readonly string[]): Promise<Set<string>[]> {
  const credited = periods.map(() => new Set<string>());
  // Run even for no ID numbers, so a scorecard's statements do not depend on its data.
  if (periods.length === 0) return credited;
  const result = await rows.everyRow.db.execute<{ i: number; id_number: string }>(
    sql`SELECT DISTINCT p.i::int AS i, ${volunteers.idNumber} AS id_number
      FROM ${periodRows(periods)}
      JOIN ${activities} ON ${within(sql`${activities.startsAt}`)}
      JOIN ${enrolments} ON ${enrolments.activityId} = ${activities.id} AND ${enrolments.creditedHours} > 0
      JOIN ${volunteers} ON ${volunteers.id} = ${enrolments.volunteerId}
      WHERE ${allOf(sql`${volunteers.idNumber} = ANY(${sql.param(idNumbers)}::text[])`, rows.visible(ENROLMENT), rows.visible(VOLUNTEER))}`,
  );
  for (const row of result.rows) credited[row.i - 1]?.add(row.id_number.trim());
  return credited;
}
