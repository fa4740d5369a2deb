import { and, asc, eq, gt, gte, lt, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, hasPrefix } from "../common/conditions.js";
import { streetOf } from "../common/division-codes.js";
import { ScopedRows, type PageRequest } from "../common/scoped-rows.js";
import type { RowScope } from "../../auth/row-scope.js";
import * as tables from "./tables.js";
import { ACTIVITY, DEMAND, ENROLMENT, PRACTICE_SITE, VOLUNTEER, VOLUNTEER_TEAM } from "./entities.js";
import { activities, demands, enrolments, practiceSites, volunteerTeams, volunteers } from "./tables.js";

/** Reads of the New-Era Civilisation Practice Centre (新时代文明实践中心) database, limited to the rows a scope sees (see `ScopedRows`). */
export class CivicReads {
  readonly rows: ScopedRows<typeof tables>;

  constructor(source: SourceDatabase<typeof tables>, scope: RowScope) {
    this.rows = new ScopedRows(source, scope);
  }

  /** A community's service orders still to be served, and its activities starting in [dayStart, dayEnd): counters, over every row. */
  async dashboardCounts(communityCode: string, dayStart: Date, dayEnd: Date): Promise<{ openDemands: number; activitiesToday: number }> {
    const { db } = this.rows.everyRow;
    const [demandRow] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(demands)
      .where(and(eq(demands.communityCode, communityCode), anyOf(demands.status, ["ORDERED", "DISPATCHED", "ACCEPTED"])));
    const [activityRow] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(activities)
      .where(and(eq(activities.communityCode, communityCode), anyOf(activities.status, ["PUBLISHED", "COMPLETED"]), gte(activities.startsAt, dayStart), lt(activities.startsAt, dayEnd)));
    return { openDemands: demandRow?.n ?? 0, activitiesToday: activityRow?.n ?? 0 };
  }

  /** Every enrolment of these activities, in enrolment order. */
  enrolmentsByActivity(activityIds: readonly number[]) {
    return this.rows.list(ENROLMENT, { match: { activityId: activityIds } }, [asc(enrolments.enrolledAt), asc(enrolments.id)]);
  }

  /** Members of these teams, by volunteer number. */
  volunteersByTeam(teamIds: readonly number[]) {
    return this.rows.list(VOLUNTEER, { match: { teamId: teamIds } }, [asc(volunteers.volunteerNo)]);
  }

  enrolmentCountsByActivity(activityIds: readonly number[]) {
    return this.rows.tally(ENROLMENT, enrolments.activityId, activityIds);
  }

  stationsByCommunity(codes: readonly string[]) {
    return this.rows.list(PRACTICE_SITE, { match: { level: ["STATION"], divisionCode: codes } });
  }

  activitiesByCommunity(codes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(ACTIVITY, activities.communityCode, codes, {}, { sort: activities.startsAt, page });
  }

  demandsByCommunity(codes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(DEMAND, demands.communityCode, codes, {}, { sort: demands.orderedAt, page });
  }

  demandsByGrid(gridCodes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(DEMAND, demands.gridCode, gridCodes, {}, { sort: demands.orderedAt, page });
  }

  volunteersByCommunity(codes: readonly string[], page: PageRequest) {
    return this.rows.pagesByParent(VOLUNTEER, volunteers.communityCode, codes, {}, { sort: volunteers.id, page });
  }

  volunteersByIdNumber(idNumbers: readonly string[]) {
    return this.rows.list(VOLUNTEER, { match: { idNumber: idNumbers } }, [asc(volunteers.id)]);
  }

  activities(filter: ActivityFilter, page: PageRequest) {
    return this.rows.page(ACTIVITY, { where: activityWhere(filter) }, { sort: activities.startsAt, page });
  }

  countActivities(filter: ActivityFilter) {
    return this.rows.count(ACTIVITY, { where: activityWhere(filter) });
  }

  demands(filter: DemandFilter, page: PageRequest) {
    return this.rows.page(DEMAND, { where: demandWhere(filter) }, { sort: demands.orderedAt, page });
  }

  countDemands(filter: DemandFilter) {
    return this.rows.count(DEMAND, { where: demandWhere(filter) });
  }

  volunteers(filter: { codePrefix?: string }, page: PageRequest) {
    return this.rows.page(VOLUNTEER, { where: prefixOf(volunteers.communityCode, filter) }, { sort: volunteers.id, page });
  }

