import { and, asc, eq, gt, ilike, type SQL } from "drizzle-orm";
import type { SourceDatabase } from "../common/database.js";
import { anyOf, hasPrefix } from "../common/conditions.js";
import { countRows, type Page } from "../common/keyset.js";
import { columnsOf, select } from "../common/select.js";
import * as tables from "./tables.js";
import { divisions, type DivisionRow } from "./tables.js";

export interface CommunityFilter {
  /** Division code prefix: a street's 9 digits, a city's 6. */
  codePrefix?: string;
  nameContains?: string;
}

/** Reads of the API's own registry: the division tree. */
export class RegistryReads {
  constructor(private readonly source: SourceDatabase<typeof tables>) {}

  private get db() {
    return this.source.db;
  }

  private get pool() {
    return this.source.pool;
  }

  async divisionsByCode(codes: readonly string[]): Promise<DivisionRow[]> {
    return select(this.pool, columnsOf(divisions), anyOf(divisions.code, codes));
  }

  async divisions(filter: { parentCode?: string; level?: DivisionRow["level"] }): Promise<DivisionRow[]> {
    const where: (SQL | undefined)[] = [];
    if (filter.parentCode) where.push(eq(divisions.parentCode, filter.parentCode));
    if (filter.level) where.push(eq(divisions.level, filter.level));
    return select(this.pool, columnsOf(divisions), and(...where), [asc(divisions.code)]);
  }

  async childrenOf(parentCodes: readonly string[]): Promise<DivisionRow[]> {
    return select(this.pool, columnsOf(divisions), anyOf(divisions.parentCode, parentCodes), [asc(divisions.code)]);
  }

  private communityWhere(filter: CommunityFilter): SQL | undefined {
    return and(
      eq(divisions.level, "COMMUNITY"),
      filter.codePrefix ? hasPrefix(divisions.code, filter.codePrefix) : undefined,
      filter.nameContains ? ilike(divisions.name, `%${filter.nameContains.replace(/[\\%_]/g, "\\$&")}%`) : undefined,
    );
  }

  /** Communities in code order, keyset-paginated on the code. */
  async communities(filter: CommunityFilter, page: { first: number; after?: string }): Promise<Page<DivisionRow>> {
    const rows = await this.db
      .select()
      .from(divisions)
      .where(and(this.communityWhere(filter), page.after ? gt(divisions.code, page.after) : undefined))
      .orderBy(asc(divisions.code))
      .limit(page.first + 1);
    return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }

  async countCommunities(filter: CommunityFilter): Promise<number> {
    return countRows(this.pool, divisions, this.communityWhere(filter));
  }
}
