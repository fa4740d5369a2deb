import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningApi } from "../src/server/app.js";
import { graphql, post, startTestApi } from "./support/api.js";
import { gid } from "./support/global-id.js";
import type { Client } from "graphql-ws";
import { liveClient } from "./support/live.js";
import { ADMIN } from "./support/tokens.js";

let api: RunningApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.stop());

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

const cases: [string, string, string][] = [
  ["malformed global id", `{ node(id: "!!not-an-id!!") { id } }`, "BAD_USER_INPUT"],
  ["id of an unknown type", `{ node(id: "${gid("Spaceship", 1)}") { id } }`, "BAD_USER_INPUT"],
  ["community code of the wrong length", `{ community(code: "4206") { name } }`, "BAD_USER_INPUT"],
  ["grid code with letters", `{ grid(code: "42068300100100x") { name } }`, "BAD_USER_INPUT"],
  ["page size out of range", `{ events(first: 100000) { totalCount } }`, "BAD_USER_INPUT"],
  ["malformed cursor", `{ events(first: 5, after: "garbage") { totalCount } }`, "BAD_USER_INPUT"],
  // Cursors that decode but fit no row of their list: a word for a time, a fraction or a word for an id.
  ["cursor with a word for a time", `{ events(first: 5, after: "${cursor(["x", 1])}") { totalCount } }`, "BAD_USER_INPUT"],
  ["cursor with a fractional id", `{ events(first: 5, after: "${cursor(["2026-01-01T00:00:00.000Z", 1.5])}") { totalCount } }`, "BAD_USER_INPUT"],
  ["cursor with a word for an id", `{ volunteers(first: 5, after: "${cursor([5, "abc"])}") { totalCount } }`, "BAD_USER_INPUT"],
  ["cursor too large for an id", `{ microWishes(first: 5, after: "${cursor(["2026-01-01T00:00:00.000Z", 1e20])}") { totalCount } }`, "BAD_USER_INPUT"],
  ["nested page's cursor with a word for a time", `{ grid(code: "420683001001001") { events(first: 5, after: "${cursor(["x", 1])}") { totalCount } } }`, "BAD_USER_INPUT"],
  ["cursor with a word for a time in needs", `{ needs(first: 5, after: "${cursor(["x", "1.5"])}") { totalCount } }`, "BAD_USER_INPUT"],
  ["time range in the wrong order", `{ events(filter: { reportedAfter: "2026-02-01T00:00:00Z", reportedBefore: "2026-01-01T00:00:00Z" }) { totalCount } }`, "BAD_USER_INPUT"],
  ["unknown enum value", `{ events(filter: { statuses: [LOST] }) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
  ["radius too large", `{ redStations(near: { lat: 31.7, lng: 112.2 }, withinMeters: 99999) { name } }`, "BAD_USER_INPUT"],
  ["latitude off the globe", `{ redStations(near: { lat: 123, lng: 112.2 }) { name } }`, "BAD_USER_INPUT"],
  ["unknown field", `{ community(code: "420683001001") { secrets } }`, "GRAPHQL_VALIDATION_FAILED"],
  ["year no database holds", `{ events(filter: { reportedAfter: "0000-01-01T00:00:00Z" }) { totalCount } }`, "GRAPHQL_VALIDATION_FAILED"],
];

describe("bad input gets a clear error code, never a stack trace or SQL", () => {
  it.each(cases)("%s", async (_name, query, code) => {
    const res = await graphql(api, query);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/stacktrace|SELECT|at .*\.ts:\d+/);
  });

  it("a date variable out of range is refused as bad input", async () => {
    const res = await graphql(api, `query($from: DateTimeISO) { venues(first: 1) { edges { node { bookings(from: $from) { id } } } } }`, { from: "0000-01-01T00:00:00Z" });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/1900 and 2999/);
  });

  it("an operation name the document lacks, or a subscription over HTTP, is the client's error", async () => {
    const unknown = await graphql(api, `query Venues { venues(first: 1) { totalCount } }`, undefined, { operationName: "Welcome" });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Unknown operation named "Welcome"', extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
    const several = await graphql(api, `query A { venues(first: 1) { totalCount } } query B { venues(first: 2) { totalCount } }`);
    expect(several.errors?.[0]?.extensions?.code).toBe("OPERATION_RESOLUTION_FAILURE");
    const overHttp = await graphql(api, `subscription { eventChanged { operation } }`);
    expect(overHttp.errors?.[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringContaining("WebSocket") });
    // graphql-js's validation throws on this one; it must still be refused as the client's error, over POST and GET.
    const rooted = `subscription($v: Boolean!) { eventChanged @include(if: $v) { operation } }`;
    const posted = await post(api, { query: rooted, variables: { v: true } }, { authorization: ADMIN });
    expect(posted.status).toBe(400);
    expect(posted.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringContaining("WebSocket") });
    const got = await fetch(`${api.url}?query=${encodeURIComponent(rooted)}&variables=${encodeURIComponent('{"v":true}')}`, { headers: { "apollo-require-preflight": "1" } });
    expect(got.status).toBe(400);
    expect(((await got.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
  });

  it("a persisted query whose hash does not match its text is the client's error", async () => {
    const res = await post(api, { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, { "content-type": "application/json" });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } });
  });

  it("unknown codes are null, not errors", async () => {
    const res = await graphql(api, `{ community(code: "420683009999") { name } grid(code: "420683001001999") { name } division(code: "999999999999") { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ community: null, grid: null, division: null });
  });

  it("a well-formed id of a row that does not exist resolves to null", async () => {
    const id = gid("Event", 999999999);
    const res = await graphql(api, `query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.node).toBeNull();
  });

  it("a body that is not JSON gets a 400, and the server keeps serving", async () => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    const ok = await graphql(api, `{ sources { name } }`);
    expect(ok.data!.sources).toHaveLength(4);
  });
});

/** Runs one operation over the WebSocket (a client of its own unless given) and returns the errors it ends with (none when it ran) and the items received. */
async function overWebSocket(query: string, variables: Record<string, unknown>, shared?: Client): Promise<{ errors: { message: string; extensions?: Record<string, unknown> }[]; items: number }> {
  const client = shared ?? liveClient(api);
  try {
    return await new Promise((resolve) => {
      let items = 0;
      const settle = setTimeout(() => resolve({ errors: [], items }), 700);
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) {
              clearTimeout(settle);
              resolve({ errors: result.errors as { message: string }[], items });
            } else items++;
          },
          error: (error) => {
            clearTimeout(settle);
            resolve({ errors: Array.isArray(error) ? error : [{ message: `closed: ${String((error as { code?: number }).code)} ${String((error as { reason?: string }).reason ?? error)}` }], items });
          },
          complete: () => {
            clearTimeout(settle);
            resolve({ errors: [], items });
          },
        },
      );
    });
  } finally {
    if (!shared) await client.dispose();
  }
}

describe("bad input over the WebSocket gets the same codes as over HTTP (found by the fuzzer)", () => {
  it("a variable's value that does not coerce is BAD_USER_INPUT, for a query and a subscription", async () => {
    const query = await overWebSocket(`query($n: Int!) { volunteers(first: $n) { totalCount } }`, { n: null });
    expect(query.errors[0]).toMatchObject({ message: expect.stringContaining('Variable "$n"'), extensions: { code: "BAD_USER_INPUT" } });
    const subscription = await overWebSocket(`subscription($c: String) { bookingChanged(communityCode: $c) { operation } }`, { c: [1] });
    expect(subscription.errors[0]).toMatchObject({ message: expect.stringContaining('Variable "$c"'), extensions: { code: "BAD_USER_INPUT" } });
  });

  it("a subscription whose every root field is skipped, or whose root depends on a variable, is refused, and the socket keeps serving", async () => {
    const client = liveClient(api);
    try {
      // graphql-js's validation throws on a variable in a subscription's root directive; the spec refuses those.
      for (const [query, variables] of [
        [`subscription { eventChanged @skip(if: true) { operation } }`, {}],
        [`subscription { ... on Subscription @include(if: false) { eventChanged { operation } } }`, {}],
        [`subscription($yes: Boolean!) { eventChanged @include(if: $yes) { operation } }`, { yes: true }],
      ] as const) {
        const refused = await overWebSocket(query, variables, client);
        expect(refused.errors[0], query).toMatchObject({ extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
      }
      // A syntax error is the operation's error, not the end of the socket.
      const broken = await overWebSocket(`subscription { eventChanged(after: "\\ud800") { operation } }`, {}, client);
      expect(broken.errors[0]).toMatchObject({ message: expect.stringContaining("Syntax Error"), extensions: { code: "GRAPHQL_PARSE_FAILED" } });
      // The same socket still runs an operation, and a literal @include(if: true) keeps the field.
      expect((await overWebSocket(`subscription { eventChanged @include(if: true) { operation } }`, {}, client)).errors).toEqual([]);
      expect((await overWebSocket(`{ sources { name } }`, {}, client)).items).toBe(1);
    } finally {
      await client.dispose();
    }
  });
});
