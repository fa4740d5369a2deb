import { describe, expect, it } from "vitest";
import { PgDialect, pgTable, serial, varchar } from "drizzle-orm/pg-core";
import { sql, type SQL } from "drizzle-orm";
import { atPlaces, NO_ROWS, visibleIf } from "../../src/sources/common/visibility.js";

const rows = pgTable("rows", {
  id: serial("id").primaryKey(),
  communityCode: varchar("community_code", { length: 12 }),
  gridCode: varchar("grid_code", { length: 15 }),
});

const dialect = new PgDialect();
const render = (condition: SQL | undefined) => {
  if (!condition) return undefined;
  const { sql: text, params } = dialect.sqlToQuery(condition);
  return { sql: text, params };
};

describe("atPlaces", () => {
  it("matches prefixes up to a community's 12 digits on the community code, longer ones on the grid code", () => {
    expect(render(atPlaces(["420683001", "420683001001", "420683001001001"], rows.communityCode, rows.gridCode))).toEqual({
      sql: `("rows"."community_code" LIKE $1 or "rows"."community_code" LIKE $2 or "rows"."grid_code" LIKE $3)`,
      params: ["420683001%", "420683001001%", "420683001001001%"],
    });
  });

  it("matches every prefix on the grid code for a table without a community code", () => {
    expect(render(atPlaces(["420683001", "420683001001001"], null, rows.gridCode))).toEqual({
      sql: `("rows"."grid_code" LIKE $1 or "rows"."grid_code" LIKE $2)`,
      params: ["420683001%", "420683001001001%"],
    });
  });

  it("matches every prefix on the community code for a table without a grid code", () => {
    expect(render(atPlaces(["420683001001001"], rows.communityCode, null))).toEqual({ sql: `"rows"."community_code" LIKE $1`, params: ["420683001001001%"] });
  });

  it("matches everything under the empty prefix (a grant for everywhere)", () => {
    expect(render(atPlaces([""], rows.communityCode, rows.gridCode))).toEqual({ sql: `"rows"."community_code" LIKE $1`, params: ["%"] });
  });

  it("escapes LIKE's wildcards and escape character, so a prefix matches only itself", () => {
    expect(render(atPlaces(["42_%\\"], rows.communityCode, rows.gridCode))?.params).toEqual(["42\\_\\%\\\\%"]);
  });

  it("gives no condition at all for no prefixes", () => {
    expect(atPlaces([], rows.communityCode, rows.gridCode)).toBeUndefined();
  });
});

describe("visibleIf", () => {
  it("matches no row when there is no condition", () => {
    expect(visibleIf()).toBe(NO_ROWS);
    expect(visibleIf(undefined, undefined)).toBe(NO_ROWS);
    expect(render(NO_ROWS)).toEqual({ sql: "false", params: [] });
  });

  it("is the one condition there is, or any of several", () => {
    const owner = sql`${rows.id} = ${7}`;
    expect(render(visibleIf(undefined, owner))).toEqual({ sql: `"rows"."id" = $1`, params: [7] });
    expect(render(visibleIf(atPlaces(["420683001"], rows.communityCode, null), undefined, owner))).toEqual({
      sql: `("rows"."community_code" LIKE $1 or "rows"."id" = $2)`,
      params: ["420683001%", 7],
    });
  });
});
