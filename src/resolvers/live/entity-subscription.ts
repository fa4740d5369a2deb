import { Extensions, type ValidatorFn } from "type-graphql";
import type { Change as LoggedChange } from "../../sources/common/change-feed.js";
import type { Node } from "../../schema/common/node.js";
import type { Context } from "../context.js";
import { RequestLoaders } from "../common/loaders.js";
import { divisionCodeArg } from "../common/validate.js";
import type { CentreName } from "./centres.js";
import { decodeCursor } from "./cursor.js";
import type { LiveItem, StreamRequest } from "./live-service.js";
import type { Entity } from "../../sources/common/entity.js";
import { CENTRE_OF } from "../../sources/centres.js";

/** The pieces every subscription to live changes is made of, wherever its resolver lives. */

/** Marks a subscription whose items are the same for every subscriber asking the same way, so their executions can be shared (see `server/subscription-groups.ts`). */
export const SHARED_RESULTS = "gongzhiSharedResults";
export const SharedResults = () => Extensions({ [SHARED_RESULTS]: true });

/** WebSocket close code for a subscriber that cannot keep up. */
export const TOO_SLOW_CLOSE_CODE = 4429;

// Subscription arguments are checked once, when subscribing; class-validator would otherwise
// run again for every change delivered.
export const checkedAtSubscribe: ValidatorFn = () => undefined;

export interface PlaceArgs {
  streetCode?: string | null;
  communityCode?: string | null;
  gridCode?: string | null;
}

/** The code conditions of a filter, tested on the logged row. */
export function placeTest(filter: PlaceArgs | null | undefined): (change: LoggedChange) => boolean {
  const street = filter?.streetCode ? divisionCodeArg(filter.streetCode, "filter.streetCode", [9]) : undefined;
  const community = filter?.communityCode ? divisionCodeArg(filter.communityCode, "filter.communityCode", [12]) : undefined;
  const grid = filter?.gridCode ? divisionCodeArg(filter.gridCode, "filter.gridCode", [15]) : undefined;
  return (change) =>
    (!street || (change.communityCode ?? "").startsWith(street)) && (!community || change.communityCode === community) && (!grid || change.gridCode === grid);
}

/** A node field must be one of `allowed` (when given); deletions pass, having no node left to test. */
export function oneOf<V extends string>(allowed: readonly V[] | null | undefined, value: (node: Node) => V): (item: { node: Node | null }) => boolean {
  if (!allowed?.length) return () => true;
  const set = new Set<string>(allowed);
  return ({ node }) => node === null || set.has(value(node));
}

/** Drops a subscriber's connection because it stopped reading while changes waited for it. */
export function dropTooSlow(ctx: Context): void {
  const seconds = Math.round(ctx.live.limits.stallMs / 100) / 10;
  ctx.connection?.close(TOO_SLOW_CLOSE_CODE, `Changes waited undelivered for more than ${seconds} s: the client reads too slowly`);
}

export function stream(ctx: Context, centres: readonly CentreName[], after: string | null | undefined, matches: StreamRequest["matches"], keeps: StreamRequest["keeps"]) {
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
export function entityStream(ctx: Context, entity: Entity, after: string | null | undefined, matches: StreamRequest["matches"], keeps: StreamRequest["keeps"]) {
  const centre = CENTRE_OF.get(entity);
  if (!centre) throw new Error(`${entity.name} is no centre's entity`);
  return stream(ctx, [centre], after, (change) => change.entity === entity.name && matches(change), keeps);
}
export const both =
  <T>(...tests: ((value: T) => boolean)[]) =>
  (value: T) =>
    tests.every((test) => test(value));

export const AFTER = { nullable: true, validateFn: checkedAtSubscribe, description: "Resume after this cursor (from an earlier item): what was missed is replayed first, then changes stream live." } as const;

/**
 * The item's fields. Each delivered item is executed with fresh loaders: the operation's
 * context lives as long as the subscription, and nested fields must read current data.
 */
export function entityItem(item: LiveItem, ctx: Context) {
  ctx.loaders = new RequestLoaders();
  return { cursor: item.cursor, operation: item.change.operation, id: item.id, at: item.change.at, node: item.node };
}

export interface SubscribeData<A> {
  args: A;
  context: Context;
}
