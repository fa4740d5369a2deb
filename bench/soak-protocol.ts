/**
 * Messages between the soak (bench/soak.ts) and its subscriber process
 * (bench/soak-subscribers.ts), and the subscriptions the subscribers hold.
 *
 *   parent → child  { type: "open" }                 child → parent { type: "opened", ... }, then
 *                                                    { type: "live" } once every subscriber received an item
 *   parent → child  { type: "probe", id }            an entity written to attach subscribers: not checked
 *   parent → child  { type: "wrote", id, entity }    one committed write of the soak: each subscriber
 *                                                    whose subscription it matches must receive it once
 *   parent → child  { type: "sample" }               child → parent { type: "sample", ... } (the minute's figures)
 *   parent → child  { type: "drain" }                child → parent { type: "result", ... } once every
 *                                                    expected item arrived or arrivals stopped
 *   parent → child  { type: "close" }                child → parent { type: "closed" }, then exits
 */

import type { DeliveryCheck } from "./live-protocol.js";

/** The entities the soak writes, by GraphQL type. */
export type SoakEntity = "Event" | "Demand" | "MicroWish";

/** Which feed a group of subscribers holds, over one community. */
export type SoakFeed = "eventChanged" | "changes";

export interface SoakGroup {
  feed: SoakFeed;
  count: number;
}

export interface SoakSubscriberSpec {
  groups: SoakGroup[];
  /** The community every write goes to and every subscription watches. */
  community: string;
  openConcurrency: number;
  /** Give up waiting for late items when none arrived for this long, or after the limit. */
  idleMs: number;
  drainLimitMs: number;
}

/** The subscription of a feed, and its variables for a community. */
export const FEEDS: Record<SoakFeed, { query: string; variables: (community: string) => Record<string, unknown>; receives: (entity: string) => boolean }> = {
  eventChanged: {
    query: "subscription SoakEvents($f: EventChangeFilter) { eventChanged(filter: $f) { cursor id at } }",
    variables: (community) => ({ f: { communityCode: community } }),
    receives: (entity) => entity === "Event",
  },
  changes: {
    query: "subscription SoakChanges($scope: ChangeScope!) { changes(scope: $scope) { cursor id at entity } }",
    variables: (community) => ({ scope: { divisionCodePrefix: community } }),
    receives: () => true,
  },
};

export interface SoakWrote {
  type: "wrote";
  /** Global id of the written entity. */
  id: string;
  entity: SoakEntity;
}

export interface LagSummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The subscribers' figures since the previous sample. */
export interface DeliverySample {
  type: "sample";
  /** Items received. */
  deliveries: number;
  /** From each item's `at` (its transaction's time) to its arrival. */
  lag: LagSummary;
  /** Items received again by a subscriber that already had them (same cursor). */
  duplicates: number;
  /** Error, complete and unparsable messages, and `next` payloads with errors. */
  errors: number;
  firstError?: string;
  /** Sockets the server closed (all so far). */
  closed: number;
}

/** `received` counts the probes' items too; `unexpected`: items no soak write explains, or of a kind the feed should not carry. */
export interface DeliveryResult extends DeliveryCheck {
  subscribers: number;
  /** Expected pairs received (at least once). */
  delivered: number;
  /** Lag over the whole soak. */
  lag: LagSummary;
  /** From the drain command until the last expected item arrived (or the wait gave up). */
  drainMs: number;
}
