import { and, asc, eq, sql } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import * as tables from "./tables.js";
import { departmentGrants, type DepartmentGrantRow } from "./tables.js";

type NewGrant = Pick<DepartmentGrantRow, "department" | "dataset" | "codePrefix">;

/** 部门数据共享授权: the data sets each partner department may read, kept in the registry. */
export class DepartmentGrants {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  /** Every grant, or one department's, by department, data set and prefix. */
  list(department: string | null): Promise<DepartmentGrantRow[]> {
    return this.source.db
      .select()
      .from(departmentGrants)
      .where(department === null ? undefined : eq(departmentGrants.department, department))
      .orderBy(asc(departmentGrants.department), asc(departmentGrants.dataset), asc(departmentGrants.codePrefix));
  }

  /**
   * Grants a data set inside a prefix; granting it again keeps the first grant's time. One
   * statement that always returns the row: an insert, or a no-op update of the existing one
   * (a separate read after "insert or nothing" could find it revoked in between).
   */
  async grant(grant: NewGrant): Promise<DepartmentGrantRow> {
    const target = [departmentGrants.department, departmentGrants.dataset, departmentGrants.codePrefix];
    const [row] = await this.source.db.insert(departmentGrants).values(grant).onConflictDoUpdate({ target, set: { department: sql`excluded.department` } }).returning();
    if (!row) throw new Error("a grant's upsert returned no row");
    return row;
  }

  /** Withdraws a grant; false when there was none. */
  async revoke(grant: NewGrant): Promise<boolean> {
    const rows = await this.source.db.delete(departmentGrants).where(this.matching(grant)).returning({ department: departmentGrants.department });
    return rows.length > 0;
  }

  private matching(grant: NewGrant) {
    return and(eq(departmentGrants.department, grant.department), eq(departmentGrants.dataset, grant.dataset), eq(departmentGrants.codePrefix, grant.codePrefix));
  }
}
