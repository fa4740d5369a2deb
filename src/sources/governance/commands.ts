import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { SourceDatabase, SourceTransaction } from "../common/database.js";
import { conflict, invalid } from "../common/errors.js";
import { once, type ResendKey } from "../common/idempotency.js";
import { LOCAL_DAY_SQL as LOCAL_DAY } from "../common/local-time.js";
import { ACTIONS_NEEDING_NOTE, OPEN_EVENT_STATUSES, eventLifecycle, type EventAction } from "./event-lifecycle.js";
import { lockRow, lockVersioned, returned } from "../common/rows.js";
import * as tables from "./tables.js";
import {
  eventCodeCounters,
  eventTransitions,
  events,
  gridWorkers,
  grids,
  mediations,
  riskAssessments,
  serviceLevelRules,
  whistleDepartments,
  whistles,
  type EventRow,
  type MediationRow,
  type RiskAssessmentRow,
  type WhistleRow,
} from "./tables.js";

type Tx = SourceTransaction<typeof tables>;
type NewEvent = typeof events.$inferInsert;
type EventChanges = PgUpdateSetSource<typeof events>;

export type ReportEvent = Pick<NewEvent, "gridCode" | "category" | "urgency" | "channel" | "title" | "description" | "address" | "lat" | "lng" | "reporterName" | "reporterPhone" | "ownerSubject"> & {
  idempotencyKey?: ResendKey | null;
};

export interface TransitionEvent {
  eventId: number;
  action: EventAction;
  expectedVersion: number;
  note?: string | null;
  /** For ASSIGN: the department (承办部门) and/or grid worker taking the event over. */
  department?: string | null;
  workerId?: number | null;
}

export interface SuperviseEvent {
  eventId: number;
  expectedVersion: number;
  /** The supervision level; null lifts supervision (撤销督办). */
  level: EventRow["supervisionLevel"];
  note?: string | null;
}

export interface BlowWhistle {
  eventId: number;
  /** The street or community blowing the whistle; must be a prefix of the event's grid code. */
  divisionCode: string;
  departments: string[];
  note: string;
}

export type RecordMediation = Pick<MediationRow, "eventId" | "disputeType" | "mediator" | "parties" | "outcome" | "agreement">;
export type AssessRisk = Pick<RiskAssessmentRow, "communityCode" | "topic" | "level" | "measures" | "linkedEventIds">;


/** Writes of the Comprehensive Governance Centre (综治中心), each in one transaction of its database. */
export class GovernanceCommands {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  /** 上报: a new event with a readable code and a due time from the service-level rule. */
  reportEvent(input: ReportEvent, actor: string): Promise<{ row: EventRow; replayed: boolean }> {
    const { idempotencyKey, ...fields } = input;
    return this.source.transaction((tx) =>
      once(
        tx,
        { operation: "reportEvent", key: idempotencyKey, input: fields },
        async () => {
          const [grid] = await tx.select({ communityCode: grids.communityCode }).from(grids).where(eq(grids.code, fields.gridCode));
          if (!grid) throw invalid("input.gridCode", `Grid ${fields.gridCode} does not exist`);
          const [rule] = await tx
            .select({ dueHours: serviceLevelRules.dueHours })
            .from(serviceLevelRules)
            .where(and(eq(serviceLevelRules.category, fields.category), eq(serviceLevelRules.urgency, fields.urgency)));
          if (!rule) throw conflict(`No service-level rule for ${fields.category}/${fields.urgency}`);
          const code = await nextEventCode(tx);
          const row = returned(
            await tx
              .insert(events)
              .values({ ...fields, code, communityCode: grid.communityCode, dueAt: sql`now() + make_interval(hours => ${rule.dueHours})` })
              .returning(),
          );
          await tx.insert(eventTransitions).values({ eventId: row.id, action: "REPORT", fromStatus: null, toStatus: "REPORTED", actor, note: null });
          return row;
        },
        (id) => lockedEvent(tx, id),
      ),
    );
  }

