import { Connection } from "../../schema/common/connection.js";
import { Event, EventFilterInput, EventOrder } from "../../schema/governance/event.js";
import type { EventFilter, EventSort } from "../../sources/governance/reads.js";
import type { PageRequest } from "../../sources/common/keyset.js";
import { decodeCursor, pageSize } from "../common/cursor.js";
import { divisionCodeArg } from "../common/validate.js";
import type { Identity } from "../../auth/identity.js";
import { readsEveryAddress } from "../common/personal-data.js";
import { badArgument } from "../common/errors.js";

export const EventConnection = Connection(Event, "Event", "A page of governance events (事件列表).");

/**
 * Validates an EventFilter input and turns it into the source's filter. The text search
 * looks into addresses only for a caller who may read them all, so a masked address cannot
 * be guessed through counts.
 */
export function eventFilter(input: EventFilterInput | null | undefined, identity: Identity, now = new Date()): EventFilter {
  if (!input) return {};
  const filter: EventFilter = {};
  const prefixes = [
    input.divisionCode && divisionCodeArg(input.divisionCode, "filter.divisionCode"),
    input.communityCode && divisionCodeArg(input.communityCode, "filter.communityCode", [12]),
  ].filter((p): p is string => Boolean(p));
  // The longest prefix wins; prefixes that contradict each other match nothing.
  prefixes.sort((a, b) => b.length - a.length);
  if (prefixes[0]) filter.codePrefix = prefixes.every((p) => prefixes[0]!.startsWith(p)) ? prefixes[0] : "x";
  if (input.gridCode) filter.gridCode = divisionCodeArg(input.gridCode, "filter.gridCode", [15]);
  if (input.statuses) filter.statuses = input.statuses;
  if (input.categories) filter.categories = input.categories;
  if (input.urgencies) filter.urgencies = input.urgencies;
  if (input.reportedAfter) filter.reportedAfter = input.reportedAfter;
  if (input.reportedBefore) filter.reportedBefore = input.reportedBefore;
  if (input.reportedAfter && input.reportedBefore && input.reportedAfter >= input.reportedBefore) {
    throw badArgument("filter.reportedAfter", "`reportedAfter` must be before `reportedBefore`");
  }
  if (input.overdue) filter.overdueAt = now;
  if (input.supervised != null) filter.supervised = input.supervised;
  if (input.text) {
    if (input.text.length > 100) throw badArgument("filter.text", "`text` is at most 100 characters");
    filter.text = input.text;
    filter.textInAddress = readsEveryAddress(identity);
  }
  return filter;
}

export function eventOrder(order: EventOrder | null | undefined): { sort: EventSort; direction: "ASC" | "DESC" } {
  return { sort: order?.field === "DUE_AT" ? "dueAt" : "reportedAt", direction: order?.direction ?? "DESC" };
}

export function eventPage(first: number, after: string | null | undefined, direction: "ASC" | "DESC"): PageRequest {
  return { first: pageSize(first), after: decodeCursor(after), direction };
}
