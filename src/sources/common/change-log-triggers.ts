import { getTableName, type AnyColumn } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { SourceDatabase } from "./database.js";
import { parentLink, type Entity } from "./entity.js";

/**
 * A table whose row changes go to its centre's change log (and so to subscribers): as its
 * own entity, or as the entity it belongs to (a post's claims change the post). The log's
 * trigger function (`gongzhi_log_change`, in the centre's migrations) records the entity,
 * the id, and where the row is: its own community and grid codes, or, for a row without
 * them, those of the parent row (table or view) `place.key` points to.
 */
export interface LoggedTable {
  entity: Entity;
  table: PgTable;
  /** The column holding the entity's id. */
  id: AnyColumn;
  place?: { relation: string; key: AnyColumn };
}

/** An entity's own table, logged as itself; a row placed by or seen with its parent takes the parent's place. */
export function logged(entity: Entity, changes?: Partial<Omit<LoggedTable, "entity">>): LoggedTable {
  const link = parentLink(entity);
  const place = entity.place || !link ? undefined : { relation: getTableName(link.parent.table), key: link.key };
  return { entity, table: entity.table, id: entity.key, ...(place ? { place } : {}), ...changes };
}

/** The logged tables of a centre: each live entity's own, then the `others` that change an entity (a post's claims). */
export const liveTables = (entities: readonly Entity[], others: readonly LoggedTable[] = []): LoggedTable[] => [...entities.filter((e) => e.live).map((e) => logged(e)), ...others];

/**
 * Creates or replaces the change-log trigger of every logged table, so that a table's
 * trigger follows its description: a new entity needs no migration of its own for it.
 */
export async function ensureChangeLogTriggers(db: SourceDatabase<Record<string, unknown>>, tables: readonly LoggedTable[]): Promise<void> {
  for (const { entity, table, id, place } of tables) {
    // Names from this code's own tables and entities, never from a request.
    const name = getTableName(table);
    const args = [entity.name, columnName(id), ...(place ? [place.relation, columnName(place.key)] : [])].map((a) => `'${a.replace(/'/g, "''")}'`).join(", ");
    await db.pool.query(
      `CREATE OR REPLACE TRIGGER "${name}_change_log" AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION gongzhi_log_change(${args})`,
    );
  }
}

const columnName = (column: AnyColumn): string => (column as AnyColumn & { name: string }).name;
