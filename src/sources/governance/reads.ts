import { and, asc, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, countRows, countsByParent, embedPage, hasPrefix, keysetPage, keysetPagesByParent, type Page, type PageRequest } from "../common/keyset.js";
import { columnsOf, embedMany, embedOne, select, type Embed, type Projection } from "../common/select.js";
import { OPEN_EVENT_STATUSES } from "./event-lifecycle.js";
import * as tables from "./tables.js";
import type { RowScope } from "../../auth/row-scope.js";
import type { PgTable } from "drizzle-orm/pg-core";
import { rowsByKey, type Entity } from "../common/entity.js";

import { governanceVisibility, type GovernanceVisibility } from "./visibility.js";
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

const histories = new WeakMap<Projection<typeof eventTransitions, unknown>, Embed<unknown[]>>();

/**
 * An event's history (流转记录) read with `projection`, inside a statement over `events`; its
 * events' scope is its own. One embed per projection, so its text is rendered once.
 */
export function eventHistory<Row>(projection: Projection<typeof eventTransitions, Row>): Embed<Row[]> {
  let history = histories.get(projection);
  if (!history) histories.set(projection, (history = embedMany(projection, eventTransitions.eventId, events.id, [asc(eventTransitions.at), asc(eventTransitions.id)])));
  return history as Embed<Row[]>;
}

/** Reads of the Comprehensive Governance Centre (综治中心) database. */
export class GovernanceReads {
  private readonly see: GovernanceVisibility;

  /** Reads limited to the rows `scope` sees; the aggregate counts are not. */
  constructor(
    private readonly source: SourceDatabase<typeof tables>,
    private readonly scope: RowScope,
  ) {
    this.see = governanceVisibility(scope);
  }

  /** A community's open events per state, and how many of them are overdue. */
  async openEventCounts(communityCode: string): Promise<{ byStatus: { status: EventRow["status"]; count: number }[]; overdue: number }> {
    const rows = await this.db
      .select({ status: events.status, count: sql<number>`count(*)::int`, overdue: sql<number>`count(*) FILTER (WHERE ${events.dueAt} < now())::int` })
      .from(events)
      .where(and(eq(events.communityCode, communityCode), anyOf(events.status, OPEN_EVENT_STATUSES)))
      .groupBy(events.status)
      .orderBy(events.status);
    return { byStatus: rows.map(({ status, count }) => ({ status, count })), overdue: rows.reduce((n, r) => n + r.overdue, 0) };
  }

  private get db() {
    return this.source.db;
  }

  private get pool() {
    return this.source.pool;
  }

  private eventWhere(filter: EventFilter): SQL | undefined {
    return and(eventWhere(filter), this.see.events);
  }
  /** Rows of one of this centre's entities by key, those the scope sees: what `node(id)` and the by-id loaders read. */
  byKeys<T extends PgTable>(entity: Entity<T>, keys: readonly (string | number)[]) {
    return rowsByKey(this.pool, entity, keys, this.scope);
  }


  /** Grids by code, read with `projection` (every column, and embeds read over `grids`). */
  gridsByCode<Row = GridRow>(codes: readonly string[], projection: Projection<typeof grids, Row> = columnsOf(grids) as Projection<typeof grids, Row>) {
    return select(this.pool, projection, anyOf(grids.code, codes));
  }

  gridsByCommunity<Row = GridRow>(communityCodes: readonly string[], projection: Projection<typeof grids, Row> = columnsOf(grids) as Projection<typeof grids, Row>) {
    return select(this.pool, projection, anyOf(grids.communityCode, communityCodes), [asc(grids.code)]);
  }

  /** Each grid's workers, read inside a statement over `grids`. */
  workersOfGrid(): Embed<GridWorkerRow[]> {
    return embedMany(columnsOf(gridWorkers), gridWorkers.gridCode, grids.code, [asc(gridWorkers.id)], this.see.gridWorkers);
  }

  /** Each event's grid, read with `projection` (and its embeds) inside a statement over `events`; grids are public. */
  gridOfEvent<Row>(projection: Projection<typeof grids, Row>): Embed<Row | null> {
    return embedOne(projection, grids.code, events.gridCode);
  }

  /** Each event's assigned worker (null when none, or not visible), read inside a statement over `events`. */
  workerOfEvent(): Embed<GridWorkerRow | null> {
    return embedOne(columnsOf(gridWorkers), gridWorkers.id, events.assignedWorkerId, this.see.gridWorkers);
  }

