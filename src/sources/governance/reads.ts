import { and, asc, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, hasPrefix } from "../common/conditions.js";
import { everyColumn, ScopedRows, type Embed, type Page, type PageRequest, type Projection } from "../common/scoped-rows.js";
import { OPEN_EVENT_STATUSES } from "./event-lifecycle.js";
import * as tables from "./tables.js";
import type { RowScope } from "../../auth/row-scope.js";
import { EVENT, EVENT_TRANSITION, GRID, GRID_WORKER, MEDIATION, RISK_ASSESSMENT, WHISTLE, WHISTLE_SUMMONS } from "./entities.js";
import { eventTransitions, events, gridWorkers, grids, mediations, riskAssessments, whistleDepartments, whistles, type EventRow, type GridRow, type GridWorkerRow } from "./tables.js";

export interface EventFilter {
  /** Division or grid code prefix: a street's 9 digits, a community's 12, a grid's 15. */
  codePrefix?: string;
  gridCode?: string;
  statuses?: EventRow["status"][];
  categories?: EventRow["category"][];
  urgencies?: EventRow["urgency"][];
  reportedAfter?: Date;
  reportedBefore?: Date;
  overdueAt?: Date;
  /** Open events that are overdue at this time or under supervision (督办台账). */
  attentionAt?: Date;
  /** True: only events under supervision; false: only those not. */
  supervised?: boolean;
  text?: string;
  /** Whether `text` also searches the exact address: only for callers who may read every address they see. */
  textInAddress?: boolean;
}

export type EventSort = "reportedAt" | "dueAt";

/** How an event list is read: which columns (every one when omitted), and whether it is counted as well. */
export interface EventRead<Row> {
  columns?: Projection<typeof events, Row>;
  counted?: boolean;
}


function eventWhere(f: EventFilter): SQL | undefined {
  const like = f.text ? `%${f.text.replace(/[\\%_]/g, "\\$&")}%` : undefined;
  return and(
    f.codePrefix ? hasPrefix(events.gridCode, f.codePrefix) : undefined,
    f.gridCode ? eq(events.gridCode, f.gridCode) : undefined,
    f.statuses?.length ? anyOf(events.status, f.statuses) : undefined,
    f.categories?.length ? anyOf(events.category, f.categories) : undefined,
    f.urgencies?.length ? anyOf(events.urgency, f.urgencies) : undefined,
    f.reportedAfter ? gte(events.reportedAt, f.reportedAfter) : undefined,
    f.reportedBefore ? lt(events.reportedAt, f.reportedBefore) : undefined,
    f.overdueAt ? and(lt(events.dueAt, f.overdueAt), anyOf(events.status, OPEN_EVENT_STATUSES)) : undefined,
    f.attentionAt ? and(anyOf(events.status, OPEN_EVENT_STATUSES), or(lt(events.dueAt, f.attentionAt), isNotNull(events.supervisionLevel))) : undefined,
    f.supervised === undefined ? undefined : f.supervised ? isNotNull(events.supervisionLevel) : isNull(events.supervisionLevel),
    like ? or(ilike(events.title, like), ilike(events.description, like), f.textInAddress ? ilike(events.address, like) : undefined) : undefined,
  );
}

/** Reads of the Comprehensive Governance Centre (综治中心) database, limited to the rows a scope sees (see `ScopedRows`). */
export class GovernanceReads {
  readonly rows: ScopedRows<typeof tables>;

  constructor(source: SourceDatabase<typeof tables>, scope: RowScope) {
    this.rows = new ScopedRows(source, scope);
  }

  /** A community's open events per state, and how many of them are overdue: counters, over every row. */
  async openEventCounts(communityCode: string): Promise<{ byStatus: { status: EventRow["status"]; count: number }[]; overdue: number }> {
    const rows = await this.rows.everyRow.db
      .select({ status: events.status, count: sql<number>`count(*)::int`, overdue: sql<number>`count(*) FILTER (WHERE ${events.dueAt} < now())::int` })
      .from(events)
      .where(and(eq(events.communityCode, communityCode), anyOf(events.status, OPEN_EVENT_STATUSES)))
      .groupBy(events.status)
      .orderBy(events.status);
    return { byStatus: rows.map(({ status, count }) => ({ status, count })), overdue: rows.reduce((n, r) => n + r.overdue, 0) };
  }

  /** Grids by code, read with `projection` (every column when omitted, and embeds read over `grids`). */
  gridsByCode<Row = GridRow>(codes: readonly string[], projection?: Projection<typeof grids, Row>) {
    return this.rows.list(GRID, { match: { code: codes } }, [], projection);
  }

  gridsByCommunity<Row = GridRow>(communityCodes: readonly string[], projection?: Projection<typeof grids, Row>) {
    return this.rows.list(GRID, { match: { communityCode: communityCodes } }, [asc(grids.code)], projection);
  }

  /** Each grid's workers, read inside a statement over `grids`. */
  workersOfGrid(): Embed<GridWorkerRow[]> {
    return this.rows.embedMany(GRID_WORKER, everyColumn(GRID_WORKER), gridWorkers.gridCode, grids.code, [gridWorkers.id]);
  }

  /** Each event's grid, read with `projection` (and its embeds) inside a statement over `events`. */
  gridOfEvent<Row>(projection: Projection<typeof grids, Row>): Embed<Row | null> {
    return this.rows.embedOne(GRID, projection, grids.code, events.gridCode);
  }

