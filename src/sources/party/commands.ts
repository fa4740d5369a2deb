import { and, asc, eq, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { SourceDatabase, SourceTransaction } from "../common/database.js";
import { CommandError, conflict, invalid, missing, sqlState } from "../common/errors.js";
import { once, type ResendKey } from "../common/idempotency.js";
import { localDayAndClock } from "../common/local-time.js";
import { lockRow, lockVersioned, returned } from "../common/rows.js";
import { deliberationLifecycle, jointMeetingLifecycle, wishLifecycle, type DeliberationOutcome, type JointMeetingOutcome } from "./lifecycles.js";
import * as tables from "./tables.js";
import {
  deliberations,
  jointMeetings,
  microWishes,
  partyMembers,
  propertyRatings,
  residentialCompounds,
  servicePostClaims,
  servicePosts,
  venueBookings,
  venues,
  type DeliberationRow,
  type JointMeetingRow,
  type MicroWishRow,
  type PartyMemberRow,
  type PropertyRatingRow,
  type ResidentialCompoundRow,
  type ServicePostClaimRow,
  type ServicePostRow,
  type VenueBookingRow,
} from "./tables.js";

type Tx = SourceTransaction<typeof tables>;

export type PostMicroWish = Pick<typeof microWishes.$inferInsert, "communityCode" | "gridCode" | "residentName" | "residentPhone" | "title" | "description" | "ownerSubject"> & {
  idempotencyKey?: ResendKey | null;
};

export interface FulfilMicroWish {
  microWishId: number;
  memberId: number;
  expectedVersion: number;
}

export type BookVenue = Pick<typeof venueBookings.$inferInsert, "venueId" | "startsAt" | "endsAt" | "purpose" | "bookerName" | "bookerPhone" | "ownerSubject"> & {
  idempotencyKey?: ResendKey | null;
};

export type OpenServicePost = Pick<typeof servicePosts.$inferInsert, "communityCode" | "title" | "description" | "capacity" | "skillsWanted">;

export interface ScheduleJointMeeting {
  compoundId: number;
  topic: string;
  heldAt: Date;
}

export interface RecordJointMeetingOutcome {
  meetingId: number;
  expectedVersion: number;
  status: JointMeetingOutcome;
  partiesPresent: string[];
  summary: string;
  resolutions: string[];
}

export type RateProperty = Pick<typeof propertyRatings.$inferInsert, "compoundId" | "ownerSubject" | "score" | "comment">;

export type ScheduleDeliberation = Pick<DeliberationRow, "communityCode" | "topic" | "format" | "heldAt" | "participants" | "linkedEventCodes">;

export interface RecordDeliberationOutcome {
  deliberationId: number;
  expectedVersion: number;
  status: DeliberationOutcome;
  resolution: string;
  attendeeCount: number;
  /** Replaces the linked events; every code was checked against the governance centre to lie in `communityCode`. */
  linkedEvents?: { communityCode: string; codes: string[] } | null;
}

const hhmm = (clock: string) => clock.slice(0, 5);

/** Writes of the Party-mass Service Centre (党群服务中心), each in one transaction of its database. */
export class PartyCommands {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  /** 微心愿: a resident posts a wish; the community was checked against the registry by the caller. */
  postMicroWish(input: PostMicroWish): Promise<{ row: MicroWishRow; replayed: boolean }> {
    const { idempotencyKey, ...fields } = input;
    return this.source.transaction((tx) =>
      once(
        tx,
        { operation: "postMicroWish", key: idempotencyKey, input: fields },
        async () => returned(await tx.insert(microWishes).values(fields).returning()),
        (id) => lockedWish(tx, id),
      ),
    );
  }

  /** 认领: an existing member takes an open wish; concurrent claims queue on the wish's row lock and only the first finds it OPEN. */
  claimMicroWish(input: { microWishId: number; memberId: number }): Promise<MicroWishRow> {
    return this.source.transaction(async (tx) => {
      await existingMember(tx, input.memberId);
      const wish = await lockedWish(tx, input.microWishId);
      return wishStep(tx, wish, { status: wishLifecycle.next(wish, "CLAIM"), claimedByMemberId: input.memberId, claimedAt: sql`now()` });
    });
  }

  /** 兑现: the member who claimed a wish marks it fulfilled. */
  fulfilMicroWish(input: FulfilMicroWish): Promise<MicroWishRow> {
    return this.source.transaction(async (tx) => {
      const wish = await lockVersioned(tx, microWishes, input.microWishId, input.expectedVersion, "Micro-wish");
      const status = wishLifecycle.next(wish, "FULFIL");
      if (wish.claimedByMemberId !== input.memberId) {
        throw new CommandError("FORBIDDEN", `Only the member who claimed micro-wish ${wish.id} can mark it fulfilled`, { field: "input.memberId" });
      }
      return wishStep(tx, wish, { status, fulfilledAt: sql`now()` });
    });
  }

  /**
   * 场地预约: a booking inside the venue's opening hours. Overlaps are refused by the
   * database's exclusion constraint, so concurrent requests for one slot cannot both win.
   */
  bookVenue(input: BookVenue): Promise<{ row: VenueBookingRow; replayed: boolean }> {
    const { idempotencyKey, ...fields } = input;
    const start = localDayAndClock(fields.startsAt);
    const end = localDayAndClock(fields.endsAt);
    if (start.day !== end.day) throw invalid("input.endsAt", `A booking starts and ends on the same local day; it starts on ${start.day} and ends on ${end.day}`);
    return this.source.transaction((tx) =>
      once(
        tx,
        { operation: "bookVenue", key: idempotencyKey, input: fields },
        async () => {
          // Bookings of one venue queue on its row: concurrent inserts that the exclusion
          // constraint finds overlapping can otherwise deadlock (40P01) instead of one failing with 23P01.
          const [venue] = await tx.select().from(venues).where(eq(venues.id, fields.venueId)).for("no key update");
          if (!venue) throw invalid("input.venueId", `Venue ${fields.venueId} does not exist`);
          const hours = `${hhmm(venue.opensAt)}–${hhmm(venue.closesAt)}`;
          if (start.clock < venue.opensAt) throw invalid("input.startsAt", `${venue.name} opens ${hours} (local time); the booking starts at ${hhmm(start.clock)}`);
          if (end.clock > venue.closesAt) throw invalid("input.endsAt", `${venue.name} opens ${hours} (local time); the booking ends at ${hhmm(end.clock)}`);
          try {
            // A savepoint keeps the transaction usable to name the booking that holds the slot.
            return await tx.transaction(async (sp) => returned(await sp.insert(venueBookings).values(fields).returning()));
          } catch (error) {
            if (sqlState(error) !== "23P01") throw error;
            const [taken] = await tx
              .select({ startsAt: venueBookings.startsAt, endsAt: venueBookings.endsAt })
              .from(venueBookings)
              .where(and(eq(venueBookings.venueId, venue.id), eq(venueBookings.status, "CONFIRMED"), overlaps(fields.startsAt, fields.endsAt)))
              .limit(1);
            const when = taken ? ` from ${taken.startsAt.toISOString()} to ${taken.endsAt.toISOString()}` : "";
            throw conflict(`${venue.name} is already booked${when}`, { field: "input.startsAt", ...(taken && { bookedFrom: taken.startsAt.toISOString(), bookedUntil: taken.endsAt.toISOString() }) });
          }
        },
        async (id) => {
          const [row] = await tx.select().from(venueBookings).where(eq(venueBookings.id, id));
          if (!row) throw missing(`Venue booking ${id}`);
          return row;
        },
      ),
    );
  }

  /** 取消预约: frees the slot for others. */
  cancelBooking(input: { bookingId: number }): Promise<VenueBookingRow> {
    return this.source.transaction(async (tx) => {
      const [booking] = await tx
        .select({ row: venueBookings, ended: sql<boolean>`${venueBookings.endsAt} <= now()` })
        .from(venueBookings)
        .where(eq(venueBookings.id, input.bookingId))
        .for("update");
      if (!booking) throw missing(`Venue booking ${input.bookingId}`);
      if (booking.row.status !== "CONFIRMED") throw conflict(`Venue booking ${input.bookingId} is already ${booking.row.status}`, { status: booking.row.status });
      if (booking.ended) throw conflict(`Venue booking ${input.bookingId} ended at ${booking.row.endsAt.toISOString()}; past bookings cannot be cancelled`, { status: booking.row.status });
      return returned(await tx.update(venueBookings).set({ status: "CANCELLED", cancelledAt: sql`now()` }).where(eq(venueBookings.id, input.bookingId)).returning());
    });
  }

  /** 按需设岗: a community opens a post for in-service members; the community was checked by the caller. */
  openServicePost(input: OpenServicePost): Promise<ServicePostRow> {
    return this.source.transaction(async (tx) => returned(await tx.insert(servicePosts).values(input).returning()));
  }

  /**
   * 认领岗位: an in-service member claims a place on an open post. The post's row lock
   * serialises claims, so the count read under it is exact and the capacity never exceeded.
   */
  claimServicePost(input: { postId: number; memberId: number }): Promise<{ post: ServicePostRow; claim: ServicePostClaimRow }> {
    return this.source.transaction(async (tx) => {
      const member = await existingMember(tx, input.memberId);
      if (member.kind !== "IN_SERVICE") {
        throw invalid("input.memberId", `Party member ${member.id} is ${member.kind}; only in-service members (在职党员) claim service posts`);
      }
      const post = await lockRow(tx, servicePosts, input.postId, "Service post");
      const claims = await tx.select({ memberId: servicePostClaims.memberId }).from(servicePostClaims).where(eq(servicePostClaims.postId, post.id)).orderBy(asc(servicePostClaims.id));
      if (claims.some((c) => c.memberId === member.id)) throw conflict(`Party member ${member.id} has already claimed service post ${post.id}`, { status: post.status });
      if (post.status !== "OPEN") throw conflict(`Service post ${post.id} is ${post.status}; only OPEN posts can be claimed`, { status: post.status });
      if (claims.length >= post.capacity) throw conflict(`Service post ${post.id} is full (${post.capacity} places)`, { status: post.status, capacity: post.capacity });
      const claim = returned(await tx.insert(servicePostClaims).values({ postId: post.id, memberId: member.id }).returning());
      if (claims.length + 1 < post.capacity) return { post, claim };
      const filled = returned(await tx.update(servicePosts).set({ status: "FILLED" }).where(eq(servicePosts.id, post.id)).returning());
      return { post: filled, claim };
    });
  }

  /** 议事协商: schedule a deliberation; community and linked events were checked against their centres by the caller. */
  scheduleDeliberation(input: ScheduleDeliberation): Promise<DeliberationRow> {
    return this.source.transaction(async (tx) => returned(await tx.insert(deliberations).values(input).returning()));
  }

  /** Records that a deliberation was held, or the resolution it adopted. */
  recordDeliberationOutcome(input: RecordDeliberationOutcome): Promise<DeliberationRow> {
    return this.source.transaction(async (tx) => {
      const row = await lockVersioned(tx, deliberations, input.deliberationId, input.expectedVersion, "Deliberation");
      deliberationLifecycle.next(row, input.status);
      if (input.linkedEvents && input.linkedEvents.communityCode !== row.communityCode) {
        throw invalid("input.linkedEventIds", `The linked events lie in community ${input.linkedEvents.communityCode}, not in the deliberation's ${row.communityCode}`);
      }
      const changes = {
        status: input.status,
        resolution: input.resolution,
        attendeeCount: input.attendeeCount,
        version: row.version + 1,
        ...(input.linkedEvents && { linkedEventCodes: input.linkedEvents.codes }),
      };
      return returned(await tx.update(deliberations).set(changes).where(eq(deliberations.id, row.id)).returning());
    });
  }

  /** Schedules a 三方联动 meeting on a compound: in its community, with the company managing it now. */
  scheduleJointMeeting(input: ScheduleJointMeeting): Promise<JointMeetingRow> {
    return this.source.transaction(async (tx) => {
      const compound = await managedCompound(tx, input.compoundId);
      const values = { communityCode: compound.communityCode, compoundId: compound.id, companyId: compound.companyId, topic: input.topic, heldAt: input.heldAt };
      return returned(await tx.insert(jointMeetings).values(values).returning());
    });
  }

  /** Records that a meeting was held, with who came and what was agreed, or that it was called off. */
  recordJointMeetingOutcome(input: RecordJointMeetingOutcome): Promise<JointMeetingRow> {
    return this.source.transaction(async (tx) => {
      const row = await lockVersioned(tx, jointMeetings, input.meetingId, input.expectedVersion, "Joint meeting");
      const status = jointMeetingLifecycle.next(row, input.status);
      const changes = { status, partiesPresent: input.partiesPresent, summary: input.summary, resolutions: input.resolutions, version: row.version + 1 };
      return returned(await tx.update(jointMeetings).set(changes).where(eq(jointMeetings.id, row.id)).returning());
    });
  }

  /** A resident's rating of a compound's property service this month (local time); a second one in the same month replaces the first. */
  rateProperty(input: RateProperty): Promise<PropertyRatingRow> {
    return this.source.transaction(async (tx) => {
      const compound = await managedCompound(tx, input.compoundId);
      const values = { compoundId: compound.id, companyId: compound.companyId, ownerSubject: input.ownerSubject, month: localDayAndClock(new Date()).day.slice(0, 7), score: input.score, comment: input.comment };
      const rated = { companyId: values.companyId, score: values.score, comment: values.comment, ratedAt: sql`now()` };
      return returned(
        await tx
          .insert(propertyRatings)
          .values(values)
          .onConflictDoUpdate({ target: [propertyRatings.compoundId, propertyRatings.ownerSubject, propertyRatings.month], set: rated })
          .returning(),
      );
    });
  }
}

/** A compound with a property company, locked against change until the transaction ends. */
async function managedCompound(tx: Tx, id: number): Promise<ResidentialCompoundRow> {
  const compound = await lockRow(tx, residentialCompounds, id, "Residential compound", "share");
  if (compound.companyId === null) throw invalid("input.compoundId", `Residential compound ${id} has no property company (无物业小区)`);
  return compound;
}

/** `[startsAt, endsAt)` meets the booking's range; the form the exclusion constraint's GiST index serves. */
const overlaps = (startsAt: Date, endsAt: Date) =>
  sql`tstzrange(${venueBookings.startsAt}, ${venueBookings.endsAt}, '[)') && tstzrange(${startsAt.toISOString()}::timestamptz, ${endsAt.toISOString()}::timestamptz, '[)')`;

async function existingMember(tx: Tx, id: number): Promise<PartyMemberRow> {
  const [member] = await tx.select().from(partyMembers).where(eq(partyMembers.id, id));
  if (!member) throw invalid("input.memberId", `Party member ${id} does not exist`);
  return member;
}

const lockedWish = (tx: Tx, id: number): Promise<MicroWishRow> => lockRow(tx, microWishes, id, "Micro-wish");

/** Applies `changes` and bumps the version. */
async function wishStep(tx: Tx, wish: MicroWishRow, changes: PgUpdateSetSource<typeof microWishes>): Promise<MicroWishRow> {
  return returned(await tx.update(microWishes).set({ ...changes, version: wish.version + 1 }).where(eq(microWishes.id, wish.id)).returning());
}
