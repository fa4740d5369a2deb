import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** `column = ANY($1)`: one statement whatever the number of keys. */
export const anyOf = (column: AnyColumn, values: readonly (string | number)[]): SQL => sql`${column} = ANY(${sql.param(values)})`;

/** `code LIKE prefix || '%'`, served by the varchar_pattern_ops indexes. */
export const hasPrefix = (column: AnyColumn, prefix: string): SQL => sql`${column} LIKE ${prefix.replace(/[\\%_]/g, "\\$&") + "%"}`;
