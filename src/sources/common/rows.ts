import { eq, type InferSelectModel } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { SourceTransaction } from "./database.js";
import { missing } from "./errors.js";
import { requireVersion } from "./lifecycle.js";

type TableWithId = PgTable & { id: AnyPgColumn };

/** The row with this id, locked until the transaction ends; NOT_FOUND naming `what` otherwise. */
export async function lockRow<TSchema extends Record<string, unknown>, T extends TableWithId>(
  tx: SourceTransaction<TSchema>,
  table: T,
  id: number,
  what: string,
  mode: "update" | "share" = "update",
): Promise<InferSelectModel<T>> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for(mode);
  if (!row) throw missing(`${what} ${id}`);
  return row as InferSelectModel<T>;
}

/** Like {@link lockRow}, and CONFLICT unless the row is still at the version the caller saw. */
export async function lockVersioned<TSchema extends Record<string, unknown>, T extends TableWithId>(
  tx: SourceTransaction<TSchema>,
  table: T,
  id: number,
  expectedVersion: number,
  what: string,
): Promise<InferSelectModel<T>> {
  const row = await lockRow(tx, table, id, what);
  requireVersion(row as { status: string; version: number }, expectedVersion, `${what} ${id}`);
  return row;
}

/** The one row an INSERT or UPDATE … RETURNING gave back. */
export function returned<R>(rows: readonly R[]): R {
  const [row] = rows;
  if (row === undefined) throw new Error("a write … RETURNING gave no row");
  return row;
}
