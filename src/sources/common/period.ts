import { sql, type SQL } from "drizzle-orm";
import type { ScopedRows } from "./scoped-rows.js";

/** A span of time, from `from` up to (not including) `to`: a month, a quarter, a week, or any range. */
export interface Period {
  from: Date;
  to: Date;
}

// A centre's indicators are one statement over the grid of divisions × periods: the rows
// `d(prefix)` and `p(f, t, i)`, each with LATERAL aggregates written with the helpers below.

/** The periods as rows `p(f, t, i)`: from, to, and the period's place in the list, from 1. */
export const periodRows = (periods: readonly Period[]): SQL =>
  sql`unnest(${sql.param(periods.map((p) => p.from.toISOString()))}::timestamptz[], ${sql.param(periods.map((p) => p.to.toISOString()))}::timestamptz[]) WITH ORDINALITY AS p(f, t, i)`;

/** The row's time lies in the statement's period `p`. */
export const within = (column: SQL): SQL => sql`(${column} >= p.f AND ${column} < p.t)`;

/** The row's code lies in the statement's division `d`. */
export const inDivision = (column: SQL): SQL => sql`${column} LIKE d.prefix || '%'`;

/** Hours of an interval, as a number. */
export const hours = (interval: SQL): SQL => sql`extract(epoch FROM ${interval}) / 3600`;

/** Every condition given (an undefined one is no condition). */
export const allOf = (...parts: (SQL | undefined)[]): SQL => sql.join(parts.filter((p): p is SQL => p !== undefined).map((p) => sql`(${p})`), sql` AND `);

/**
 * Runs `SELECT d.prefix, p.i, <columns> FROM <divisions × periods> <laterals>` and decodes each
 * row: per division prefix, one value per period, in the order given. Over every row of the
 * database (`everyRow`): the laterals carry the scope's conditions themselves (`rows.visible`).
 */
export async function perDivisionAndPeriod<S extends Record<string, unknown>, F>(
  rows: ScopedRows<S>,
  prefixes: readonly string[],
  periods: readonly Period[],
  columns: SQL,
  laterals: SQL,
  decode: (row: Record<string, unknown>) => F,
): Promise<Map<string, F[]>> {
  const byPrefix = new Map<string, F[]>(prefixes.map((p) => [p, []]));
  if (prefixes.length === 0 || periods.length === 0) return byPrefix;
  const result = await rows.everyRow.db.execute<Record<string, unknown>>(
    sql`SELECT d.prefix, p.i, ${columns}
      FROM unnest(${sql.param(prefixes)}::text[]) AS d(prefix)
      CROSS JOIN ${periodRows(periods)}
      ${laterals}
      ORDER BY 1, 2`,
  );
  for (const row of result.rows) byPrefix.get(row.prefix as string)?.push(decode(row));
  return byPrefix;
}

/** A column of an aggregate row as a number (0 when absent), or as a number or null. */
export const numberOf = (row: Record<string, unknown>, key: string): number => Number(row[key] ?? 0);
export const numberOrNull = (row: Record<string, unknown>, key: string): number | null => (row[key] === null || row[key] === undefined ? null : Number(row[key]));
