import { ArrayMaxSize, IsOptional } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import { activityCategory, activityStatus, demandStatus } from "../../sources/civic/tables.js";
import { eventCategory, eventStatus } from "../../sources/governance/tables.js";
import { wishStatus } from "../../sources/party/tables.js";
import { ActivityCategory, ActivityStatus, DemandStatus } from "../civic/activity.js";
import { graphqlEnum } from "../common/enums.js";
import { CENTRE_NAMES, type CentreName } from "../../config.js";
import { CONNECTORS } from "../../sources/centres.js";
import { Node } from "../common/node.js";
import { EventCategory, EventStatus } from "../governance/event.js";
import { WishStatus } from "../party/micro-wish.js";
import { DivisionCode } from "../common/validation.js";

const CENTRES = CENTRE_NAMES.map((name) => name.toUpperCase() as Uppercase<CentreName>);
export type CentreValue = Uppercase<CentreName>;

export const Centre = graphqlEnum("Centre", CENTRES, "One of the three centres whose changes stream live.", Object.fromEntries(CENTRE_NAMES.map((name) => [name.toUpperCase(), CONNECTORS[name].description])) as Record<CentreValue, string>);

export const ChangeOperation = graphqlEnum("ChangeOperation", ["INSERT", "UPDATE", "DELETE"] as const, "What happened to the row.", {
  INSERT: "It was created.",
  UPDATE: "It was changed.",
  DELETE: "It was deleted; the node is null.",
});
export type ChangeOperationValue = keyof typeof ChangeOperation;

/** Fields every change item has, whatever its node. */
@ObjectType({ description: "Fields every change item has." })
abstract class ChangeBase {
  @Field(() => String, { description: "Position after this item: pass it as `after` to resume from here, with nothing missed and nothing repeated." })
  cursor!: string;

  @Field(() => ChangeOperation, { description: "What happened to the row." })
  operation!: ChangeOperationValue;

  @Field(() => ID, { description: "Global id of the changed object (also for deletions)." })
  id!: string;

  @Field(() => Date, { description: "When the change was written (transaction time)." })
  at!: Date;
}

/** One item of the cross-centre feed. */
@ObjectType({ description: "One change in a jurisdiction, from any centre (变更)." })
export class Change extends ChangeBase {
  @Field(() => Centre, { description: "The centre whose database changed." })
  source!: CentreValue;

  @Field(() => String, { description: "Type of the changed object, e.g. Event, Demand, MicroWish." })
  entity!: string;

  @Field(() => Node, { nullable: true, description: "The object as it is now; null when deleted or no longer readable." })
  node!: Node | null;
}

/** A change item typed by its node, for the per-entity subscriptions. */
export function EntityChange<N extends Node>(nodeType: ClassType<N>, name: string, field: string, description: string) {
  @ObjectType(`${name}Change`, { description })
  class EntityChangeType extends ChangeBase {
    @Field(() => nodeType, { name: field, nullable: true, description: `The ${name} as it is now; null when deleted.` })
    node!: N | null;
  }
  return EntityChangeType;
}

/** Code filters shared by the live subscriptions: every condition given must hold. */
@InputType({ description: "Code filters of the live subscriptions." })
abstract class PlaceFilter {
  @IsOptional()
  @DivisionCode(9)
  @Field(() => String, { nullable: true, description: "Only this street (9 digits)." })
  streetCode?: string | null;

  @IsOptional()
  @DivisionCode(12)
  @Field(() => String, { nullable: true, description: "Only this community (12 digits)." })
  communityCode?: string | null;

  @IsOptional()
  @DivisionCode(15)
  @Field(() => String, { nullable: true, description: "Only this grid (15 digits)." })
  gridCode?: string | null;
}

@InputType({ description: "Which event changes to receive." })
export class EventChangeFilter extends PlaceFilter {
  @IsOptional()
  @ArrayMaxSize(eventCategory.enumValues.length)
  @Field(() => [EventCategory], { nullable: true, description: "Only these categories." })
  categories?: (typeof eventCategory.enumValues)[number][] | null;

  @IsOptional()
  @ArrayMaxSize(eventStatus.enumValues.length)
  @Field(() => [EventStatus], { nullable: true, description: "Only events now in one of these states." })
  statuses?: (typeof eventStatus.enumValues)[number][] | null;
}

@InputType({ description: "Which service-order changes to receive." })
export class DemandChangeFilter extends PlaceFilter {
  @IsOptional()
  @Field(() => [DemandStatus], { nullable: true, description: "Only orders now in one of these states." })
  statuses?: (typeof demandStatus.enumValues)[number][] | null;
}

@InputType({ description: "Which micro-wish changes to receive." })
export class MicroWishChangeFilter extends PlaceFilter {
  @IsOptional()
  @Field(() => [WishStatus], { nullable: true, description: "Only wishes now in one of these states." })
  statuses?: (typeof wishStatus.enumValues)[number][] | null;
}

@InputType({ description: "Which activity changes to receive." })
export class ActivityChangeFilter extends PlaceFilter {
  @IsOptional()
  @Field(() => [ActivityCategory], { nullable: true, description: "Only these categories." })
  categories?: (typeof activityCategory.enumValues)[number][] | null;

  @IsOptional()
  @Field(() => [ActivityStatus], { nullable: true, description: "Only activities now in one of these states." })
  statuses?: (typeof activityStatus.enumValues)[number][] | null;
}

@InputType({ description: "A jurisdiction for the change feed (辖区)." })
export class ChangeScope {
  @DivisionCode(6, 9, 12, 15)
  @Field(() => String, { description: "Code prefix: a city's 6 digits, a street's 9, a community's 12 or a grid's 15." })
  divisionCodePrefix!: string;
}

/** Live counters of one community. */
@ObjectType({ description: "Live counters for a community dashboard (社区看板)." })
export class CommunityStats {
  @Field(() => String, { description: "The community's code." })
  communityCode!: string;

  @Field(() => [StatusCount], { description: "Open events by state (在办事件)." })
  openEventsByStatus!: StatusCount[];

  @Field(() => Int, { description: "Open events past their due time (超期事件)." })
  overdueEvents!: number;

  @Field(() => Int, { description: "Service orders not yet done or cancelled (待办点单)." })
  openDemands!: number;

  @Field(() => Int, { description: "Micro-wishes not yet fulfilled (待实现微心愿)." })
  openMicroWishes!: number;

  @Field(() => Int, { description: "Published or completed activities starting today, local time (今日活动)." })
  activitiesToday!: number;

  @Field(() => Int, { description: "Confirmed venue bookings starting today, local time (今日预约)." })
  bookingsToday!: number;

  @Field(() => Date, { description: "When these figures were counted." })
  countedAt!: Date;
}

@ObjectType({ description: "How many events are in one state." })
export class StatusCount {
  @Field(() => EventStatus, { description: "The state." })
  status!: (typeof eventStatus.enumValues)[number];

  @Field(() => Int, { description: "How many." })
  count!: number;
}
