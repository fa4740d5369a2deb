import { Arg, Ctx, Extensions, Resolver, Root, Subscription, type ValidatorFn } from "type-graphql";
import type { Change as LoggedChange } from "../../sources/common/change-feed.js";
import { Activity, Demand } from "../../schema/civic/activity.js";
import type { Node } from "../../schema/common/node.js";
import { Event } from "../../schema/governance/event.js";
import { VenueBooking } from "../../schema/party/booking.js";
import { MicroWish } from "../../schema/party/micro-wish.js";
import {
  ActivityChangeFilter,
  Centre,
  Change,
  ChangeScope,
  CommunityStats,
  DemandChangeFilter,
  EntityChange,
  EventChangeFilter,
  MicroWishChangeFilter,
  type CentreValue,
} from "../../schema/live/changes.js";
import type { Context } from "../context.js";
import { intKeyOf } from "../common/global-id.js";
import { RequestLoaders } from "../common/loaders.js";
import { divisionCodeArg } from "../common/validate.js";
import { CENTRE_NAMES, centreOf, centreValue, type CentreName } from "./centres.js";
import { communityStatsStream } from "./community-stats.js";
import { decodeCursor } from "./cursor.js";
import type { LiveItem, StreamRequest } from "./live-service.js";
import type { Entity } from "../../sources/common/entity.js";
import { CENTRE_OF } from "../../sources/centres.js";
import { ACTIVITY, DEMAND } from "../../sources/civic/entities.js";
import { EVENT } from "../../sources/governance/entities.js";
import { MICRO_WISH, VENUE, VENUE_BOOKING } from "../../sources/party/entities.js";
import { badArgument } from "../common/errors.js";

export const EventChange = EntityChange(Event, "Event", "event", "A change of a governance event (事件变更).");
export const DemandChange = EntityChange(Demand, "Demand", "demand", "A change of a service order (点单变更).");
export const MicroWishChange = EntityChange(MicroWish, "MicroWish", "microWish", "A change of a micro-wish (微心愿变更).");
export const BookingChange = EntityChange(VenueBooking, "VenueBooking", "booking", "A change of a venue booking (预约变更).");
export const ActivityChange = EntityChange(Activity, "Activity", "activity", "A change of an activity (活动变更).");

/** Marks a subscription whose items are the same for every subscriber asking the same way, so their executions can be shared (see `server/subscription-groups.ts`). */
export const SHARED_RESULTS = "gongzhiSharedResults";
const SharedResults = () => Extensions({ [SHARED_RESULTS]: true });

/** WebSocket close code for a subscriber that cannot keep up. */
export const TOO_SLOW_CLOSE_CODE = 4429;

// Subscription arguments are checked once, when subscribing; class-validator would otherwise
// run again for every change delivered.
const checkedAtSubscribe: ValidatorFn = () => undefined;

interface PlaceArgs {
  streetCode?: string | null;
  communityCode?: string | null;
  gridCode?: string | null;
}

/** The code conditions of a filter, tested on the logged row. */
function placeTest(filter: PlaceArgs | null | undefined): (change: LoggedChange) => boolean {
  const street = filter?.streetCode ? divisionCodeArg(filter.streetCode, "filter.streetCode", [9]) : undefined;
  const community = filter?.communityCode ? divisionCodeArg(filter.communityCode, "filter.communityCode", [12]) : undefined;
  const grid = filter?.gridCode ? divisionCodeArg(filter.gridCode, "filter.gridCode", [15]) : undefined;
  return (change) =>
    (!street || (change.communityCode ?? "").startsWith(street)) && (!community || change.communityCode === community) && (!grid || change.gridCode === grid);
}

/** A node field must be one of `allowed` (when given); deletions pass, having no node left to test. */
function oneOf<V extends string>(allowed: readonly V[] | null | undefined, value: (node: Node) => V): (item: { node: Node | null }) => boolean {
  if (!allowed?.length) return () => true;
  const set = new Set<string>(allowed);
  return ({ node }) => node === null || set.has(value(node));
}

