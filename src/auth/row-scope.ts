import type { Identity } from "./identity.js";

/**
 * Data sets that are scoped by place and can be shared with a partner department
 * (部门数据共享授权), each limited to a division code prefix.
 */
export const DATASETS = [
  "EVENTS",
  "RISK_ASSESSMENTS",
  "GRID_WORKERS",
  "DEMANDS",
  "VOLUNTEERS",
  "ACTIVITIES",
  "MICRO_WISHES",
  "VENUE_BOOKINGS",
  "PARTY_MEMBERS",
  "PARTY_ORGANIZATIONS",
  "SERVICE_POSTS",
  "DELIBERATIONS",
] as const;
export type Dataset = (typeof DATASETS)[number];

/** One data set shared with a department inside a division code prefix ("" = everywhere). */
export interface Grant {
  dataset: Dataset;
  codePrefix: string;
}

/**
 * Which rows a caller sees, whatever the source: the same scope becomes a WHERE condition
 * in every statement the request runs (see each source's `visibility.ts`).
 */
export interface RowScope {
  /** Every row of every source (admin, analyst). */
  readonly everything: boolean;
  /** Division or grid code prefixes whose rows the caller sees, per data set (jurisdiction, own grids, grants). */
  readonly places: Readonly<Record<Dataset, readonly string[]>>;
  /** Token subject of a resident: their own reports, orders, wishes and bookings. */
  readonly owner: string | null;
  /** A partner department: the events assigned or whistled to it. */
  readonly department: string | null;
}

const placesOf = (prefixes: readonly string[]): Record<Dataset, readonly string[]> =>
  Object.fromEntries(DATASETS.map((d) => [d, prefixes])) as Record<Dataset, readonly string[]>;

/** Sees every row: admins, analysts, and the live hub loading changes once for all subscribers. */
export const EVERYTHING: RowScope = Object.freeze({ everything: true, places: placesOf([]), owner: null, department: null });

/**
 * The rows a caller sees, from their identity and (for a department) the grants configured
 * for it; public data (places, venues, published activities…) is visible to every scope.
 */
export function rowScopeOf(identity: Identity, grants: readonly Grant[] = []): RowScope {
  switch (identity.role) {
    case "admin":
    case "analyst":
      return EVERYTHING;
    case "grid_worker":
    case "community_worker":
    case "street_officer":
      return { everything: false, places: placesOf(reachOf(identity)), owner: null, department: null };
    case "department": {
      const places = placesOf([]);
      for (const grant of grants) places[grant.dataset] = [...places[grant.dataset], grant.codePrefix];
      return { everything: false, places, owner: null, department: identity.department };
    }
    case "resident":
      return { everything: false, places: placesOf([]), owner: identity.subject, department: null };
    case "public":
      return { everything: false, places: placesOf([]), owner: null, department: null };
  }
}

/** Roles whose rows are those of their places (grids or jurisdiction): they also write only there. */
export const isPlaceBound = (identity: Identity): boolean => identity.role === "grid_worker" || identity.role === "community_worker" || identity.role === "street_officer";

/** A grid worker's grids, else the caller's jurisdiction: where its staff work and personal data may be read. */
export function reachOf(identity: Identity): string[] {
  if (identity.role === "grid_worker" && identity.grids.length > 0) return [...identity.grids];
  return identity.jurisdiction === null ? [] : [identity.jurisdiction];
}

/** Whether a row at `place` (a division or grid code) lies inside the scope's places for a data set. */
export function coversPlace(scope: RowScope, dataset: Dataset, place: string | null): boolean {
  return scope.everything || (place !== null && scope.places[dataset].some((prefix) => place.startsWith(prefix)));
}

/** A stable key: requests with equal keys see exactly the same rows. */
export function scopeKey(scope: RowScope): string {
  return JSON.stringify(scope);
}
