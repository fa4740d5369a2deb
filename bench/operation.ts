/**
 * What the read bench needs of an operation: its variables, its floor (the same rows fetched
 * with hand-written SQL through plain `pg` pools, served as JSON by bench/floor-server.ts) and
 * a digest of each side's answer, so the bench can check that both returned the same rows.
 */
import type pg from "pg";
import type { SourceName } from "../src/config.js";

export type Pools = Record<SourceName, pg.Pool>;

/** The data every operation's variables are drawn from (see pickVariables). */
export interface Variables {
  communityCode: string;
  gridCode: string;
  streetCode: string;
  lat: number;
  lng: number;
}

export interface Operation {
  /** The operation's name in its document (examples/ or bench/documents/). */
  name: string;
  /** One line for the tables: what it reads. */
  description: string;
  variables(v: Variables): Record<string, unknown>;
  /** The floor: fetch the same fields with direct SQL; resolves to JSON-ready data. */
  floor(pools: Pools, v: Variables): Promise<unknown>;
  /** Digest of the floor's data as it arrives over HTTP (JSON-parsed: timestamps are strings). */
  floorDigest(data: unknown): unknown;
  /** Digest of the API's `data` for the same request. */
  digest(data: unknown): unknown;
}

// The answers, loosely typed: the digests only read a few fields and a mismatch is reported, not thrown.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any;

/** A timestamp in one spelling, whether it came as a Date, ISO text with Z, or PostgreSQL's text with an offset. */
export const instant = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(value as string).toISOString());
