import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { fromGlobalId, intKeyOf, toGlobalId } from "../../src/resolvers/common/global-id.js";
import { refusalOf } from "../support/refusal.js";
import { EVENT } from "../../src/sources/governance/entities.js";


describe("global ids", () => {
  it("are base64url of `Type:key`, safe in URLs and GraphQL strings", () => {
    expect(toGlobalId("Event", 1)).toBe("RXZlbnQ6MQ");
    expect(Buffer.from(toGlobalId("Community", "420683001001"), "base64url").toString("utf8")).toBe("Community:420683001001");
    for (let key = 0; key < 300; key++) expect(toGlobalId("GridWorker", key)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("decode to their type and key, keys with colons and non-ASCII text included", () => {
    expect(fromGlobalId(toGlobalId("Event", 42))).toEqual({ type: "Event", key: "42" });
    expect(fromGlobalId(toGlobalId("Person", "a:b:c"))).toEqual({ type: "Person", key: "a:b:c" });
    expect(fromGlobalId(toGlobalId("Site", "社区站"))).toEqual({ type: "Site", key: "社区站" });
  });

  it.each([
    ["the empty string", ""],
    ["characters outside base64url", "!!not-an-id!!"],
    ["standard base64 padding", `${toGlobalId("Event", 1)}==`],
    ["no colon", Buffer.from("Event42").toString("base64url")],
    ["an empty type", Buffer.from(":42").toString("base64url")],
    ["an empty key", Buffer.from("Event:").toString("base64url")],
  ])("refuse %s with BAD_USER_INPUT naming the field", (_what, id) => {
    const refused = refusalOf(() => fromGlobalId(id, "input.eventId"), GraphQLError);
    expect(refused.message).toMatch(/^Malformed id/);
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.eventId", field: "input.eventId" });
  });

  it("quote at most 64 characters of a refused id", () => {
    const refused = refusalOf(() => fromGlobalId("!".repeat(1000)), GraphQLError);
    expect(refused.message).toBe(`Malformed id "${"!".repeat(64)}"`);
  });
});

describe("intKeyOf", () => {
  it("gives the integer row id of an id of the expected type", () => {
    expect(intKeyOf(toGlobalId("Event", 1), EVENT)).toBe(1);
    expect(intKeyOf(toGlobalId("Event", 2_147_483_647), EVENT)).toBe(2_147_483_647);
  });

  it.each([
    ["another type", toGlobalId("Demand", 5)],
    ["a key that is not a number", toGlobalId("Event", "abc")],
    ["a zero key", toGlobalId("Event", 0)],
    ["a leading zero", toGlobalId("Event", "05")],
    ["a negative key", toGlobalId("Event", -5)],
    ["a fraction", toGlobalId("Event", "1.5")],
    ["an exponent", toGlobalId("Event", "1e3")],
    ["a key beyond PostgreSQL's integer", toGlobalId("Event", 2_147_483_648)],
    ["a key of eleven digits", toGlobalId("Event", "12345678901")],
  ])("refuses %s with BAD_USER_INPUT naming the field", (_what, id) => {
    const refused = refusalOf(() => intKeyOf(id, EVENT, "eventId"), GraphQLError);
    expect(refused.message).toBe(`Id "${id}" is not an Event id`);
    expect(refused.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "eventId", field: "eventId" });
  });
});
