import { IsOptional, Max, Min } from "class-validator";
import { ResidentPlaceInput } from "../common/resident-place.js";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { DemandRow } from "../../sources/civic/tables.js";
import { IdempotencyKey, Text } from "../common/validation.js";
import { ActivityCategory, Demand } from "./activity.js";

@InputType({ description: "A resident's order for a volunteer service (群众点单)." })
export class PlaceDemandInput extends ResidentPlaceInput {
  @Field(() => ActivityCategory, { description: "Kind of service wanted (服务类别)." })
  category!: DemandRow["category"];

  @Text(200)
  @Field(() => String, { description: "Short title, at most 200 characters." })
  title!: string;

  @Text(4000)
  @Field(() => String, { description: "What is needed, at most 4000 characters." })
  description!: string;

  @IsOptional()
  @IdempotencyKey()
  @Field(() => String, { nullable: true, description: "Makes a resend safe: the same key with the same input returns the first result and writes nothing." })
  idempotencyKey?: string | null;
}

@InputType({ description: "Dispatch an ordered demand to a volunteer team (派单)." })
export class DispatchDemandInput {
  @Field(() => ID, { description: "The demand." })
  demandId!: string;

  @Field(() => ID, { description: "The volunteer team to serve it." })
  teamId!: string;

  @Min(1)
  @Field(() => Int, { description: "The demand's version as the caller last saw it; a stale version is refused with CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "A volunteer of the dispatched team takes the demand (接单)." })
export class AcceptDemandInput {
  @Field(() => ID, { description: "The demand." })
  demandId!: string;

  @Field(() => ID, { description: "The volunteer taking it; must belong to the team it was dispatched to." })
  volunteerId!: string;
}

@InputType({ description: "The accepted service has been given (完成服务)." })
export class CompleteDemandInput {
  @Field(() => ID, { description: "The demand." })
  demandId!: string;

  @Min(1)
  @Field(() => Int, { description: "The demand's version as the caller last saw it." })
  expectedVersion!: number;
}

@InputType({ description: "The resident rates the service (评单)." })
export class RateDemandInput {
  @Field(() => ID, { description: "The demand." })
  demandId!: string;

  @Min(1)
  @Field(() => Int, { description: "The demand's version as the caller last saw it." })
  expectedVersion!: number;

  @Min(1)
  @Max(5)
  @Field(() => Int, { description: "Rating from 1 (poor) to 5 (excellent) (评分)." })
  rating!: number;

  @IsOptional()
  @Text(2000)
  @Field(() => String, { nullable: true, description: "Resident's comments (评价意见), at most 2000 characters." })
  feedback?: string | null;
}

@InputType({ description: "Withdraw a demand that has not been served (取消点单)." })
export class CancelDemandInput {
  @Field(() => ID, { description: "The demand." })
  demandId!: string;

  @Min(1)
  @Field(() => Int, { description: "The demand's version as the caller last saw it." })
  expectedVersion!: number;

  @Text(500)
  @Field(() => String, { description: "Why it is cancelled (取消原因), at most 500 characters." })
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: "The demand a mutation changed." })
export class DemandPayload {
  @Field(() => Demand, { description: "The demand as it is now." })
  demand!: Demand;
}

@ObjectType({ simpleResolvers: true, description: "The placed demand." })
export class PlaceDemandPayload extends DemandPayload {
  @Field(() => Boolean, { description: "True when this was a resend: the demand was placed by an earlier request with the same idempotency key." })
  replayed!: boolean;
}
