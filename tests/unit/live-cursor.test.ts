import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../src/resolvers/live/cursor.js";
import { refusalOf, b64 } from "../support/refusal.js";



describe("live resume cursors", () => {
  it("round-trip every subscribed centre's position, txids beyond 2^53 included", () => {
    const positions = {
      party: { txid: 18_446_744_073_709_551_615n, seq: 1 },
      civic: { txid: 9_007_199_254_740_993n, seq: 123_456_789 },
      governance: { txid: 0n, seq: 0 },
    };
    expect(decodeCursor(encodeCursor(positions))).toEqual(positions);
    expect(decodeCursor(encodeCursor({ governance: { txid: 77n, seq: 5 } }))).toEqual({ governance: { txid: 77n, seq: 5 } });
  });

  it("are base64url of `centre:txid:seq` joined by `|`", () => {
    const cursor = encodeCursor({ party: { txid: 12n, seq: 3 }, civic: { txid: 40n, seq: 9 } });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(cursor, "base64url").toString("utf8")).toBe("party:12:3|civic:40:9");
  });

  it("read a hand-made cursor", () => {
    expect(decodeCursor(b64("governance:981:14"))).toEqual({ governance: { txid: 981n, seq: 14 } });
  });

  it.each([
    ["the empty string", ""],
    ["standard base64 characters", "cGFydHk6MToy+A=="],
    ["an unknown centre", b64("registry:1:2")],
    ["a centre in capitals", b64("PARTY:1:2")],
    ["a missing seq", b64("party:1")],
    ["a negative seq", b64("party:1:-2")],
    ["a txid that is not a number", b64("party:x:2")],
    ["a txid of 21 digits", b64(`party:${"1".repeat(21)}:2`)],
    ["a seq of 19 digits", b64(`party:1:${"1".repeat(19)}`)],
    ["spaces around a part", b64("party:1:2 ")],
    ["an empty part", b64("party:1:2|")],
    ["a keyset cursor of a list", b64('["2026-01-01T00:00:00.000Z",1]')],
    ["over 400 characters", b64(Array.from({ length: 40 }, () => "party:1:2").join("|"))],
  ])("refuse %s with BAD_USER_INPUT naming the argument", (_what, cursor) => {
    const refused = refusalOf(() => decodeCursor(cursor), GraphQLError);
    expect(refused.message).toBe("`after` is not a cursor from a change item");
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "after" });
    expect(refusalOf(() => decodeCursor(cursor, "resumeFrom"), GraphQLError).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "resumeFrom" });
  });
});
