import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { SourceDatabase, SourceTransaction } from "../common/database.js";
import { conflict, invalid, missing, sqlState } from "../common/errors.js";
import { once, type ResendKey } from "../common/idempotency.js";
import { lockRow, lockVersioned, returned } from "../common/rows.js";
import { activityLifecycle, demandLifecycle } from "./lifecycles.js";
import * as tables from "./tables.js";
import { activities, demands, enrolments, practiceSites, volunteerTeams, volunteers, type ActivityRow, type DemandRow, type EnrolmentRow } from "./tables.js";

type Tx = SourceTransaction<typeof tables>;
type DemandChanges = PgUpdateSetSource<typeof demands>;
type ActivityChanges = PgUpdateSetSource<typeof activities>;

export interface PlaceDemand {
  communityCode: string;
  gridCode?: string | null;
  residentName: string;
  residentPhone?: string | null;
  category: DemandRow["category"];
  title: string;
  description: string;
  /** Token subject of the resident ordering for themselves. */
  ownerSubject?: string | null;
  idempotencyKey?: ResendKey | null;
}

export interface VersionedDemand {
  demandId: number;
  expectedVersion: number;
}

export interface PublishActivity {
  siteId: number;
  teamId?: number | null;
  communityCode: string;
  title: string;
  category: ActivityRow["category"];
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

export interface EnrolInActivity {
  activityId: number;
  volunteerId: number;
  idempotencyKey?: ResendKey | null;
}

const HALF_HOUR_MS = 30 * 60 * 1000;
const CHECK_IN_LEAD_MS = 2 * 60 * 60 * 1000;

/** An activity's length in hours, rounded to the nearest half hour and kept within 0.5–24. */
function activityHours(activity: Pick<ActivityRow, "startsAt" | "endsAt">): number {
  const halfHours = Math.round((activity.endsAt.getTime() - activity.startsAt.getTime()) / HALF_HOUR_MS);
  return Math.min(48, Math.max(1, halfHours)) / 2;
}

/** Writes of the New-Era Civilisation Practice Centre (新时代文明实践中心), each in one transaction of its database. */
export class CivicCommands {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  /** 点单: a resident orders a volunteer service. The caller has checked the community exists. */
  placeDemand(input: PlaceDemand): Promise<{ row: DemandRow; replayed: boolean }> {
    // Absent and null optional fields are the same request, so they must hash the same.
    const fields = {
      communityCode: input.communityCode,
      gridCode: input.gridCode ?? null,
      residentName: input.residentName,
      residentPhone: input.residentPhone ?? null,
      category: input.category,
      title: input.title,
      description: input.description,
      ownerSubject: input.ownerSubject ?? null,
    };
    return this.source.transaction((tx) =>
      once(
        tx,
        { operation: "placeDemand", key: input.idempotencyKey, input: fields },
        async () => returned(await tx.insert(demands).values(fields).returning()),
        (id) => lockedDemand(tx, id),
      ),
    );
  }

  /** 派单: an ordered demand goes to a volunteer team. */
  dispatchDemand(input: VersionedDemand & { teamId: number }): Promise<DemandRow> {
    return this.source.transaction(async (tx) => {
      const demand = await lockVersioned(tx, demands, input.demandId, input.expectedVersion, "Demand");
      const status = demandLifecycle.next(demand, "DISPATCH");
      const [team] = await tx.select({ id: volunteerTeams.id }).from(volunteerTeams).where(eq(volunteerTeams.id, input.teamId));
      if (!team) throw invalid("input.teamId", `Volunteer team ${input.teamId} does not exist`);
      return demandStep(tx, demand, status, { dispatchedTeamId: team.id, dispatchedAt: sql`now()` });
    });
  }

  /**
   * 接单: a volunteer of the dispatched team takes the demand. No version is asked for: the
   * row lock queues racing volunteers, and every one after the first finds it ACCEPTED.
   */
  acceptDemand(input: { demandId: number; volunteerId: number }): Promise<DemandRow> {
    return this.source.transaction(async (tx) => {
      const demand = await lockedDemand(tx, input.demandId);
      const status = demandLifecycle.next(demand, "ACCEPT");
      const [volunteer] = await tx.select({ id: volunteers.id, teamId: volunteers.teamId }).from(volunteers).where(eq(volunteers.id, input.volunteerId));
      if (!volunteer) throw invalid("input.volunteerId", `Volunteer ${input.volunteerId} does not exist`);
      if (volunteer.teamId === null || volunteer.teamId !== demand.dispatchedTeamId) {
        throw invalid("input.volunteerId", `Volunteer ${input.volunteerId} is not a member of team ${demand.dispatchedTeamId}, to which the demand was dispatched`);
      }
      return demandStep(tx, demand, status, { acceptedVolunteerId: volunteer.id, acceptedAt: sql`now()` });
    });
  }

