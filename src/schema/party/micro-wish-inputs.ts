import { IsOptional, Min } from "class-validator";
import { ResidentPlaceInput } from "../common/resident-place.js";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IdempotencyKey, Text } from "../common/validation.js";
import { MicroWish } from "./micro-wish.js";

@InputType({ description: "A resident's new micro-wish (微心愿)." })
export class PostMicroWishInput extends ResidentPlaceInput {
  @Text(120)
  @Field(() => String, { description: "The wish in a few words (心愿), at most 120 characters." })
  title!: string;

  @Text(2000)
  @Field(() => String, { description: "Details (详细说明), at most 2000 characters." })
  description!: string;

  @IsOptional()
  @IdempotencyKey()
  @Field(() => String, { nullable: true, description: "Makes a resend safe: the same key with the same input returns the first result and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "A party member claims an open micro-wish (认领微心愿)." })
export class ClaimMicroWishInput {
  @Field(() => ID, { description: "The micro-wish." })
  microWishId!: string;

  @Field(() => ID, { description: "The party member claiming it." })
  memberId!: string;
}

@InputType({ description: "The member who claimed a micro-wish marks it fulfilled (兑现微心愿)." })
export class FulfilMicroWishInput {
  @Field(() => ID, { description: "The micro-wish." })
  microWishId!: string;

  @Field(() => ID, { description: "The party member who claimed it; anyone else is refused with FORBIDDEN." })
  memberId!: string;

  @Min(1)
  @Field(() => Int, { description: "The wish's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;
}

@ObjectType({ simpleResolvers: true, description: "The micro-wish a mutation changed." })
export class MicroWishPayload {
  @Field(() => MicroWish, { description: "The micro-wish as it is now." })
  microWish!: MicroWish;
}

@ObjectType({ simpleResolvers: true, description: "The posted micro-wish." })
export class PostMicroWishPayload extends MicroWishPayload {
  @Field(() => Boolean, { description: "True when this was a resend: the wish was posted by an earlier request with the same idempotency key." })
  replayed!: boolean;
}
