import { and, asc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, countRows, countsByParent, hasPrefix, keysetPage, keysetPagesByParent, type PageRequest } from "../common/keyset.js";
import { columnsOf, select } from "../common/select.js";
import * as tables from "./tables.js";
import type { RowScope } from "../../auth/row-scope.js";
import type { PgTable } from "drizzle-orm/pg-core";
import { rowsByKey, type Entity } from "../common/entity.js";

import { civicVisibility, type CivicVisibility } from "./visibility.js";
import { activities, demands, enrolments, practiceSites, volunteerTeams, volunteers } from "./tables.js";

/** Reads of the New-Era Civilisation Practice Centre (新时代文明实践中心) database. */
export class CivicReads {
  private readonly see: CivicVisibility;

  /** Reads limited to the rows `scope` sees; the aggregate counts are not. */
  constructor(
    private readonly source: SourceDatabase<typeof tables>,
    private readonly scope: RowScope,
  ) {
    this.see = civicVisibility(scope);
  }

  /** A community's service orders still to be served, and its activities starting in [dayStart, dayEnd). */
  async dashboardCounts(communityCode: string, dayStart: Date, dayEnd: Date): Promise<{ openDemands: number; activitiesToday: number }> {
    const [demandRow] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(demands)
      .where(and(eq(demands.communityCode, communityCode), anyOf(demands.status, ["ORDERED", "DISPATCHED", "ACCEPTED"])));
    const [activityRow] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(activities)
      .where(and(eq(activities.communityCode, communityCode), anyOf(activities.status, ["PUBLISHED", "COMPLETED"]), gte(activities.startsAt, dayStart), lt(activities.startsAt, dayEnd)));
    return { openDemands: demandRow?.n ?? 0, activitiesToday: activityRow?.n ?? 0 };
  }

  private get db() {
    return this.source.db;
  }

  private get pool() {
    return this.source.pool;
  }
  /** Rows of one of this centre's entities by key, those the scope sees: what `node(id)` and the by-id loaders read. */
  byKeys<T extends PgTable>(entity: Entity<T>, keys: readonly (string | number)[]) {
    return rowsByKey(this.pool, entity, keys, this.scope);
  }


  /** Every enrolment of these activities, in enrolment order. */
  enrolmentsByActivity(activityIds: readonly number[]) {
    return select(this.pool, columnsOf(enrolments), and(anyOf(enrolments.activityId, activityIds), this.see.enrolments), [asc(enrolments.enrolledAt), asc(enrolments.id)]);
  }

  /** Members of these teams, by volunteer number. */
  volunteersByTeam(teamIds: readonly number[]) {
    return select(this.pool, columnsOf(volunteers), and(anyOf(volunteers.teamId, teamIds), this.see.volunteers), [asc(volunteers.volunteerNo)]);
  }

  enrolmentCountsByActivity(activityIds: readonly number[]) {
    return countsByParent(this.pool, enrolments, enrolments.activityId, activityIds, undefined);
  }

  stationsByCommunity(codes: readonly string[]) {
    return select(this.pool, columnsOf(practiceSites), and(eq(practiceSites.level, "STATION"), anyOf(practiceSites.divisionCode, codes)));
  }

  activitiesByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: activities, parentColumn: activities.communityCode, parents: codes, where: this.see.activities, sortColumn: activities.startsAt, idColumn: activities.id, page });
  }


  demandsByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: demands, parentColumn: demands.communityCode, parents: codes, where: this.see.demands, sortColumn: demands.orderedAt, idColumn: demands.id, page });
  }

  demandsByGrid(gridCodes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: demands, parentColumn: demands.gridCode, parents: gridCodes, where: this.see.demands, sortColumn: demands.orderedAt, idColumn: demands.id, page });
  }


  volunteersByCommunity(codes: readonly string[], page: PageRequest) {
    return keysetPagesByParent(this.pool, { table: volunteers, parentColumn: volunteers.communityCode, parents: codes, where: this.see.volunteers, sortColumn: volunteers.id, idColumn: volunteers.id, page });
  }

  volunteersByIdNumber(idNumbers: readonly string[]) {
    return select(this.pool, columnsOf(volunteers), and(anyOf(volunteers.idNumber, idNumbers), this.see.volunteers), [asc(volunteers.id)]);
  }

  activities(filter: ActivityFilter, page: PageRequest) {
    return keysetPage(this.pool, { table: activities, where: and(activityWhere(filter), this.see.activities), sortColumn: activities.startsAt, idColumn: activities.id, page });
  }

  countActivities(filter: ActivityFilter) {
    return countRows(this.pool, activities, and(activityWhere(filter), this.see.activities));
  }

  demands(filter: DemandFilter, page: PageRequest) {
    return keysetPage(this.pool, { table: demands, where: and(demandWhere(filter), this.see.demands), sortColumn: demands.orderedAt, idColumn: demands.id, page });
  }

  countDemands(filter: DemandFilter) {
    return countRows(this.pool, demands, and(demandWhere(filter), this.see.demands));
  }

  volunteers(filter: { codePrefix?: string }, page: PageRequest) {
    return keysetPage(this.pool, { table: volunteers, where: and(filter.codePrefix ? hasPrefix(volunteers.communityCode, filter.codePrefix) : undefined, this.see.volunteers), sortColumn: volunteers.id, idColumn: volunteers.id, page });
  }

  countVolunteers(filter: { codePrefix?: string }) {
    return countRows(this.pool, volunteers, and(filter.codePrefix ? hasPrefix(volunteers.communityCode, filter.codePrefix) : undefined, this.see.volunteers));
  }

  sites(filter: { codePrefix?: string; level?: tables.PracticeSiteRow["level"] }, page: PageRequest) {
    return keysetPage(this.pool, { table: practiceSites, where: siteWhere(filter), sortColumn: practiceSites.id, idColumn: practiceSites.id, page });
  }

  countSites(filter: { codePrefix?: string; level?: tables.PracticeSiteRow["level"] }) {
    return countRows(this.pool, practiceSites, siteWhere(filter));
  }

  teams(filter: { codePrefix?: string }, page: PageRequest) {
    const where = filter.codePrefix ? hasPrefix(volunteerTeams.divisionCode, filter.codePrefix) : undefined;
    return keysetPage(this.pool, { table: volunteerTeams, where, sortColumn: volunteerTeams.id, idColumn: volunteerTeams.id, page });
  }

  countTeams(filter: { codePrefix?: string }) {
    return countRows(this.pool, volunteerTeams, filter.codePrefix ? hasPrefix(volunteerTeams.divisionCode, filter.codePrefix) : undefined);
  }
}

const siteWhere = (f: { codePrefix?: string; level?: tables.PracticeSiteRow["level"] }) =>
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
