import { Arg, Ctx, Resolver, Root, Subscription } from "type-graphql";
import { Activity, Demand } from "../../schema/civic/activity.js";
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
import { divisionCodeArg } from "../common/validate.js";
import { CENTRE_NAMES, centreOf, centreValue, type CentreName } from "./centres.js";
import { communityStatsStream } from "./community-stats.js";
import { AFTER, both, checkedAtSubscribe, entityItem, entityStream, oneOf, placeTest, SharedResults, stream, type SubscribeData } from "./entity-subscription.js";
import type { LiveItem } from "./live-service.js";
import { ACTIVITY, DEMAND } from "../../sources/civic/entities.js";
import { EVENT } from "../../sources/governance/entities.js";
import { MICRO_WISH, VENUE, VENUE_BOOKING } from "../../sources/party/entities.js";
import { badArgument } from "../common/errors.js";

export const EventChange = EntityChange(Event, "Event", "event", "A change of a governance event (事件变更).");
export const DemandChange = EntityChange(Demand, "Demand", "demand", "A change of a service order (点单变更).");
export const MicroWishChange = EntityChange(MicroWish, "MicroWish", "microWish", "A change of a micro-wish (微心愿变更).");
export const BookingChange = EntityChange(VenueBooking, "VenueBooking", "booking", "A change of a venue booking (预约变更).");
export const ActivityChange = EntityChange(Activity, "Activity", "activity", "A change of an activity (活动变更).");

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
