import { fromGlobalId } from "../src/resolvers/common/global-id.js";

/**
 * Real values the generator draws from: ids, division codes, event codes and cursors seen in
 * answers. Filled once before the run (warm-up) and then frozen, so that a document depends
 * only on the seed and its index, never on which answers arrived first.
 */
export interface Known {
  idsByType: Map<string, string[]>;
  /** Division codes by length: 6 city, 9 street, 12 community, 15 grid. */
  codes: { city: string[]; street: string[]; community: string[]; grid: string[] };
  eventCodes: string[];
  cursors: string[];
}

export const emptyKnown = (): Known => ({ idsByType: new Map(), codes: { city: [], street: [], community: [], grid: [] }, eventCodes: [], cursors: [] });

const CODE_KEYS = /^(code|communityCode|gridCode|divisionCode|parentCode|streetCode)$/;

function addUnique(list: string[], value: string, limit = 400): void {
  if (list.length < limit && !list.includes(value)) list.push(value);
}

/** Collects every id, code and cursor found anywhere in an answer's data. */
export function harvest(known: Known, value: unknown, key = ""): void {
  if (Array.isArray(value)) {
    for (const item of value) harvest(known, item, key);
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) harvest(known, v, k);
    return;
  }
  if (typeof value !== "string") return;
  if (key === "id") {
    try {
      const { type } = fromGlobalId(value);
      const list = known.idsByType.get(type) ?? [];
      known.idsByType.set(type, list);
      addUnique(list, value, 200);
    } catch {
      // Not a global id (a Person's opaque id is one too; anything else is skipped).
    }
  } else if (key === "endCursor") {
    addUnique(known.cursors, value, 100);
  } else if (CODE_KEYS.test(key)) {
    if (/^\d{6}$/.test(value)) addUnique(known.codes.city, value);
    else if (/^\d{9}$/.test(value)) addUnique(known.codes.street, value);
    else if (/^\d{12}$/.test(value)) addUnique(known.codes.community, value);
    else if (/^\d{15}$/.test(value)) addUnique(known.codes.grid, value);
    else if (key === "code") addUnique(known.eventCodes, value, 200);
  }
}

/** Sorted copies, so that the values drawn do not depend on the order answers came in. */
export function freeze(known: Known): Known {
  const sorted = (list: string[]) => [...list].sort();
  return {
    idsByType: new Map([...known.idsByType.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([t, ids]) => [t, sorted(ids)])),
    codes: { city: sorted(known.codes.city), street: sorted(known.codes.street), community: sorted(known.codes.community), grid: sorted(known.codes.grid) },
    eventCodes: sorted(known.eventCodes),
    cursors: sorted(known.cursors),
  };
}
