import type { GraphQLResolveInfo } from "graphql";
import type { EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import type { Context } from "../context.js";
import { countOf, toConnection } from "../common/connection.js";
import { perParentLoader } from "../common/loaders.js";
import { eventFilter, eventOrder, eventPage } from "./event-args.js";
import { eventCursor, eventRead } from "./event-resolver.js";
import { toEvent } from "./mappers.js";
import { emptyPage } from "../../sources/common/keyset.js";

interface NestedEventArgs {
  first: number;
  after?: string | null;
  filterInput: EventFilterInput | null;
  orderBy: EventOrder | null;
}

/** The events connection of one community or grid, batched with every sibling asked with the same arguments. */
export async function nestedEvents({ loaders, reads, identity }: Context, info: GraphQLResolveInfo, parent: "community" | "grid", code: string, args: NestedEventArgs) {
  const filter = eventFilter(args.filterInput, identity);
  const { sort, direction } = eventOrder(args.orderBy);
  const page = eventPage(args.first, args.after, direction);
  const read = eventRead(info);
  const g = reads.governance;
  const [pagesOf, countsOf] =
    parent === "grid"
      ? [(codes: readonly string[]) => g.eventsByGrid(codes, filter, sort, page, read), (codes: readonly string[]) => g.countEventsByGrid(codes, filter)]
      : [(codes: readonly string[]) => g.eventsByCommunity(codes, filter, sort, page, read), (codes: readonly string[]) => g.countEventsByCommunity(codes, filter)];
  const pages = perParentLoader(loaders, `${parent}Events`, { filter, sort, page, columns: read.columns.id, counted: read.counted }, pagesOf, emptyPage);
  const counts = perParentLoader(loaders, `${parent}EventCount`, filter, countsOf, 0);
  const found = await pages.load(code);
  return toConnection(found, toEvent, eventCursor(sort), countOf(found, () => counts.load(code)));
}
