import type { Keyset } from "../../sources/common/keyset.js";
import { badArgument } from "./errors.js";

/** Cursors carry the sort key and id of a row, base64url-encoded JSON. */
export function encodeCursor(sort: Date | string | number, id: number | string): string {
  return Buffer.from(JSON.stringify([sort instanceof Date ? sort.toISOString() : sort, id])).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): Keyset | undefined {
  if (cursor == null) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2) {
      const [sort, id] = value as unknown[];
      // Sort keys are times, codes or ids; ids are integers or codes: nothing else came from a row.
      if ((typeof sort === "string" || Number.isFinite(sort)) && (typeof id === "string" || Number.isSafeInteger(id))) return { sort: sort as string | number, id: id as string | number };
    }
  } catch {
    // fall through to the error below
  }
  throw badArgument("after", "Malformed cursor in `after`");
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badArgument("first", `\`first\` must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}
