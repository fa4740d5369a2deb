import { Arg, Args, Ctx, Field, InputType, Query, Resolver } from "type-graphql";
import { Connection, PageArgs } from "../../schema/common/connection.js";
import { DivisionScope } from "../../schema/common/filters.js";
import { NeedSource, NeedState, ResidentNeed, type NeedSourceValue, type NeedStateValue } from "../../schema/common/resident-need.js";
import { MicroWish, WishStatus } from "../../schema/party/micro-wish.js";
import type { Keyset, Page, PageRequest } from "../../sources/common/keyset.js";
import type { DemandRow } from "../../sources/civic/tables.js";
import type { EventRow } from "../../sources/governance/tables.js";
import type { MicroWishRow } from "../../sources/party/tables.js";
import type { Context } from "../context.js";
import { encodeCursor, toConnection } from "../common/connection.js";
import { decodeCursor, pageSize } from "../common/cursor.js";
import { listPage, scopePrefix } from "../common/list-args.js";
import { toDemand } from "../civic/mappers.js";
import { toEvent } from "../governance/mappers.js";
import { toMicroWish } from "../party/mappers.js";
import { badArgument } from "../common/errors.js";

const NeedConnection = Connection(ResidentNeed, "ResidentNeed", "A page of resident needs from all three centres (群众需求).");
const MicroWishConnection = Connection(MicroWish, "MicroWish", "A page of micro-wishes (微心愿列表).");

@InputType({ description: "Which resident needs to list." })
export class NeedFilter extends DivisionScope {
  @Field(() => [NeedState], { nullable: true, description: "Only needs in these states." })
  states?: NeedStateValue[] | null;

  @Field(() => [NeedSource], { nullable: true, description: "Only needs held by these centres." })
  sources?: NeedSourceValue[] | null;
}

// Per-centre statuses behind each common state (the inverse of the mappers' tables).
const WISH: Record<NeedStateValue, MicroWishRow["status"][]> = { OPEN: ["OPEN"], IN_PROGRESS: ["CLAIMED"], MET: ["FULFILLED"], CLOSED_UNMET: [] };
const DEMAND: Record<NeedStateValue, DemandRow["status"][]> = { OPEN: ["ORDERED"], IN_PROGRESS: ["DISPATCHED", "ACCEPTED"], MET: ["DONE", "RATED"], CLOSED_UNMET: ["CANCELLED"] };
const EVENT: Record<NeedStateValue, EventRow["status"][]> = {
  OPEN: ["REPORTED", "ACCEPTED"],
  IN_PROGRESS: ["ASSIGNED", "IN_PROGRESS", "RESPONDED", "VERIFIED"],
  MET: ["CLOSED"],
  CLOSED_UNMET: ["REJECTED"],
};
/** Each centre's statuses behind each common state, by the centre holding the need. */
export const NEED_STATUSES = { PARTY: WISH, CIVIC: DEMAND, GOVERNANCE: EVENT } as const;

const statusesFor = <S>(table: Record<NeedStateValue, S[]>, states: NeedStateValue[] | undefined) => (states ? states.flatMap((s) => table[s]) : undefined);

// Needs are merged newest first; ties on time are broken by source rank, then id.
const RANK: Record<NeedSourceValue, number> = { PARTY: 1, CIVIC: 2, GOVERNANCE: 3 };

/** Where one source resumes after a merged cursor (time, rank, id), in time-DESC order. */
function resumeAt(cursor: { time: string; rank: number; id: number } | undefined, rank: number): Keyset | undefined {
  if (!cursor) return undefined;
  if (rank < cursor.rank) return { sort: cursor.time, id: 2_147_483_647 };
  if (rank > cursor.rank) return { sort: cursor.time, id: 0 };
  return { sort: cursor.time, id: cursor.id };
}

function decodeNeedCursor(after: string | null | undefined) {
  const keyset = decodeCursor(after);
  if (!keyset) return undefined;
  const [rank, id] = String(keyset.id).split(".").map(Number);
  if (typeof keyset.sort !== "string" || !rank || !id) throw badArgument("after", "Malformed cursor in `after`");
  return { time: keyset.sort, rank, id };
}