  countVolunteers(filter: { codePrefix?: string }) {
    return this.rows.count(VOLUNTEER, { where: prefixOf(volunteers.communityCode, filter) });
  }

  sites(filter: SiteFilter, page: PageRequest) {
    return this.rows.page(PRACTICE_SITE, { where: siteWhere(filter) }, { sort: practiceSites.id, page });
  }

  countSites(filter: SiteFilter) {
    return this.rows.count(PRACTICE_SITE, { where: siteWhere(filter) });
  }

  /** Who could answer the needs of these communities: their volunteers, the teams serving them or their streets, and their activities still to come. */
  async helpersIn(communityCodes: readonly string[], now: Date) {
    const streets = [...new Set(communityCodes.map(streetOf))];
    const [volunteerRows, teamRows, activityRows] = await Promise.all([
      this.rows.list(VOLUNTEER, { match: { communityCode: communityCodes } }, [asc(volunteers.id)]),
      this.rows.list(VOLUNTEER_TEAM, { match: { divisionCode: [...communityCodes, ...streets] } }, [asc(volunteerTeams.id)]),
      this.rows.list(ACTIVITY, { match: { communityCode: communityCodes, status: ["PUBLISHED"] }, where: gt(activities.startsAt, now) }, [asc(activities.startsAt), asc(activities.id)]),
    ]);
    const [volunteerLoad, teamLoad, ratings, enrolled] = await Promise.all([
      this.rows.countsByParent(DEMAND, demands.acceptedVolunteerId, volunteerRows.map((v) => v.id), { match: { status: ["ACCEPTED"] } }),
      this.rows.countsByParent(DEMAND, demands.dispatchedTeamId, teamRows.map((t) => t.id), { match: { status: ["DISPATCHED"] } }),
      this.rows.distribution<typeof demands, number, number>(DEMAND, demands.acceptedVolunteerId, volunteerRows.map((v) => v.id), demands.rating, { match: { status: ["RATED"] } }),
      this.rows.tally(ENROLMENT, enrolments.activityId, activityRows.map((a) => a.id)),
    ]);
    return { volunteers: volunteerRows, teams: teamRows, activities: activityRows, volunteerLoad, teamLoad, ratings, enrolled };
  }

  teams(filter: { codePrefix?: string }, page: PageRequest) {
    return this.rows.page(VOLUNTEER_TEAM, { where: prefixOf(volunteerTeams.divisionCode, filter) }, { sort: volunteerTeams.id, page });
  }

  countTeams(filter: { codePrefix?: string }) {
    return this.rows.count(VOLUNTEER_TEAM, { where: prefixOf(volunteerTeams.divisionCode, filter) });
  }
}

const prefixOf = (column: AnyColumn, f: { codePrefix?: string }) => (f.codePrefix ? hasPrefix(column, f.codePrefix) : undefined);

interface SiteFilter {
  codePrefix?: string;
  level?: tables.PracticeSiteRow["level"];
}

const siteWhere = (f: SiteFilter) =>
  and(f.codePrefix ? hasPrefix(practiceSites.divisionCode, f.codePrefix) : undefined, f.level ? eq(practiceSites.level, f.level) : undefined);

export interface ActivityFilter {
  codePrefix?: string;
  categories?: tables.ActivityRow["category"][];
  statuses?: tables.ActivityRow["status"][];
}

export interface DemandFilter {
  codePrefix?: string;
  statuses?: tables.DemandRow["status"][];
  categories?: tables.DemandRow["category"][];
}

function activityWhere(f: ActivityFilter): SQL | undefined {
  return and(
    f.codePrefix ? hasPrefix(activities.communityCode, f.codePrefix) : undefined,
    f.categories?.length ? anyOf(activities.category, f.categories) : undefined,
    f.statuses?.length ? anyOf(activities.status, f.statuses) : undefined,
  );
}

function demandWhere(f: DemandFilter): SQL | undefined {
  return and(
    f.codePrefix ? hasPrefix(demands.communityCode, f.codePrefix) : undefined,
    f.categories?.length ? anyOf(demands.category, f.categories) : undefined,
    f.statuses?.length ? anyOf(demands.status, f.statuses) : undefined,
  );
}
