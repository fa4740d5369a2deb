import { IsOptional } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { FreeText, PersonName, Sensitive } from "../common/person-name.js";
import { bookingStatus, type VenueBookingRow } from "../../sources/party/tables.js";
import { graphqlEnum } from "../common/enums.js";
import { Node } from "../common/node.js";
import { AtMostHoursAfter, IdempotencyKey, InFuture, IsAfter, Phone, Text } from "../common/validation.js";

/** Longest booking the centre accepts, in hours. */
export const MAX_BOOKING_HOURS = 12;

export const BookingStatus = graphqlEnum("VenueBookingStatus", bookingStatus.enumValues, "State of a venue booking (预约状态).", {
  CONFIRMED: "Confirmed: the slot is held (已确认).",
  CANCELLED: "Cancelled: the slot is free again (已取消).",
});

/** 场地预约. */
@ObjectType({ simpleResolvers: true, description: "A time a venue is taken (已占用时段): a confirmed booking's start and end, without who booked or why." })
export class TakenSlot {
  @Field(() => Date, { description: "Start." })
  startsAt!: Date;

  @Field(() => Date, { description: "End (exclusive)." })
  endsAt!: Date;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A booking of a venue (场地预约). Confirmed bookings of one venue never overlap." })
export class VenueBooking extends Node {
  @PersonName
  @Field(() => String, { description: "Who booked (预约人)." })
  bookerName!: VenueBookingRow["bookerName"];

  @Sensitive("phone")
  @Field(() => String, { nullable: true, description: "Booker's phone number (联系电话), shown as 138****5678; masked unless the caller holds pii:read and the row lies in its jurisdiction; unmasked reads are audited." })
  bookerPhone!: VenueBookingRow["bookerPhone"];

  @FreeText
  @Field(() => String, { description: "What the venue is used for (用途)." })
  purpose!: VenueBookingRow["purpose"];

  @Field(() => Date, { description: "Start (开始时间)." })
  startsAt!: VenueBookingRow["startsAt"];

  @Field(() => Date, { description: "End (结束时间), exclusive: a booking may start when another ends." })
  endsAt!: VenueBookingRow["endsAt"];

  @Field(() => BookingStatus, { description: "State of the booking." })
  status!: VenueBookingRow["status"];

  @Field(() => Date, { description: "When it was booked (预约时间)." })
  createdAt!: VenueBookingRow["createdAt"];

  @Field(() => Date, { nullable: true, description: "When it was cancelled (取消时间)." })
  cancelledAt!: VenueBookingRow["cancelledAt"];

  venueId!: VenueBookingRow["venueId"];
}

@InputType({ description: "Book a venue for a time slot (预约场地)." })
export class BookVenueInput {
  @Field(() => ID, { description: "The venue." })
  venueId!: string;

  @InFuture()
  @Field(() => Date, { description: "Start; in the future and within the venue's opening hours (local time)." })
  startsAt!: Date;

  @IsAfter("startsAt")
  @AtMostHoursAfter("startsAt", MAX_BOOKING_HOURS)
  @Field(() => Date, { description: `End, after the start, on the same local day, at most ${MAX_BOOKING_HOURS} hours later and by closing time.` })
  endsAt!: Date;

  @Text(200)
  @Field(() => String, { description: "What the venue is used for (用途), at most 200 characters." })
  purpose!: string;

  @Text(40)
  @Field(() => String, { description: "Who books (预约人), at most 40 characters." })
  bookerName!: string;

  @IsOptional()
  @Phone()
  @Field(() => String, { nullable: true, description: "Booker's phone number." })
  bookerPhone?: string | null;

  @IsOptional()
  @IdempotencyKey()
  @Field(() => String, { nullable: true, description: "Makes a resend safe: the same key with the same input returns the first result and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "Cancel a confirmed booking (取消预约); its slot becomes bookable again." })
export class CancelBookingInput {
  @Field(() => ID, { description: "The booking." })
  bookingId!: string;
}

@ObjectType({ simpleResolvers: true, description: "The booking a mutation changed." })
export class VenueBookingPayload {
  @Field(() => VenueBooking, { description: "The booking as it is now." })
  booking!: VenueBooking;
}

@ObjectType({ simpleResolvers: true, description: "The new booking." })
export class BookVenuePayload extends VenueBookingPayload {
  @Field(() => Boolean, { description: "True when this was a resend: the booking was made by an earlier request with the same idempotency key." })
  replayed!: boolean;
}