/** Needs across the three centres, and micro-wishes on their own. */
@Resolver()
export class NeedsResolver {
  @Query(() => NeedConnection, { description: "Resident needs from all three centres in one list, newest first: micro-wishes, service orders and livelihood-request events." })
  async needs(@Args(() => PageArgs) { first, after }: PageArgs, @Arg("filter", () => NeedFilter, { nullable: true, description: "Which needs; all when omitted." }) input: NeedFilter | null, @Ctx() { reads }: Context) {
    const size = pageSize(first);
    const cursor = decodeNeedCursor(after);
    const codePrefix = scopePrefix(input);
    const states = input?.states ?? undefined;
    const wanted = new Set(input?.sources ?? (["PARTY", "CIVIC", "GOVERNANCE"] as const));
    const page = (source: NeedSourceValue): PageRequest => ({ first: size, after: resumeAt(cursor, RANK[source]), direction: "DESC" });
    const wishFilter = { codePrefix, statuses: statusesFor(WISH, states) };
    const demandFilter = { codePrefix, statuses: statusesFor(DEMAND, states) };
    const eventFilter = { codePrefix, categories: ["LIVELIHOOD" as const], statuses: statusesFor(EVENT, states) };
    // A state with no statuses in a centre (e.g. CLOSED_UNMET for wishes) selects nothing there.
    const skip = (statuses: unknown[] | undefined) => statuses !== undefined && statuses.length === 0;
    const none = <R>(): Promise<Page<R>> => Promise.resolve({ rows: [], hasNextPage: false });
    const [wishes, demands, events] = await Promise.all([
      wanted.has("PARTY") && !skip(wishFilter.statuses) ? reads.party.microWishes(wishFilter, page("PARTY")) : none<MicroWishRow>(),
      wanted.has("CIVIC") && !skip(demandFilter.statuses) ? reads.civic.demands(demandFilter, page("CIVIC")) : none<DemandRow>(),
      wanted.has("GOVERNANCE") && !skip(eventFilter.statuses) ? reads.governance.events(eventFilter, "reportedAt", page("GOVERNANCE")) : none<EventRow>(),
    ]);
    const entry = (node: ResidentNeed, rowId: number) => ({ node, rowId, time: node.requestedAt.getTime(), rank: RANK[node.source] });
    const merged = [
      ...wishes.rows.map((r) => entry(toMicroWish(r), r.id)),
      ...demands.rows.map((r) => entry(toDemand(r), r.id)),
      ...events.rows.map((r) => entry(toEvent(r), r.id)),
    ].sort((a, b) => b.time - a.time || b.rank - a.rank || b.rowId - a.rowId);
    const rows = merged.slice(0, size);
    const hasNextPage = merged.length > size || wishes.hasNextPage || demands.hasNextPage || events.hasNextPage;
    const count = async () => {
      const [w, d, e] = await Promise.all([
        wanted.has("PARTY") && !skip(wishFilter.statuses) ? reads.party.countMicroWishes(wishFilter) : 0,
        wanted.has("CIVIC") && !skip(demandFilter.statuses) ? reads.civic.countDemands(demandFilter) : 0,
        wanted.has("GOVERNANCE") && !skip(eventFilter.statuses) ? reads.governance.countEvents(eventFilter) : 0,
      ]);
      return w + d + e;
    };
    return toConnection({ rows, hasNextPage }, (r) => r.node, (r) => encodeCursor(new Date(r.time), `${r.rank}.${r.rowId}`), count);
  }

  @Query(() => MicroWishConnection, { description: "Micro-wishes (微心愿), newest first." })
  async microWishes(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg("filter", () => DivisionScope, { nullable: true, description: "Only rows of this jurisdiction (辖区); all when omitted." }) scope: DivisionScope | null,
    @Arg("statuses", () => [WishStatus], { nullable: true, description: "Only these states." }) statuses: MicroWishRow["status"][] | null,
    @Ctx() { reads }: Context,
  ) {
    const filter = { codePrefix: scopePrefix(scope), statuses: statuses ?? undefined };
    const page = await reads.party.microWishes(filter, listPage(first, after, "DESC"));
    return toConnection(page, toMicroWish, (r) => encodeCursor(r.postedAt, r.id), () => reads.party.countMicroWishes(filter));
  }
}
