import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { countOf, toConnection } from "../common/connection.js";
import { perParentLoader } from "../common/loaders.js";
import { Selection } from "../common/selection.js";
import { eventFilter, eventOrder, eventPage } from "./event-args.js";
import { eventCursor, eventRead, type EventSlice, type NestedEventArgs } from "./event-columns.js";
import { toEvent } from "./mappers.js";
import { emptyPage, type Page, type PageRequest } from "../../sources/common/keyset.js";
import type { EventFilter, EventSort } from "../../sources/governance/reads.js";

/**
 * The events connection of one community or grid: the page the parent's statement read
 * (`embedded`), or one batched with every sibling asked with the same arguments.
 */
export async function nestedEvents(ctx: Context, info: GraphQLResolveInfo, parent: "community" | "grid", code: string, args: NestedEventArgs, embedded?: Page<EventSlice>) {
  const { loaders, reads, identity } = ctx;
  const filter = eventFilter(args.filter, identity);
  const { sort, direction } = eventOrder(args.orderBy);
  const found = embedded ?? (await readPage(ctx, info, parent, code, filter, sort, eventPage(args.first, args.after, direction)));
  const g = reads.governance;
  const countsOf = parent === "grid" ? (codes: readonly string[]) => g.countEventsByGrid(codes, filter) : (codes: readonly string[]) => g.countEventsByCommunity(codes, filter);
  return toConnection(found, toEvent, eventCursor(sort), countOf(found, () => perParentLoader(loaders, `${parent}EventCount`, filter, countsOf, 0).load(code)));
}

/** The parent's page, in one statement for every sibling asked the same way. */
function readPage(ctx: Context, info: GraphQLResolveInfo, parent: "community" | "grid", code: string, filter: EventFilter, sort: EventSort, page: PageRequest): Promise<Page<EventSlice>> {
  const read = eventRead(Selection.of(info), ctx);
  const g = ctx.reads.governance;
  const pagesOf =
    parent === "grid" ? (codes: readonly string[]) => g.eventsByGrid(codes, filter, sort, page, read) : (codes: readonly string[]) => g.eventsByCommunity(codes, filter, sort, page, read);
  return perParentLoader(ctx.loaders, `${parent}Events`, { filter, sort, page, columns: read.columns.id, counted: read.counted }, pagesOf, emptyPage).load(code);
}
