import { describe, expect, it } from "vitest";
import { PgDialect } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import type { Identity } from "../../src/auth/identity.js";
import { EVERYTHING, rowScopeOf, type RowScope } from "../../src/auth/row-scope.js";
import { datasetOf, visibleRows } from "../../src/sources/common/entity.js";
import { ENROLMENT } from "../../src/sources/civic/entities.js";
import { EVENT, GRID, WHISTLE, WHISTLE_SUMMONS } from "../../src/sources/governance/entities.js";
import { DELIBERATION, MICRO_WISH, VENUE, VENUE_BOOKING } from "../../src/sources/party/entities.js";

const dialect = new PgDialect();
const render = (condition: SQL | undefined) => {
  if (!condition) return undefined;
  const { sql, params } = dialect.sqlToQuery(condition);
  return { sql, params };
};

const identity = (role: Identity["role"], subject: string | null, jurisdiction: string | null): Identity => ({ role, subject, name: null, jurisdiction, grids: [], department: null, scopes: [], expiresAt: null });
const officer: RowScope = rowScopeOf(identity("street_officer", "o", "420683001"));
const resident: RowScope = rowScopeOf(identity("resident", "r-1", null));
const publicScope: RowScope = rowScopeOf(identity("public", null, null));

describe("row visibility derived from an entity's description", () => {
  it("is no condition for a scope that sees everything, or for public entities", () => {
    expect(visibleRows(EVENT, EVERYTHING)).toBeUndefined();
    expect(visibleRows(VENUE, publicScope)).toBeUndefined();
    expect(visibleRows(GRID, resident)).toBeUndefined();
  });

  it("matches the scope's places on the row's own place, and a resident's own rows on the owner column", () => {
    expect(render(visibleRows(MICRO_WISH, officer))).toEqual({ sql: `"micro_wishes"."community_code" LIKE $1`, params: ["420683001%"] });
    expect(render(visibleRows(MICRO_WISH, resident))).toEqual({ sql: `"micro_wishes"."owner_subject" = $1`, params: ["r-1"] });
    expect(render(visibleRows(MICRO_WISH, publicScope))).toEqual({ sql: "false", params: [] });
  });

  it("adds the rows everyone sees (a resolved deliberation) to those of the scope's places", () => {
    expect(render(visibleRows(DELIBERATION, publicScope))).toEqual({ sql: `"deliberations"."status" = $1`, params: ["RESOLVED"] });
    expect(render(visibleRows(DELIBERATION, officer))).toEqual({ sql: `("deliberations"."status" = $1 or "deliberations"."community_code" LIKE $2)`, params: ["RESOLVED", "420683001%"] });
  });

  it("places a row by its parent's place when told to (a booking is where its venue is), and sees none without places", () => {
    expect(render(visibleRows(VENUE_BOOKING, officer))).toEqual({
      sql: `"venue_bookings"."venue_id" IN (SELECT "venues"."id" FROM "venues" WHERE "venues"."community_code" LIKE $1)`,
      params: ["420683001%"],
    });
    expect(render(visibleRows(ENROLMENT, publicScope))).toEqual({ sql: "false", params: [] });
  });

  it("sees a row seen with its parent exactly when it sees the parent, through every level", () => {
    const summons = render(visibleRows(WHISTLE_SUMMONS, resident));
    expect(summons?.sql).toBe(
      `"whistle_departments"."whistle_id" IN (SELECT "whistles"."id" FROM "whistles" WHERE "whistles"."event_id" IN (SELECT "events"."id" FROM "events" WHERE "events"."owner_subject" = $1))`,
    );
    expect(summons?.params).toEqual(["r-1"]);
    expect(visibleRows(WHISTLE, EVERYTHING)).toBeUndefined();
  });

  it("names the data set of rows seen with their parent after the parent's", () => {
    expect(datasetOf(WHISTLE_SUMMONS)).toBe("EVENTS");
    expect(datasetOf(VENUE_BOOKING)).toBe("VENUE_BOOKINGS");
    expect(datasetOf(VENUE)).toBeNull();
  });
});
