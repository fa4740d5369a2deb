import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { BookVenueInput, BookVenuePayload, CancelBookingInput, TakenSlot, VenueBooking, VenueBookingPayload } from "../../schema/party/booking.js";
import { Venue } from "../../schema/party/facilities.js";
import type { Context } from "../context.js";
import { startOfLocalDay } from "../../sources/common/local-time.js";
import { intKeyOf } from "../common/global-id.js";
import { manyEach, perParentLoader } from "../common/loaders.js";
import { venueLoader } from "./loaders.js";
import { toVenue, toVenueBooking } from "./mappers.js";
import { ownerOf, requireOwnPlace, requireTarget, resendKey, RESIDENTS_AND_STAFF } from "../common/write-access.js";
import { VENUE_BOOKING_NODE } from "./node-types.js";
import { isPlaceBound } from "../../auth/row-scope.js";
import { VENUE, VENUE_BOOKING } from "../../sources/party/entities.js";
import { badArgument, notFound } from "../common/errors.js";

const DAY_MS = 86_400_000;
const MAX_WINDOW_DAYS = 31;
const DEFAULT_WINDOW_DAYS = 7;


/** 场地预约: book and cancel. */
@Resolver()
export class VenueBookingMutationResolver {
  @Authorized(RESIDENTS_AND_STAFF)
  @Mutation(() => BookVenuePayload, {
    description:
      "Book a venue (预约场地) inside its opening hours; residents for themselves, staff at venues of their jurisdiction. A slot overlapping a confirmed booking is refused with CONFLICT; of requests racing for one slot exactly one succeeds.",
  })
  async bookVenue(@Arg("input", () => BookVenueInput, { description: "The venue, slot and booker." }) input: BookVenueInput, @Ctx() ctx: Context): Promise<BookVenuePayload> {
    const venueId = intKeyOf(input.venueId, VENUE, "input.venueId");
    if (isPlaceBound(ctx.identity)) {
      const venue = await venueLoader(ctx).load(venueId);
      if (!venue) throw badArgument("input.venueId", `Venue ${venueId} does not exist`, { field: "input.venueId" });
      requireOwnPlace(ctx, "VENUE_BOOKINGS", venue.communityCode, "input.venueId");
    }
    const { row, replayed } = await ctx.commands.party.bookVenue({
      venueId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      purpose: input.purpose,
      bookerName: input.bookerName,
      bookerPhone: input.bookerPhone ?? null,
      ownerSubject: ownerOf(ctx),
      idempotencyKey: resendKey(ctx, input.idempotencyKey),
    });
    return { booking: toVenueBooking(row), replayed };
  }

  @Authorized(RESIDENTS_AND_STAFF)
  @Mutation(() => VenueBookingPayload, {
    description: "Cancel a confirmed booking that has not ended (取消预约): CONFIRMED → CANCELLED; the slot becomes bookable again. Residents cancel their own bookings, staff those of their jurisdiction's venues.",
  })
  async cancelBooking(@Arg("input", () => CancelBookingInput, { description: "The booking to cancel." }) input: CancelBookingInput, @Ctx() ctx: Context): Promise<VenueBookingPayload> {
    const bookingId = intKeyOf(input.bookingId, VENUE_BOOKING, "input.bookingId");
    await requireTarget<VenueBooking>(ctx, VENUE_BOOKING_NODE, bookingId);
    return { booking: toVenueBooking(await ctx.commands.party.cancelBooking({ bookingId })) };
  }
}

@Resolver(() => VenueBooking)
export class VenueBookingResolver {
  @FieldResolver(() => Venue, { description: "The venue booked." })
  async venue(@Root() booking: VenueBooking, @Ctx() ctx: Context): Promise<Venue> {
    const row = await venueLoader(ctx).load(booking.venueId);
    if (!row) throw notFound(`Venue ${booking.venueId}`);
    return toVenue(row);
  }
}

/** The window a venue's calendar is asked for: today's week by default, at most MAX_WINDOW_DAYS. */
function bookingWindow(from: Date | null, to: Date | null): { start: Date; end: Date } {
  const start = from ?? startOfLocalDay(new Date());
  const end = to ?? new Date(start.getTime() + DEFAULT_WINDOW_DAYS * DAY_MS);
  if (end.getTime() <= start.getTime()) throw badArgument("to", "`to` must be later than `from`", { field: "to" });
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY_MS) throw badArgument("to", `The window from \`from\` to \`to\` must be at most ${MAX_WINDOW_DAYS} days`, { field: "to" });
  return { start, end };
}

/** Rows per venue in a window, one statement for every venue asked with the same window. */
async function perVenue<R extends { venueId: number }>(ctx: Context, name: string, venue: Venue, window: { start: Date; end: Date }, read: (ids: readonly number[]) => Promise<R[]>): Promise<R[]> {
  const loader = perParentLoader(
    ctx.loaders,
    name,
    { from: window.start.toISOString(), to: window.end.toISOString() },
    async (ids: readonly number[]) => {
      const groups = manyEach(ids, await read(ids), (r) => r.venueId);
      return new Map(ids.map((id, i) => [id, groups[i] ?? []]));
    },
    [] as R[],
  );
  return loader.load(venue.rowId);
}

const FROM_DESCRIPTION = "Window start; the start of today (local time) when omitted.";
const TO_DESCRIPTION = `Window end, exclusive; ${DEFAULT_WINDOW_DAYS} days after the start when omitted. The window is at most ${MAX_WINDOW_DAYS} days.`;

@Resolver(() => Venue)
export class VenueResolver {
  @FieldResolver(() => [VenueBooking], {
    description: "Confirmed bookings meeting a window (已预约), in time order, as far as the caller may see them (staff of the venue's jurisdiction, a resident their own); one statement for every venue in the request.",
  })
  async bookings(
    @Root() venue: Venue,
    @Arg("from", () => Date, { nullable: true, description: FROM_DESCRIPTION }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: TO_DESCRIPTION }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<VenueBooking[]> {
    const window = bookingWindow(from, to);
    const rows = await perVenue(ctx, "venueBookings", venue, window, (ids) => ctx.reads.party.confirmedBookingsByVenue(ids, window.start, window.end));
    return rows.map(toVenueBooking);
  }

  @FieldResolver(() => [TakenSlot], {
    description: "When the venue is taken in a window (已占用时段), in time order, for everyone: the times of every confirmed booking, without who booked. What a booking form needs to offer free slots.",
  })
  takenSlots(
    @Root() venue: Venue,
    @Arg("from", () => Date, { nullable: true, description: FROM_DESCRIPTION }) from: Date | null,
    @Arg("to", () => Date, { nullable: true, description: TO_DESCRIPTION }) to: Date | null,
    @Ctx() ctx: Context,
  ): Promise<TakenSlot[]> {
    const window = bookingWindow(from, to);
    return perVenue(ctx, "takenSlots", venue, window, (ids) => ctx.reads.party.takenSlotsByVenue(ids, window.start, window.end));
  }
}