  /** The accepted service has been given. */
  completeDemand(input: VersionedDemand): Promise<DemandRow> {
    return this.source.transaction(async (tx) => {
      const demand = await lockVersioned(tx, demands, input.demandId, input.expectedVersion, "Demand");
      const status = demandLifecycle.next(demand, "COMPLETE");
      return demandStep(tx, demand, status, { doneAt: sql`now()` });
    });
  }

  /** 评单: the resident rates the service given. */
  rateDemand(input: VersionedDemand & { rating: number; feedback?: string | null }): Promise<DemandRow> {
    return this.source.transaction(async (tx) => {
      const demand = await lockVersioned(tx, demands, input.demandId, input.expectedVersion, "Demand");
      const status = demandLifecycle.next(demand, "RATE");
      return demandStep(tx, demand, status, { rating: input.rating, feedback: input.feedback ?? null });
    });
  }

  /** Withdraws a demand that has not been served yet. */
  cancelDemand(input: VersionedDemand & { reason: string }): Promise<DemandRow> {
    return this.source.transaction(async (tx) => {
      const demand = await lockVersioned(tx, demands, input.demandId, input.expectedVersion, "Demand");
      const status = demandLifecycle.next(demand, "CANCEL");
      return demandStep(tx, demand, status, { cancelledAt: sql`now()`, cancelReason: input.reason });
    });
  }

  /** A published activity with seats for volunteers, held at a practice site. */
  publishActivity(input: PublishActivity): Promise<ActivityRow> {
    return this.source.transaction(async (tx) => {
      const [site] = await tx.select({ id: practiceSites.id }).from(practiceSites).where(eq(practiceSites.id, input.siteId));
      if (!site) throw invalid("input.siteId", `Practice site ${input.siteId} does not exist`);
      if (input.teamId != null) {
        const [team] = await tx.select({ id: volunteerTeams.id }).from(volunteerTeams).where(eq(volunteerTeams.id, input.teamId));
        if (!team) throw invalid("input.teamId", `Volunteer team ${input.teamId} does not exist`);
      }
      return returned(await tx.insert(activities).values({ ...input, teamId: input.teamId ?? null, status: "PUBLISHED" }).returning());
    });
  }