  /** One step of the lifecycle, checked against the state machine and the version the caller saw. */
  transitionEvent(input: TransitionEvent, actor: string): Promise<EventRow> {
    if (ACTIONS_NEEDING_NOTE.includes(input.action) && !input.note) throw invalid("input.note", `${input.action} needs a note saying why`);
    const assigning = input.action === "ASSIGN";
    if (assigning && !input.department && input.workerId == null) throw invalid("input.department", "ASSIGN needs a department or a workerId to hand the event to");
    if (!assigning && input.department) throw invalid("input.department", "Only ASSIGN takes a department");
    if (!assigning && input.workerId != null) throw invalid("input.workerId", "Only ASSIGN takes a workerId");
    return this.source.transaction(async (tx) => {
      const event = await lockVersioned(tx, events, input.eventId, input.expectedVersion, "Event");
      const status = eventLifecycle.next(event, input.action);
      if (input.workerId != null) {
        const [worker] = await tx.select({ id: gridWorkers.id }).from(gridWorkers).where(eq(gridWorkers.id, input.workerId));
        if (!worker) throw invalid("input.workerId", `Grid worker ${input.workerId} does not exist`);
      }
      const changes: EventChanges = { status };
      if (assigning) Object.assign(changes, { assignedDepartment: input.department ?? null, assignedWorkerId: input.workerId ?? null });
      if (input.action === "CLOSE") changes.closedAt = sql`now()`;
      return step(tx, event, changes, { action: input.action, actor, note: input.note ?? null });
    });
  }

  /** 督办: put an overdue open event under supervision at a level, or lift it (level null). */
  superviseEvent(input: SuperviseEvent, actor: string): Promise<EventRow> {
    return this.source.transaction(async (tx) => {
      const event = await lockVersioned(tx, events, input.eventId, input.expectedVersion, "Event");
      if (!OPEN_EVENT_STATUSES.includes(event.status)) throw conflict(`Event ${event.code} is ${event.status}; only open events can be supervised`, { status: event.status });
      if (input.level === null) {
        if (event.supervisionLevel === null) throw conflict(`Event ${event.code} is not under supervision`);
        return step(tx, event, { supervisionLevel: null }, { action: "END_SUPERVISION", actor, note: input.note ?? null });
      }
      const [{ overdue } = { overdue: false }] = await tx.select({ overdue: sql<boolean>`${events.dueAt} < now()` }).from(events).where(eq(events.id, event.id));
      if (!overdue) throw conflict(`Event ${event.code} is not overdue (due ${event.dueAt.toISOString()}); only overdue events are supervised`);
      return step(tx, event, { supervisionLevel: input.level }, { action: "SUPERVISE", actor, note: [input.level, input.note].filter(Boolean).join(": ") });
    });
  }

  /** 吹哨: summon departments to an open event. */
  blowWhistle(input: BlowWhistle, actor: string): Promise<{ whistle: WhistleRow; event: EventRow }> {
    return this.source.transaction(async (tx) => {
      const event = await lockedEvent(tx, input.eventId);
      if (!OPEN_EVENT_STATUSES.includes(event.status)) throw conflict(`Event ${event.code} is ${event.status}; whistles are blown for open events`, { status: event.status });
      if (!event.gridCode.startsWith(input.divisionCode)) throw invalid("input.divisionCode", `${input.divisionCode} is not the street or community of event ${event.code}`);
      const whistle = returned(await tx.insert(whistles).values({ eventId: event.id, blownByCode: input.divisionCode, note: input.note }).returning());
      await tx.insert(whistleDepartments).values(input.departments.map((department) => ({ whistleId: whistle.id, department })));
      const updated = await step(tx, event, {}, { action: "WHISTLE", actor, note: `${input.departments.join("、")}: ${input.note}` });
      return { whistle, event: updated };
    });
  }