  /** Each event's assigned worker (null when none, or not visible), read inside a statement over `events`. */
  workerOfEvent(): Embed<GridWorkerRow | null> {
    return this.rows.embedOne(GRID_WORKER, everyColumn(GRID_WORKER), gridWorkers.id, events.assignedWorkerId);
  }

  /** Each event's history (流转记录), read with `projection` inside a statement over `events`. */
  historyOfEvent<Row>(projection: Projection<typeof eventTransitions, Row>): Embed<Row[]> {
    return this.rows.embedMany(EVENT_TRANSITION, projection, eventTransitions.eventId, events.id, [eventTransitions.at, eventTransitions.id]);
  }

  /** Each grid's page of events, read inside a statement over `grids`. */
  eventPageOfGrid<Row = EventRow>(filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}): Embed<Page<Row>> {
    return this.rows.embedPage(EVENT, events.gridCode, grids.code, { where: eventWhere(filter) }, { ...read, sort: events[sort], page });
  }

  workersByGrid(gridCodes: readonly string[]) {
    return this.rows.list(GRID_WORKER, { match: { gridCode: gridCodes } }, [asc(gridWorkers.id)]);
  }

  workersByIdNumber(idNumbers: readonly string[]) {
    return this.rows.list(GRID_WORKER, { match: { idNumber: idNumbers } });
  }

  gridWorkers(filter: { codePrefix?: string }, page: PageRequest) {
    return this.rows.page(GRID_WORKER, workerFilter(filter), { sort: gridWorkers.id, page });
  }

  countGridWorkers(filter: { codePrefix?: string }) {
    return this.rows.count(GRID_WORKER, workerFilter(filter));
  }

  eventsByCode(codes: readonly string[]) {
    return this.rows.list(EVENT, { match: { code: codes } });
  }

  /** A page of events, reading the `columns` given (every column when omitted), counted on request. */
  events<Row = EventRow>(filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}): Promise<Page<Row>> {
    return this.rows.page(EVENT, { where: eventWhere(filter) }, { ...read, sort: events[sort], page });
  }

  countEvents(filter: EventFilter): Promise<number> {
    return this.rows.count(EVENT, { where: eventWhere(filter) });
  }

  /** The first page of events of each grid, in one statement. */
  eventsByGrid<Row = EventRow>(gridCodes: readonly string[], filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}) {
    return this.rows.pagesByParent(EVENT, events.gridCode, gridCodes, { where: eventWhere(filter) }, { ...read, sort: events[sort], page });
  }

  eventsByCommunity<Row = EventRow>(communityCodes: readonly string[], filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}) {
    return this.rows.pagesByParent(EVENT, events.communityCode, communityCodes, { where: eventWhere(filter) }, { ...read, sort: events[sort], page });
  }

  countEventsByGrid(gridCodes: readonly string[], filter: EventFilter) {
    return this.rows.countsByParent(EVENT, events.gridCode, gridCodes, { where: eventWhere(filter) });
  }

  countEventsByCommunity(communityCodes: readonly string[], filter: EventFilter) {
    return this.rows.countsByParent(EVENT, events.communityCode, communityCodes, { where: eventWhere(filter) });
  }

  transitionsByEvent(eventIds: readonly number[]) {
    return this.rows.list(EVENT_TRANSITION, { match: { eventId: eventIds } }, [asc(eventTransitions.at), asc(eventTransitions.id)]);
  }

  whistlesByEvent(eventIds: readonly number[]) {
    return this.rows.list(WHISTLE, { match: { eventId: eventIds } }, [asc(whistles.blownAt), asc(whistles.id)]);
  }

  summonsByWhistle(whistleIds: readonly number[]) {
    return this.rows.list(WHISTLE_SUMMONS, { match: { whistleId: whistleIds } }, [asc(whistleDepartments.id)]);
  }

  /** Departments summoned to each event that have not reported yet (未报到). */
  pendingDepartmentsByEvent(eventIds: readonly number[]) {
    return this.rows.everyRow.db
      .selectDistinct({ eventId: whistles.eventId, department: whistleDepartments.department })
      .from(whistleDepartments)
      .innerJoin(whistles, eq(whistles.id, whistleDepartments.whistleId))
      .where(and(anyOf(whistles.eventId, eventIds), isNull(whistleDepartments.reportedAt), this.rows.visible(WHISTLE)))
      .orderBy(asc(whistles.eventId), asc(whistleDepartments.department));
  }

  mediationsByEvent(eventIds: readonly number[]) {
    return this.rows.list(MEDIATION, { match: { eventId: eventIds } }, [asc(mediations.mediatedAt), asc(mediations.id)]);
  }

  risksByCommunity(communityCodes: readonly string[]) {
    return this.rows.list(RISK_ASSESSMENT, { match: { communityCode: communityCodes } }, [asc(riskAssessments.assessedAt)]);
  }

  countRisks(filter: RiskFilter) {
    return this.rows.count(RISK_ASSESSMENT, riskFilter(filter));
  }

  risks(filter: RiskFilter, page: PageRequest) {
    return this.rows.page(RISK_ASSESSMENT, riskFilter(filter), { sort: riskAssessments.assessedAt, page });
  }
}

const workerFilter = (f: { codePrefix?: string }) => ({ where: f.codePrefix ? hasPrefix(gridWorkers.gridCode, f.codePrefix) : undefined });

type RiskFilter = { codePrefix?: string; levels?: (typeof riskAssessments.$inferSelect)["level"][] };

const riskFilter = (f: RiskFilter) => ({ where: f.codePrefix ? hasPrefix(riskAssessments.communityCode, f.codePrefix) : undefined, match: f.levels?.length ? { level: f.levels } : {} });