  /**
   * 报名: a volunteer takes a seat. The activity row is locked while the seats are counted,
   * so concurrent enrolments queue and never overfill it.
   */
  enrolInActivity(input: EnrolInActivity): Promise<{ enrolment: EnrolmentRow; activity: ActivityRow; replayed: boolean }> {
    const request = { activityId: input.activityId, volunteerId: input.volunteerId };
    return this.source.transaction(async (tx) => {
      let activity: ActivityRow | undefined;
      const { row, replayed } = await once(
        tx,
        { operation: "enrolInActivity", key: input.idempotencyKey, input: request },
        async () => {
          activity = await lockedActivity(tx, request.activityId);
          if (activity.status !== "PUBLISHED") throw conflict(`Activity ${activity.id} is ${activity.status}; only published activities take enrolments`, { status: activity.status });
          if (activity.startsAt.getTime() <= Date.now()) throw conflict(`Activity ${activity.id} started at ${activity.startsAt.toISOString()}; enrolment is closed`, { status: activity.status });
          const [volunteer] = await tx.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.id, request.volunteerId));
          if (!volunteer) throw invalid("input.volunteerId", `Volunteer ${request.volunteerId} does not exist`);
          const [seats] = await tx
            .select({ taken: sql<number>`count(*)::int`, mine: sql<number>`count(*) FILTER (WHERE ${enrolments.volunteerId} = ${request.volunteerId})::int` })
            .from(enrolments)
            .where(eq(enrolments.activityId, activity.id));
          const { taken = 0, mine = 0 } = seats ?? {};
          if (mine > 0) throw conflict(`Volunteer ${request.volunteerId} is already enrolled in activity ${activity.id}`, { field: "input.volunteerId" });
          if (taken >= activity.capacity) throw conflict(`Activity ${activity.id} is full: all ${activity.capacity} seats are taken`, { capacity: activity.capacity, enrolledCount: taken });
          try {
            return returned(await tx.insert(enrolments).values(request).returning());
          } catch (error) {
            // The lock above makes this unreachable; the unique index is the last word all the same.
            if (sqlState(error) === "23505") throw conflict(`Volunteer ${request.volunteerId} is already enrolled in activity ${activity.id}`, { field: "input.volunteerId" });
            throw error;
          }
        },
        async (id) => {
          const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, id));
          if (!enrolment) throw missing(`Enrolment ${id}`);
          return enrolment;
        },
      );
      activity ??= await lockedActivity(tx, row.activityId);
      return { enrolment: row, activity, replayed };
    });
  }

  /** 签到: a volunteer arrives: once, from two hours before the start until the end, while the activity is open. */
  checkInEnrolment(input: { enrolmentId: number }): Promise<{ enrolment: EnrolmentRow; activity: ActivityRow }> {
    return this.source.transaction(async (tx) => {
      const [found] = await tx.select({ activityId: enrolments.activityId }).from(enrolments).where(eq(enrolments.id, input.enrolmentId));
      if (!found) throw missing(`Enrolment ${input.enrolmentId}`);
      // A share lock keeps check-ins apart from completion (which credits hours to the
      // checked-in) without making check-ins wait for one another.
      const activity = await lockRow(tx, activities, found.activityId, "Activity", "share");
      if (activity.status !== "PUBLISHED") throw conflict(`Activity ${activity.id} is ${activity.status}; check-in is closed`, { status: activity.status });
      const opens = activity.startsAt.getTime() - CHECK_IN_LEAD_MS;
      if (Date.now() < opens) throw conflict(`Check-in for activity ${activity.id} opens at ${new Date(opens).toISOString()}, two hours before it starts`, { status: activity.status });
      if (Date.now() > activity.endsAt.getTime()) throw conflict(`Activity ${activity.id} ended at ${activity.endsAt.toISOString()}; check-in is closed`, { status: activity.status });
      const [enrolment] = await tx
        .update(enrolments)
        .set({ checkedInAt: sql`now()` })
        .where(and(eq(enrolments.id, input.enrolmentId), isNull(enrolments.checkedInAt)))
        .returning();
      if (!enrolment) {
        const [prior] = await tx.select({ checkedInAt: enrolments.checkedInAt }).from(enrolments).where(eq(enrolments.id, input.enrolmentId));
        throw conflict(`Enrolment ${input.enrolmentId} was already checked in at ${prior?.checkedInAt?.toISOString()}`, { checkedInAt: prior?.checkedInAt?.toISOString() ?? null });
      }
      return { enrolment, activity };
    });
  }

  /**
   * The activity was held: every checked-in enrolment is credited `creditedHours` (default:
   * the activity's length) and each volunteer's total grows by as much, in one transaction,
   * so a total always equals the sum of its credited enrolments.
   */
  completeActivity(input: { activityId: number; expectedVersion: number; creditedHours?: number | null }): Promise<ActivityRow> {
    return this.source.transaction(async (tx) => {
      const activity = await lockVersioned(tx, activities, input.activityId, input.expectedVersion, "Activity");
      const status = activityLifecycle.next(activity, "COMPLETE");
      // Service hours are a volunteer's official record: only an activity that took place earns them.
      if (Date.now() < activity.startsAt.getTime()) throw conflict(`Activity ${activity.id} starts at ${activity.startsAt.toISOString()}; it can be completed once it has started`, { status: activity.status });
      const hours = input.creditedHours ?? activityHours(activity);
      const credited = await tx
        .update(enrolments)
        .set({ creditedHours: hours })
        .where(and(eq(enrolments.activityId, activity.id), isNotNull(enrolments.checkedInAt)))
        .returning({ volunteerId: enrolments.volunteerId });
      const volunteerIds = credited.map((c) => c.volunteerId);
      if (volunteerIds.length > 0) {
        // Locked in id order, so two activities completing at once with shared volunteers cannot
        // deadlock; NO KEY UPDATE leaves enrolments' foreign-key checks on these rows unblocked.
        await tx.select({ id: volunteers.id }).from(volunteers).where(inArray(volunteers.id, volunteerIds)).orderBy(asc(volunteers.id)).for("no key update");
        await tx
          .update(volunteers)
          .set({ totalHours: sql`${volunteers.totalHours} + ${hours}` })
          .where(inArray(volunteers.id, volunteerIds));
      }
      return activityStep(tx, activity, status, {});
    });
  }

  /** Calls the activity off; nobody is credited. */
  cancelActivity(input: { activityId: number; expectedVersion: number; reason?: string | null }): Promise<ActivityRow> {
    return this.source.transaction(async (tx) => {
      const activity = await lockVersioned(tx, activities, input.activityId, input.expectedVersion, "Activity");
      const status = activityLifecycle.next(activity, "CANCEL");
      return activityStep(tx, activity, status, { cancelledAt: sql`now()`, cancelReason: input.reason ?? null });
    });
  }
}

const lockedDemand = (tx: Tx, id: number): Promise<DemandRow> => lockRow(tx, demands, id, "Demand");
const lockedActivity = (tx: Tx, id: number): Promise<ActivityRow> => lockRow(tx, activities, id, "Activity");

/** Moves the demand to `status` (from its lifecycle) with `changes`, bumping the version. */
async function demandStep(tx: Tx, demand: DemandRow, status: DemandRow["status"], changes: DemandChanges): Promise<DemandRow> {
  return returned(await tx.update(demands).set({ ...changes, status, version: demand.version + 1 }).where(eq(demands.id, demand.id)).returning());
}

async function activityStep(tx: Tx, activity: ActivityRow, status: ActivityRow["status"], changes: ActivityChanges): Promise<ActivityRow> {
  return returned(await tx.update(activities).set({ ...changes, status, version: activity.version + 1 }).where(eq(activities.id, activity.id)).returning());
}
