import type { Change } from "../../sources/common/change-feed.js";
import type { Node } from "../../schema/common/node.js";
import type { RowScope } from "../../auth/row-scope.js";
import type { CentreName } from "./centres.js";
import type { Positions } from "./cursor.js";

/** One change as a subscriber receives it. */
export interface LiveItem {
  change: Change;
  /** Global id of the changed object. */
  id: string;
  /** The object as it is when delivered (null when deleted or gone). */
  node: Node | null;
  /** Resume position right after this item. */
  cursor: string;
}

export interface StreamRequest {
  centres: readonly CentreName[];
  /** The rows the subscriber sees: a change of any other row is skipped. */
  scope: RowScope;
  /** Positions to replay from (a cursor of an earlier item); null starts live from now. */
  after: Positions | null;
  /** Cheap test on the logged row (entity, codes), before the node is loaded. */
  matches(change: Change): boolean;
  /** Test on the loaded node (state, category…); deletions have no node. */
  keeps(item: { change: Change; node: Node | null }): boolean;
  /**
   * Called once when the subscriber stops reading for longer than the hub allows; the
   * stream then ends. Without it (a shared execution, which paces itself) it never stalls out.
   */
  onStall?: () => void;
}

export interface LiveLimits {
  /** Items a subscription may hold in memory; beyond that it reads the change log instead. */
  maxQueue: number;
  /** How long a subscriber that is behind may go without taking an item before it is dropped. */
  stallMs: number;
}

/** What resolvers use of the live hub (see `LiveHub`): streams of changes, and their bounds. */
export interface LiveService {
  readonly limits: LiveLimits;
  /** The changes a subscriber receives, from `request.after` or from now. */
  stream(request: StreamRequest): Promise<AsyncIterableIterator<LiveItem>>;
  /** Calls `onChange` (at most once per batch) for changes that `matches`; the returned function stops. */
  watch(centres: readonly CentreName[], matches: (change: Change) => boolean, onChange: () => void): Promise<() => void>;
}
