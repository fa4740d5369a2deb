import type { RowScope } from "../../auth/row-scope.js";
import type { CentreName } from "../../config.js";
import type { SourceDatabase } from "./database.js";
import type { Entity } from "./entity.js";
import type { LoggedTable } from "./change-log-triggers.js";

/**
 * What the API needs of one centre, in the spirit of a data connector: its name, its drizzle
 * tables (its migrations are `drizzle/<name>/`), its entities, its reads for a row scope and
 * its commands, and the tables its change log follows. Its change feed is the common one over that log.
 */
export interface Connector<Name extends CentreName, TSchema extends Record<string, unknown>, Reads, Commands> {
  readonly name: Name;
  /** What the centre is, for the schema's `Centre` enum. */
  readonly description: string;
  readonly tables: TSchema;
  readonly entities: readonly Entity[];
  /** The tables whose changes go to its change log (see `ensureChangeLogTriggers`): its live entities' own, and any others that change them. */
  readonly logged: readonly LoggedTable[];
  reads(db: SourceDatabase<TSchema>, scope: RowScope): Reads;
  commands(db: SourceDatabase<TSchema>): Commands;
}
