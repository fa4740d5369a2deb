import { fromGlobalId, toGlobalId } from "../../src/resolvers/common/global-id.js";

/**
 * The global id the API gives the row `key` of `type` (e.g. `gid("Event", 42)`): the API's own
 * encoder, so tests build ids exactly as clients receive them. tests/unit/global-id.test.ts
 * pins the encoding itself (base64url of `Type:key`).
 */
export const gid = (type: string, key: string | number): string => toGlobalId(type, key);

/** The integer row id inside a global id the API returned, for SQL against the source. */
export const rowId = (id: string): number => Number(fromGlobalId(id).key);