/** Drops a subscriber's connection because it stopped reading while changes waited for it. */
export function dropTooSlow(ctx: Context): void {
  const seconds = Math.round(ctx.live.limits.stallMs / 100) / 10;
  ctx.connection?.close(TOO_SLOW_CLOSE_CODE, `Changes waited undelivered for more than ${seconds} s: the client reads too slowly`);
}

function stream(ctx: Context, centres: readonly CentreName[], after: string | null | undefined, matches: StreamRequest["matches"], keeps: StreamRequest["keeps"]) {
  return ctx.live.stream({
    centres,
    scope: ctx.scope,
    after: after ? decodeCursor(after) : null,
    matches,
    keeps,
    // A shared execution has no connection of its own: it paces itself to its members.
    onStall: ctx.connection ? () => dropTooSlow(ctx) : undefined,
  });
}

/** Changes of one entity, from the centre that keeps it, that `matches` lets through. */
function entityStream(ctx: Context, entity: Entity, after: string | null | undefined, matches: StreamRequest["matches"], keeps: StreamRequest["keeps"]) {
  const centre = CENTRE_OF.get(entity);
  if (!centre) throw new Error(`${entity.name} is no centre's entity`);
  return stream(ctx, [centre], after, (change) => change.entity === entity.name && matches(change), keeps);
}
const both =
  <T>(...tests: ((value: T) => boolean)[]) =>
  (value: T) =>
    tests.every((test) => test(value));

const AFTER = { nullable: true, validateFn: checkedAtSubscribe, description: "Resume after this cursor (from an earlier item): what was missed is replayed first, then changes stream live." } as const;

/**
 * The item's fields. Each delivered item is executed with fresh loaders: the operation's
 * context lives as long as the subscription, and nested fields must read current data.
 */
function entityItem(item: LiveItem, ctx: Context) {
  ctx.loaders = new RequestLoaders();
  return { cursor: item.cursor, operation: item.change.operation, id: item.id, at: item.change.at, node: item.node };
}

interface SubscribeData<A> {
  args: A;
  context: Context;
}

