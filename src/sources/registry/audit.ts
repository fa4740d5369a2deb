import { and, eq, gte, lt, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { countRows, keysetPage, type Page, type PageRequest } from "../common/keyset.js";
import { auditEntries, auditWrites } from "../../observability/metrics.js";
import * as tables from "./tables.js";
import { auditLog, type AuditRow } from "./tables.js";

export type AuditEntry = Omit<typeof auditLog.$inferInsert, "id" | "at">;

export interface AuditFilter {
  subject?: string;
  entity?: string;
  from?: Date;
  to?: Date;
}

const auditWhere = (f: AuditFilter): SQL | undefined =>
  and(
    f.subject ? eq(auditLog.subject, f.subject) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );

/** The records of processing kept in the registry. */
export class AuditLog {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  /** Appends the entries of one request in one statement. */
  async record(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.source.db.insert(auditLog).values([...entries]);
    } catch (error) {
      auditWrites.inc({ outcome: "failed" });
      throw error;
    }
    auditWrites.inc({ outcome: "ok" });
    auditEntries.inc(entries.length);
  }

  list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditRow>> {
    return keysetPage(this.source.pool, { table: auditLog, where: auditWhere(filter), sortColumn: auditLog.at, idColumn: auditLog.id, page });
  }

  count(filter: AuditFilter): Promise<number> {
    return countRows(this.source.pool, auditLog, auditWhere(filter));
  }
}
