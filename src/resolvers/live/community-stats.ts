import { setTimeout as pause } from "node:timers/promises";
import { CommunityStats, StatusCount } from "../../schema/live/changes.js";
import { startOfLocalDay } from "../../sources/common/local-time.js";
import type { Context } from "../context.js";
import { CENTRE_NAMES } from "./centres.js";

/** Changes arriving within this window are answered by one update. */
const COALESCE_MS = 250;
/** Figures that move with the clock alone (overdue events, today's bookings) are recounted this often. */
const RECOUNT_MS = 60_000;
const DAY_MS = 86_400_000;

/** Counts a community's dashboard figures, one statement per centre. */
export async function countCommunity(ctx: Context, code: string): Promise<CommunityStats> {
  const dayStart = startOfLocalDay(new Date());
  const dayEnd = new Date(dayStart.getTime() + DAY_MS);
  const [events, civic, party] = await Promise.all([
    ctx.reads.governance.openEventCounts(code),
    ctx.reads.civic.dashboardCounts(code, dayStart, dayEnd),
    ctx.reads.party.dashboardCounts(code, dayStart, dayEnd),
  ]);
  return Object.assign(new CommunityStats(), {
    communityCode: code,
    openEventsByStatus: events.byStatus.map((s) => Object.assign(new StatusCount(), s)),
    overdueEvents: events.overdue,
    ...civic,
    ...party,
    countedAt: new Date(),
  });
}

const figures = ({ countedAt: _at, ...rest }: CommunityStats) => JSON.stringify(rest);

/**
 * The figures now, then again whenever a change in the community (from any centre) or the
 * clock moves them. Changes are coalesced: a burst of writes yields one update.
 */
export function communityStatsStream(ctx: Context, code: string): AsyncIterableIterator<CommunityStats> {
  // An async generator handles `return()` only at its next `yield`: a subscriber that leaves
  // (or a server stopping) would otherwise wait out the sleep and count once more, maybe on closed pools.
  let closed = false;
  let wake: (() => void) | undefined;
  const stream = (async function* (): AsyncGenerator<CommunityStats> {
    let dirty = false;
    const stop = await ctx.live.watch(CENTRE_NAMES, (change) => change.communityCode === code, () => {
      dirty = true;
      wake?.();
    });
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    try {
      let last = await countCommunity(ctx, code);
      yield last;
      for (;;) {
        await sleep(RECOUNT_MS);
        wake = undefined;
        // Let the rest of a burst arrive before counting.
        if (dirty && !closed) await pause(COALESCE_MS);
        if (closed) return;
        dirty = false;
        const now = await countCommunity(ctx, code);
        if (figures(now) !== figures(last)) {
          last = now;
          yield now;
        }
      }
    } finally {
      stop();
    }
  })();
  return {
    next: () => stream.next(),
    return: (value?: unknown) => {
      closed = true;
      wake?.();
      return stream.return(value as undefined);
    },
    throw: (error?: unknown) => stream.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