  /** Each grid's page of events, read inside a statement over `grids`. */
  eventPageOfGrid<Row = EventRow>(filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}): Embed<Page<Row>> {
    return embedPage({ ...read, table: events, parentColumn: events.gridCode, parentKey: grids.code, where: this.eventWhere(filter), sortColumn: events[sort], idColumn: events.id, page });
  }

  workersByGrid(gridCodes: readonly string[]) {
    return select(this.pool, columnsOf(gridWorkers), and(anyOf(gridWorkers.gridCode, gridCodes), this.see.gridWorkers), [asc(gridWorkers.id)]);
  }

  workersByIdNumber(idNumbers: readonly string[]) {
    return select(this.pool, columnsOf(gridWorkers), and(anyOf(gridWorkers.idNumber, idNumbers), this.see.gridWorkers));
  }

  gridWorkers(filter: { codePrefix?: string }, page: PageRequest) {
    return keysetPage(this.pool, {
      table: gridWorkers,
      where: and(filter.codePrefix ? hasPrefix(gridWorkers.gridCode, filter.codePrefix) : undefined, this.see.gridWorkers),
      sortColumn: gridWorkers.id,
      idColumn: gridWorkers.id,
      page,
    });
  }

  countGridWorkers(filter: { codePrefix?: string }) {
    return countRows(this.pool, gridWorkers, and(filter.codePrefix ? hasPrefix(gridWorkers.gridCode, filter.codePrefix) : undefined, this.see.gridWorkers));
  }

  eventsByCode(codes: readonly string[]) {
    return select(this.pool, columnsOf(events), and(anyOf(events.code, codes), this.see.events));
  }

  /** A page of events, reading the `columns` given (every column when omitted), counted on request. */
  events<Row = EventRow>(filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}): Promise<Page<Row>> {
    return keysetPage(this.pool, { ...read, table: events, where: this.eventWhere(filter), sortColumn: events[sort], idColumn: events.id, page });
  }

  countEvents(filter: EventFilter): Promise<number> {
    return countRows(this.pool, events, this.eventWhere(filter));
  }

  /** The first page of events of each grid, in one statement. */
  eventsByGrid<Row = EventRow>(gridCodes: readonly string[], filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}) {
    return keysetPagesByParent(this.pool, { ...read, table: events, parentColumn: events.gridCode, parents: gridCodes, where: this.eventWhere(filter), sortColumn: events[sort], idColumn: events.id, page });
  }

  eventsByCommunity<Row = EventRow>(communityCodes: readonly string[], filter: EventFilter, sort: EventSort, page: PageRequest, read: EventRead<Row> = {}) {
    return keysetPagesByParent(this.pool, { ...read, table: events, parentColumn: events.communityCode, parents: communityCodes, where: this.eventWhere(filter), sortColumn: events[sort], idColumn: events.id, page });
  }

  countEventsByGrid(gridCodes: readonly string[], filter: EventFilter) {
    return countsByParent(this.pool, events, events.gridCode, gridCodes, this.eventWhere(filter));
  }

  countEventsByCommunity(communityCodes: readonly string[], filter: EventFilter) {
    return countsByParent(this.pool, events, events.communityCode, communityCodes, this.eventWhere(filter));
  }

  transitionsByEvent(eventIds: readonly number[]) {
    return select(this.pool, columnsOf(eventTransitions), and(anyOf(eventTransitions.eventId, eventIds), this.see.transitions), [asc(eventTransitions.at), asc(eventTransitions.id)]);
  }

  whistlesByEvent(eventIds: readonly number[]) {
    return select(this.pool, columnsOf(whistles), and(anyOf(whistles.eventId, eventIds), this.see.whistles), [asc(whistles.blownAt), asc(whistles.id)]);
  }

  summonsByWhistle(whistleIds: readonly number[]) {
    return select(this.pool, columnsOf(whistleDepartments), and(anyOf(whistleDepartments.whistleId, whistleIds), this.see.summons), [asc(whistleDepartments.id)]);
  }

  /** Departments summoned to each event that have not reported yet (未报到). */
  pendingDepartmentsByEvent(eventIds: readonly number[]) {
    return this.db
      .selectDistinct({ eventId: whistles.eventId, department: whistleDepartments.department })
      .from(whistleDepartments)
      .innerJoin(whistles, eq(whistles.id, whistleDepartments.whistleId))
      .where(and(anyOf(whistles.eventId, eventIds), isNull(whistleDepartments.reportedAt), this.see.whistles))
      .orderBy(asc(whistles.eventId), asc(whistleDepartments.department));
  }

  mediationsByEvent(eventIds: readonly number[]) {
    return select(this.pool, columnsOf(mediations), and(anyOf(mediations.eventId, eventIds), this.see.mediations), [asc(mediations.mediatedAt), asc(mediations.id)]);
  }

  risksByCommunity(communityCodes: readonly string[]) {
    return select(this.pool, columnsOf(riskAssessments), and(anyOf(riskAssessments.communityCode, communityCodes), this.see.riskAssessments), [asc(riskAssessments.assessedAt)]);
  }

  countRisks(filter: RiskFilter) {
    return countRows(this.pool, riskAssessments, and(riskWhere(filter), this.see.riskAssessments));
  }

  risks(filter: RiskFilter, page: PageRequest) {
    return keysetPage(this.pool, {
      table: riskAssessments,
      where: and(riskWhere(filter), this.see.riskAssessments),
      sortColumn: riskAssessments.assessedAt,
      idColumn: riskAssessments.id,
      page,
    });
  }
}

type RiskFilter = { codePrefix?: string; levels?: (typeof riskAssessments.$inferSelect)["level"][] };

const riskWhere = (filter: RiskFilter) =>
  and(filter.codePrefix ? hasPrefix(riskAssessments.communityCode, filter.codePrefix) : undefined, filter.levels?.length ? anyOf(riskAssessments.level, filter.levels) : undefined);