/** Live changes (变更推送) over WebSocket, fed by every centre's own change log. */
@Resolver()
export class LiveResolver {
  @SharedResults()
  @Subscription(() => EventChange, {
    description: "Changes of governance events matching the filter, including those written straight into the centre's database.",
    subscribe: ({ args, context }: SubscribeData<{ filter?: EventChangeFilter | null; after?: string | null }>) =>
      entityStream(
        context,
        EVENT,
        args.after,
        placeTest(args.filter),
        both(
          oneOf(args.filter?.categories, (n) => (n as Event).category),
          oneOf(args.filter?.statuses, (n) => (n as Event).status),
        ),
      ),
  })
  eventChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("filter", () => EventChangeFilter, { nullable: true, validateFn: checkedAtSubscribe, description: "Which changes to receive; all when omitted." }) _filter: EventChangeFilter | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }

  @SharedResults()
  @Subscription(() => DemandChange, {
    description: "Changes of service orders (点单) matching the filter.",
    subscribe: ({ args, context }: SubscribeData<{ filter?: DemandChangeFilter | null; after?: string | null }>) =>
      entityStream(context, DEMAND, args.after, placeTest(args.filter), oneOf(args.filter?.statuses, (n) => (n as Demand).status)),
  })
  demandChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("filter", () => DemandChangeFilter, { nullable: true, validateFn: checkedAtSubscribe, description: "Which changes to receive; all when omitted." }) _filter: DemandChangeFilter | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }

  @SharedResults()
  @Subscription(() => MicroWishChange, {
    description: "Changes of micro-wishes (微心愿) matching the filter.",
    subscribe: ({ args, context }: SubscribeData<{ filter?: MicroWishChangeFilter | null; after?: string | null }>) =>
      entityStream(context, MICRO_WISH, args.after, placeTest(args.filter), oneOf(args.filter?.statuses, (n) => (n as MicroWish).status)),
  })
  microWishChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("filter", () => MicroWishChangeFilter, { nullable: true, validateFn: checkedAtSubscribe, description: "Which changes to receive; all when omitted." }) _filter: MicroWishChangeFilter | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }

  @SharedResults()
  @Subscription(() => ActivityChange, {
    description: "Changes of civilisation-practice activities matching the filter.",
    subscribe: ({ args, context }: SubscribeData<{ filter?: ActivityChangeFilter | null; after?: string | null }>) =>
      entityStream(
        context,
        ACTIVITY,
        args.after,
        placeTest(args.filter),
        both(
          oneOf(args.filter?.categories, (n) => (n as Activity).category),
          oneOf(args.filter?.statuses, (n) => (n as Activity).status),
        ),
      ),
  })
  activityChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("filter", () => ActivityChangeFilter, { nullable: true, validateFn: checkedAtSubscribe, description: "Which changes to receive; all when omitted." }) _filter: ActivityChangeFilter | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }

  @SharedResults()
  @Subscription(() => BookingChange, {
    description: "Changes of the bookings of one venue, or of every venue of a community (预约变更). Give exactly one of venueId and communityCode.",
    subscribe: ({ args, context }: SubscribeData<{ venueId?: string | null; communityCode?: string | null; after?: string | null }>) => {
      if (Boolean(args.venueId) === Boolean(args.communityCode)) {
        throw badArgument("venueId", "Give exactly one of `venueId` and `communityCode`");
      }
      const venueId = args.venueId ? intKeyOf(args.venueId, VENUE, "venueId") : null;
      const community = args.communityCode ? divisionCodeArg(args.communityCode, "communityCode", [12]) : null;
      return entityStream(
        context,
        VENUE_BOOKING,
        args.after,
        (change) => community === null || change.communityCode === community,
        ({ node }) => venueId === null || node === null || (node as VenueBooking).venueId === venueId,
      );
    },
  })
  bookingChanged(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("venueId", () => String, { nullable: true, validateFn: checkedAtSubscribe, description: "Only this venue's bookings (a Venue id)." }) _venueId: string | null,
    @Arg("communityCode", () => String, { nullable: true, validateFn: checkedAtSubscribe, description: "Only bookings of this community's venues (12 digits)." }) _communityCode: string | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ) {
    return entityItem(item, ctx);
  }

  @SharedResults()
  @Subscription(() => Change, {
    description: "One feed of every change in a jurisdiction, from the chosen centres (辖区变更): each item names its centre, entity and operation, with the node as it is now.",
    subscribe: ({ args, context }: SubscribeData<{ sources?: CentreValue[] | null; scope: ChangeScope; after?: string | null }>) => {
      const prefix = divisionCodeArg(args.scope.divisionCodePrefix, "scope.divisionCodePrefix");
      const centres: readonly CentreName[] = args.sources?.length ? [...new Set(args.sources.map(centreOf))] : CENTRE_NAMES;
      return stream(context, centres, args.after, (change) => (change.gridCode ?? change.communityCode ?? "").startsWith(prefix), () => true);
    },
  })
  changes(
    @Root() item: LiveItem,
    @Ctx() ctx: Context,
    @Arg("scope", () => ChangeScope, { validateFn: checkedAtSubscribe, description: "The jurisdiction." }) _scope: ChangeScope,
    @Arg("sources", () => [Centre], { nullable: true, validateFn: checkedAtSubscribe, description: "Which centres; all three when omitted." }) _sources: CentreValue[] | null,
    @Arg("after", () => String, AFTER) _after: string | null,
  ): Change {
    return Object.assign(new Change(), entityItem(item, ctx), { source: centreValue(item.change.source as CentreName), entity: item.change.entity });
  }

  @Subscription(() => CommunityStats, {
    description: "Live counters of a community (社区看板): sent at once, then whenever they change; a burst of writes sends one update.",
    subscribe: ({ args, context }: SubscribeData<{ code: string }>) => communityStatsStream(context, divisionCodeArg(args.code, "code", [12])),
  })
  communityStats(@Root() stats: CommunityStats, @Arg("code", () => String, { validateFn: checkedAtSubscribe, description: "The community's 12-digit code." }) _code: string): CommunityStats {
    return stats;
  }
}
