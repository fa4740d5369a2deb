import { and, asc, eq } from "drizzle-orm";
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

  /** Grants a data set inside a prefix; granting it again keeps the first grant's time. */
  async grant(grant: NewGrant): Promise<DepartmentGrantRow> {
    const [row] = await this.source.db.insert(departmentGrants).values(grant).onConflictDoNothing().returning();
    return row ?? (await this.find(grant))!;
  }

  /** Withdraws a grant; false when there was none. */
  async revoke(grant: NewGrant): Promise<boolean> {
    const rows = await this.source.db.delete(departmentGrants).where(this.matching(grant)).returning({ department: departmentGrants.department });
    return rows.length > 0;
  }

  private async find(grant: NewGrant): Promise<DepartmentGrantRow | undefined> {
    const [row] = await this.source.db.select().from(departmentGrants).where(this.matching(grant));
    return row;
  }

  private matching(grant: NewGrant) {
    return and(eq(departmentGrants.department, grant.department), eq(departmentGrants.dataset, grant.dataset), eq(departmentGrants.codePrefix, grant.codePrefix));
  }
}