  /** 报到: a summoned department reports to the whistle and records what it did. */
  reportToWhistle(input: { whistleId: number; department: string; action: string }, actor: string): Promise<{ whistle: WhistleRow; event: EventRow }> {
    return this.source.transaction(async (tx) => {
      const whistle = await lockRow(tx, whistles, input.whistleId, "Whistle", "share");
      const event = await lockedEvent(tx, whistle.eventId);
      const reported = await tx
        .update(whistleDepartments)
        .set({ reportedAt: sql`now()`, action: input.action })
        .where(and(eq(whistleDepartments.whistleId, whistle.id), eq(whistleDepartments.department, input.department), isNull(whistleDepartments.reportedAt)))
        .returning({ id: whistleDepartments.id });
      if (reported.length === 0) {
        const [summoned] = await tx
          .select({ reportedAt: whistleDepartments.reportedAt })
          .from(whistleDepartments)
          .where(and(eq(whistleDepartments.whistleId, whistle.id), eq(whistleDepartments.department, input.department)));
        if (!summoned) throw invalid("input.department", `${input.department} was not summoned by this whistle`);
        throw conflict(`${input.department} already reported to this whistle at ${summoned.reportedAt?.toISOString()}`);
      }
      const updated = await step(tx, event, {}, { action: "WHISTLE_REPORT", actor, note: `${input.department}: ${input.action}` });
      return { whistle, event: updated };
    });
  }

  /** 调解: the mediation of a dispute event and its outcome. */
  recordMediation(input: RecordMediation, actor: string): Promise<{ mediation: MediationRow; event: EventRow }> {
    return this.source.transaction(async (tx) => {
      const event = await lockedEvent(tx, input.eventId);
      if (event.category !== "DISPUTE") throw invalid("input.eventId", `Event ${event.code} is ${event.category}, not a dispute`);
      if (event.status === "REJECTED") throw conflict(`Event ${event.code} was rejected`, { status: event.status });
      const mediation = returned(await tx.insert(mediations).values(input).returning());
      const updated = await step(tx, event, {}, { action: "MEDIATE", actor, note: input.outcome });
      return { mediation, event: updated };
    });
  }

  /** 风险评估: a community risk assessment, linking events of that community. */
  assessRisk(input: AssessRisk): Promise<RiskAssessmentRow> {
    return this.source.transaction(async (tx) => {
      if (input.linkedEventIds.length > 0) {
        const found = await tx.select({ id: events.id, communityCode: events.communityCode }).from(events).where(inArray(events.id, input.linkedEventIds));
        const inCommunity = new Set(found.filter((e) => e.communityCode === input.communityCode).map((e) => e.id));
        const stray = input.linkedEventIds.filter((id) => !inCommunity.has(id));
        if (stray.length > 0) throw invalid("input.linkedEventIds", `Events ${stray.join(", ")} do not exist in community ${input.communityCode}`);
      }
      return returned(await tx.insert(riskAssessments).values(input).returning());
    });
  }
}

/** The event, locked for this transaction. */
const lockedEvent = (tx: Tx, id: number): Promise<EventRow> => lockRow(tx, events, id, "Event");

/** Applies `changes`, bumps the version and records the step in the event's history. */
async function step(tx: Tx, event: EventRow, changes: EventChanges, history: { action: string; actor: string; note: string | null }): Promise<EventRow> {
  const updated = returned(
    await tx
      .update(events)
      .set({ ...changes, version: event.version + 1 })
      .where(eq(events.id, event.id))
      .returning(),
  );
  await tx.insert(eventTransitions).values({ eventId: event.id, fromStatus: event.status, toStatus: updated.status, ...history });
  return updated;
}

/** Next `SJ-YYYYMMDD-NNNN` code; the day's counter starts after any code already in the table. */
async function nextEventCode(tx: Tx): Promise<string> {
  const bumped = await tx
    .update(eventCodeCounters)
    .set({ lastSeq: sql`${eventCodeCounters.lastSeq} + 1` })
    .where(eq(eventCodeCounters.day, LOCAL_DAY))
    .returning();
  let counter = bumped[0];
  if (!counter) {
    const started = await tx
      .insert(eventCodeCounters)
      .select(
        tx
          .select({
            day: sql<string>`${LOCAL_DAY}`.as("day"),
            lastSeq: sql<number>`coalesce(max(split_part(${events.code}, '-', 3)::int), 0) + 1`.as("last_seq"),
          })
          .from(events)
          .where(sql`${events.code} ~ ('^SJ-' || ${LOCAL_DAY} || '-[0-9]+$')`),
      )
      .onConflictDoUpdate({ target: eventCodeCounters.day, set: { lastSeq: sql`${eventCodeCounters.lastSeq} + 1` } })
      .returning();
    counter = started[0];
  }
  if (!counter) throw new Error("event code counter gave no row");
  return `SJ-${counter.day}-${String(counter.lastSeq).padStart(4, "0")}`;
}
