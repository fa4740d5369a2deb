import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from "../../src/resolvers/common/cursor.js";
import { refusalOf, b64 } from "../support/refusal.js";



describe("keyset cursors", () => {
  it("round-trip the sort key and id of a row", () => {
    const at = new Date("2026-03-04T05:06:07.089Z");
    expect(decodeCursor(encodeCursor(at, 42))).toEqual({ sort: "2026-03-04T05:06:07.089Z", id: 42 });
    expect(decodeCursor(encodeCursor("420683001001", "420683001001"))).toEqual({ sort: "420683001001", id: "420683001001" });
    expect(decodeCursor(encodeCursor(0, 1))).toEqual({ sort: 0, id: 1 });
    expect(decodeCursor(encodeCursor(-2.5, "3.17"))).toEqual({ sort: -2.5, id: "3.17" });
    expect(decodeCursor(encodeCursor("社区/名称 ✓", 7))).toEqual({ sort: "社区/名称 ✓", id: 7 });
  });

  it("are base64url JSON of [sort, id], with no characters a URL or a GraphQL string would need escaped", () => {
    const cursor = encodeCursor(new Date("2026-01-01T00:00:00Z"), 2_147_483_647);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))).toEqual(["2026-01-01T00:00:00.000Z", 2_147_483_647]);
    // Text whose standard base64 would contain "+" and "/".
    expect(encodeCursor("\u00fb\u00ff\u00fe?>", 1)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("sort equal cursors equally: the same row always gives the same cursor", () => {
    expect(encodeCursor(new Date("2026-05-01T08:00:00+08:00"), 5)).toBe(encodeCursor(new Date("2026-05-01T00:00:00Z"), 5));
  });

  it("mean the first page when absent", () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(null)).toBeUndefined();
  });

  it.each([
    ["the empty string", ""],
    ["text that is not base64url JSON", "garbage"],
    ["plain JSON, not encoded", '["2026-01-01",1]'],
    ["JSON that is not an array", b64('{"sort":"a","id":1}')],
    ["an array of one", b64('["a"]')],
    ["an array of three", b64('["a",1,2]')],
    ["an empty array", b64("[]")],
    ["a null sort key", b64("[null,1]")],
    ["a null id", b64('["a",null]')],
    ["a boolean sort key", b64("[true,1]")],
    ["an object id", b64('["a",{"id":1}]')],
    ["a nested array", b64('[["a"],1]')],
    ["truncated JSON", b64('["a",1')],
    ["a bare number", b64("42")],
    ["a bare string", b64('"a"')],
  ])("refuse %s with BAD_USER_INPUT naming `after`", (_what, cursor) => {
    const refused = refusalOf(() => decodeCursor(cursor), GraphQLError);
    expect(refused.message).toBe("Malformed cursor in `after`");
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
  });
});

describe("keyset cursors: values no row has", () => {
  it("refuse an infinite sort key (1e999 in JSON) and a fractional id", () => {
    expect(refusalOf(() => decodeCursor(b64("[1e999,1]")), GraphQLError).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
    expect(refusalOf(() => decodeCursor(b64('["2026-01-01T00:00:00.000Z",1.5]')), GraphQLError).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
  });
});

describe("pageSize", () => {
  it("accepts 1 to 100", () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    for (const first of [1, 2, 50, 99, 100]) expect(pageSize(first)).toBe(first);
  });

  it.each([0, -1, 101, 100_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("refuses %s with BAD_USER_INPUT naming `first`", (first) => {
    const refused = refusalOf(() => pageSize(first), GraphQLError);
    expect(refused.message).toBe("`first` must be between 1 and 100");
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "first" });
  });
});
